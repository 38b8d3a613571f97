// expect: rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first
#include <tradestat/calendar/period.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = month{2025, 12} <=> year{2026};  // a month ordered against a year
#else
  auto x = year{month{2025, 12}} <=> year{2026};
#endif
  (void)x;
}
