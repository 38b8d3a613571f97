// expect: money.times.a.fraction.needs.a.rounding.policy
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<CNY>{10} * 1.5;
#else
  auto x = money<CNY>{10} * 3;
#endif
  (void)x;
}
