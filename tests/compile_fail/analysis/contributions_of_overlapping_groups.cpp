// expect: rule::the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add
#include <tradestat/analysis/compare.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  // ASEAN and the Belt and Road partners overlap: their contributions are not parts of one whole.
  comparison_table<int, money<CNY, yi>, year, rows_are::overlapping> t(year{2025}, year{2024}, money<CNY, yi>{5204},
                                                                       money<CNY, yi>{4341});
#else
  comparison_table<int, money<CNY, yi>, year, rows_are::partition> t(year{2025}, year{2024}, money<CNY, yi>{5204},
                                                                     money<CNY, yi>{4341});
#endif
  t.add(1, money<CNY, yi>{674}, money<CNY, yi>{340});
  auto sum = sum_contributions(t);
  (void)sum;
}
