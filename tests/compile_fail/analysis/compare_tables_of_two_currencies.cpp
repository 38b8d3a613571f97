// expect: rule::a_comparison_needs_amounts_in_one_currency__convert_with_an_exchange_rate_first
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/where.hpp>

#include <vector>

int main() {
  using namespace tradestat;
  const std::vector<record> rows;
  const auto now = rows | where(year{2025}) | sum_by(by_partner, &record::value_cny);
#ifdef TRADESTAT_COMPILE_FAIL
  const auto before = rows | where(year{2024}) | sum_by(by_partner, &record::value_usd);  // last year in dollars
#else
  const auto before = rows | where(year{2024}) | sum_by(by_partner, &record::value_cny);
#endif
  auto t = compare(now, before, year{2025}, year{2024});
  (void)t;
}
