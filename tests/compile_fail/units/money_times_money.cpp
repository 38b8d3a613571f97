// expect: money.times.money.has.no.meaning
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<CNY>{2} * money<CNY>{3};
#else
  auto x = money<CNY>{2} * 3;
#endif
  (void)x;
}
