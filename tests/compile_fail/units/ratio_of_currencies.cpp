// expect: a.ratio.of.different.currencies.is.an.exchange_rate
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<cny>{7} / money<usd>{1};
#else
  auto x = money<cny>{7} / money<cny>{1};
#endif
  (void)x;
}
