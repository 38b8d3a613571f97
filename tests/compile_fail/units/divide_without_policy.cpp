// expect: dividing.money.needs.a.rounding.policy
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<cny>{10} / 4;
#else
  auto x = divide(money<cny>{10}, 4, rounding::half_up);
#endif
  (void)x;
}
