// expect: satisfaction of .+rolls_up_into<|rolls_up_into<.+evaluated to false
#include <tradestat/calendar/rollup.hpp>

int main() {
  using namespace tradestat;
  const series<quarter, long> quarterly{{quarter{2025, 1}, 60}};
#ifdef TRADESTAT_COMPILE_FAIL
  auto monthly = rollup<month>(quarterly);  // a rollup cannot split quarters into months
#else
  auto monthly = rollup<year>(quarterly, incomplete::sum_available);
#endif
  (void)monthly;
}
