// expect: rule::cannot_mix_period_kinds__convert_the_finer_one_first
#include <tradestat/calendar/period.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = ytd{2025, 11} - month{2025, 3};  // 1–11月 minus a single month
#else
  auto x = ytd{2025, 11} - ytd{month{2025, 3}};
#endif
  (void)x;
}
