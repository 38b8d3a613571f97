// expect: a.share.and.a.growth.rate.do.not.add
#include <tradestat/analysis/ratio_kinds.hpp>

int main() {
  using namespace tradestat;
  const share s{quotient(129, 1000)};
  const growth g{quotient(983, 1000)};
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = s + g;
#else
  auto x = s - share{quotient(81, 1000)};
  (void)g;
#endif
  (void)x;
}
