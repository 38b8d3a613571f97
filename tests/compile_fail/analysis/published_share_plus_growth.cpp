// expect: a_share_and_a_growth_rate_do_not_add|these ratio kinds do not add
#include <tradestat/analysis/published.hpp>

int main() {
  using namespace tradestat;
  const auto s = printed_percent<share>("12.9");
  const auto g = printed_percent<growth>("98.3");
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = s + g;
#else
  auto x = s - printed_percent<share>("7.8");
  (void)g;
#endif
  (void)x;
}
