// expect: the.rate.converts.the.other.way.+use.rate.inverse
#include <tradestat/units/exchange_rate.hpp>

int main() {
  using namespace tradestat;
  const exchange_rate<USD, CNY> rate("7.1586", month{2025, 3}, rate_kind::customs_monthly);
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = convert(money<CNY>{716}, rate, rounding::half_up);
#else
  auto x = convert(money<CNY>{716}, rate.inverse(), rounding::half_up);
#endif
  (void)x;
}
