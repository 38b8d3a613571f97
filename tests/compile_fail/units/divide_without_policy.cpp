// expect: dividing.money.needs.a.rounding.policy
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<CNY>{10} / 4;
#else
  auto x = divide(money<CNY>{10}, 4, rounding::half_up);
#endif
  (void)x;
}
