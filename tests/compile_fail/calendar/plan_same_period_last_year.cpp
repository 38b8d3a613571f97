// expect: a plan has no same period last year
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
