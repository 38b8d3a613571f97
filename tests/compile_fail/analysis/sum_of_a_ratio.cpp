// expect: rule::a_ratio_does_not_sum__sum_the_amounts_then_take_the_ratio_of_the_totals
// Shares do not add up across rows: sum the amounts, then take the share of the totals.
#include <tradestat/analysis/sum.hpp>

#include <vector>

struct row {
  tradestat::share part;
  tradestat::money<tradestat::CNY> amount;
};

int main() {
  std::vector<row> rows;
#ifdef TRADESTAT_COMPILE_FAIL
  auto total = rows | tradestat::sum(&row::part);
#else
  auto total = rows | tradestat::sum(&row::amount);
#endif
  (void)total;
}
