// expect: rule::a_comparison_needs_amounts_in_one_currency__convert_with_an_exchange_rate_first
#include <tradestat/analysis/comparison_row.hpp>

int main() {
  using namespace tradestat;
  const money<CNY, yi> asean_2025{674}, total_2025{5204}, total_2024{4341};
#ifdef TRADESTAT_COMPILE_FAIL
  const money<USD, billion> asean_2024{5};  // last year's figure taken from a dollar table
#else
  const money<CNY, yi> asean_2024{340};
#endif
  auto row = comparison_row_of(asean_2025, asean_2024, total_2025, total_2024);
  (void)row;
}
