// expect: rule::a_growth_compares_two_periods_of_the_series_kind__convert_the_finer_period_first
#include <tradestat/calendar/growth_series.hpp>

int main() {
  using namespace tradestat;
  const series<month, long> monthly{{month{2024, 12}, 400}, {month{2025, 12}, 520}};
#ifdef TRADESTAT_COMPILE_FAIL
  auto g = growth_between(monthly, year{2024}, month{2025, 12});  // a year against a month
#else
  auto g = growth_between(monthly, month{2024, 12}, month{2025, 12});
#endif
  (void)g;
}
