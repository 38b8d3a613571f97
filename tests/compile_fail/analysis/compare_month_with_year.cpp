// expect: rule::a_comparison_needs_two_periods_of_one_kind__convert_the_finer_period_first
#include <tradestat/analysis/compare.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>

#include <vector>

int main() {
  using namespace tradestat;
  const std::vector<record> rows;
#ifdef TRADESTAT_COMPILE_FAIL
  auto t = compare<CNY>(rows, month{2025, 12}, year{2024}, {groups::asean()});  // December against a whole year
#else
  auto t = compare<CNY>(rows, year{2025}, year{2024}, {groups::asean()});
#endif
  (void)t;
}
