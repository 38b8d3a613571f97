// expect: cannot.compare.money.in.different.currencies
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  bool x = money<cny>{1} < money<usd>{1};
#else
  bool x = money<cny>{1} < money<cny, wan>{1};
#endif
  (void)x;
}
