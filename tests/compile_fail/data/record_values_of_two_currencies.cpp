// expect: rule::cannot_add_or_subtract_money_in_different_currencies
// A record from a source that gives both currencies: its yuan and its dollars do not add.
#include <tradestat/data/record.hpp>
int main() {
  tradestat::record r{.period = tradestat::month{2025, 3}, .flow = tradestat::trade_flow::exports};
  r.value_cny = tradestat::money<tradestat::CNY>{7160};
  r.value_usd = tradestat::money<tradestat::USD>{1000};
#ifdef TRADESTAT_COMPILE_FAIL
  auto total = *r.value_cny + *r.value_usd;
#else
  auto total = *r.value_cny + *r.value_cny;
#endif
  (void)total;
}
