// expect: cannot.add.or.subtract.money.in.different.currencies.+convert.with.an.exchange_rate.first
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<CNY>{1} + money<USD>{1};
#else
  auto x = money<CNY>{1} + money<CNY>{1};
#endif
  (void)x;
}
