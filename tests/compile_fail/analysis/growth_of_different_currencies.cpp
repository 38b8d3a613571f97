// expect: a.ratio.of.amounts.in.different.currencies.is.an.exchange.rate
#include <tradestat/analysis/ratio_kinds.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = growth(money<CNY, yi>{4340}, money<USD, billion>{75});
#else
  auto x = growth(money<CNY, yi>{4340}, money<CNY, yi>{5204});
#endif
  (void)x;
}
