// expect: rule::a_ratio_of_amounts_in_different_currencies_is_an_exchange_rate
#include <tradestat/analysis/ratio_kinds.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto i = index(money<CNY>{716}, money<USD>{100});  // yuan as the base of dollars
#else
  auto i = index(money<CNY>{716}, money<CNY>{800});
#endif
  (void)i;
}
