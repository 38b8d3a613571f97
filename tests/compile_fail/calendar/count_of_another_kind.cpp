// expect: rule::add_a_count_of_the_periods_own_kind__for_a_year_earlier_use_same_period_last_year
#include <tradestat/calendar/period.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto a_year_later = month{2025, 3} + year_count{1};
#else
  auto a_year_later = month{2025, 3} + month_count{12};
#endif
  (void)a_year_later;
}
