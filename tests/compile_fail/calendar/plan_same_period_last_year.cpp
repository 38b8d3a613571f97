// expect: rule::a_plan_has_no_same_period_last_year__compare_with_previous_p
#include <tradestat/calendar/plan.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto base = same_period_last_year(plan{14});
#else
  auto base = previous(plan{14});
#endif
  (void)base;
}
