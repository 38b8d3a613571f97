// expect: rule::a_comparison_needs_two_periods_of_one_kind__convert_the_finer_period_first
#include <tradestat/analysis/compare.hpp>

#include <vector>

int main() {
  using namespace tradestat;
  const std::vector<record> rows;
#ifdef TRADESTAT_COMPILE_FAIL
  auto t = compare<CNY>(rows, ytd{2025, 11}, month{2024, 11}, by_flow);  // January-November against November
#else
  auto t = compare<CNY>(rows, ytd{2025, 11}, ytd{2024, 11}, by_flow);
#endif
  (void)t;
}
