// expect: coarser.scale.needs.a.rounding.policy
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = rescale<yi>(money<CNY, wan>{15000});
#else
  auto x = rescale<yi>(money<CNY, wan>{15000}, rounding::half_up);
#endif
  (void)x;
}
