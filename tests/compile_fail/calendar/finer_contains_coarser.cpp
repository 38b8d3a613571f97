// expect: a finer period cannot contain a coarser one
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
