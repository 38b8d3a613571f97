// expect: cannot.mix.money.and.a.plain.number
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<CNY>{1} + 5;
#else
  auto x = money<CNY>{1} + money<CNY>{5};
#endif
  (void)x;
}
