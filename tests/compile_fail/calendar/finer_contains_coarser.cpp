// expect: rule::a_finer_period_cannot_contain_a_coarser_one__write_contains_coarse_fine
#include <tradestat/calendar/period.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  bool inside = contains(month{2025, 3}, year{2025});  // arguments swapped
#else
  bool inside = contains(year{2025}, month{2025, 3});
#endif
  (void)inside;
}
