// expect: cannot.compare.money.in.different.currencies
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  bool x = money<CNY>{1} < money<USD>{1};
#else
  bool x = money<CNY>{1} < money<CNY, wan>{1};
#endif
  (void)x;
}
