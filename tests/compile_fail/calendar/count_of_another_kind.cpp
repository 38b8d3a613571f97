// expect: add a count of the period's own kind
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
