// expect: a.ratio.of.different.currencies.is.an.exchange_rate
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<CNY>{7} / money<USD>{1};
#else
  auto x = money<CNY>{7} / money<CNY>{1};
#endif
  (void)x;
}
