// expect: rule::an_absent_value_does_not_add
// A record's value may be absent: it does not add until it is tested (or summed with sum()).
#include <tradestat/data/record_access.hpp>

int main() {
  using namespace tradestat;
  record a{.period = month{2025, 3}}, b{.period = month{2025, 3}};
  a.value_cny = money<CNY>{1};
  b.value_cny = money<CNY>{2};
#ifdef TRADESTAT_COMPILE_FAIL
  auto total = value<CNY>(a) + value<CNY>(b);
#else
  auto total = value<CNY>(a).amount() + value<CNY>(b).amount();
#endif
  (void)total;
}
