// expect: rule::the_rows_of_overlapping_groups_do_not_add_up
// A record counts in every group it belongs to: the rows of overlapping groups are no partition.
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>

#include <vector>

int main() {
  using namespace tradestat;
  std::vector<record> rows;
  const auto table = rows | sum_by(by_group({groups::asean(), groups::sco()}), &record::value_cny);
#ifdef TRADESTAT_COMPILE_FAIL
  auto total = table.rows_total();
#else
  auto total = table.whole();
#endif
  (void)total;
}
