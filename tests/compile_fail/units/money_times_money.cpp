// expect: money.times.money.has.no.meaning
#include <tradestat/units/money.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<cny>{2} * money<cny>{3};
#else
  auto x = money<cny>{2} * 3;
#endif
  (void)x;
}
