// expect: rule::an_rca_needs_four_amounts_in_one_currency__convert_with_an_exchange_rate_first
#include <tradestat/analysis/rca.hpp>

int main() {
  using namespace tradestat;
  const money<CNY, yi> product{1865}, exports{4607};
#ifdef TRADESTAT_COMPILE_FAIL
  const money<USD, billion> world_product{9000}, world{24000};  // world figures are in dollars
#else
  const money<CNY, yi> world_product{640000}, world{1700000};
#endif
  auto r = revealed_comparative_advantage(product, exports, world_product, world);
  (void)r;
}
