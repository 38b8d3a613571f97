// expect: rule::cannot_mix_period_kinds__convert_the_finer_one_first
#include <tradestat/calendar/period.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto gap = month{2025, 11} - year{2025};  // a month minus a year
#else
  auto gap = month{2025, 11} - month{2025, 1};
#endif
  (void)gap;
}
