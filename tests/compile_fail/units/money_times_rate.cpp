// expect: converting.currencies.needs.a.rounding.policy
#include <tradestat/units/exchange_rate.hpp>

int main() {
  using namespace tradestat;
  const exchange_rate<USD, CNY> rate("7.1586", month{2025, 3}, rate_kind::customs_monthly);
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<USD>{100} * rate;
#else
  auto x = convert(money<USD>{100}, rate, rounding::half_up);
#endif
  (void)x;
}
