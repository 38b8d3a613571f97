// expect: rule::a_cell_may_have_no_base__test_has_value_then_use_its_value
#include <tradestat/analysis/comparison_row.hpp>

int main() {
  using namespace tradestat;
  const auto a = comparison_row_of(money<CNY>{6}, money<CNY>{4}, money<CNY>{10}, money<CNY>{8});
  const auto b = comparison_row_of(money<CNY>{4}, money<CNY>{4}, money<CNY>{10}, money<CNY>{8});
#ifdef TRADESTAT_COMPILE_FAIL
  auto sum = a.contribution + b.contribution;  // either may have no base
#else
  auto sum = *a.contribution + *b.contribution;
#endif
  (void)sum;
}
