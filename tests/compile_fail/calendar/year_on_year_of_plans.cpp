// expect: same_period_last_year\(p\).+ (is invalid|would be invalid)
#include <tradestat/calendar/growth_series.hpp>
#include <tradestat/calendar/plan.hpp>

int main() {
  using namespace tradestat;
  const series<plan, long> plans{{plan{13}, 70140}, {plan{14}, 171360}};
#ifdef TRADESTAT_COMPILE_FAIL
  auto growth = year_on_year(plans);  // plans are compared with the previous plan
#else
  auto growth = period_on_period(plans);
#endif
  (void)growth;
}
