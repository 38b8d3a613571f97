// expect: rule::a_ratio_does_not_sum__sum_the_amounts
// A callable giving a growth rate: growth rates do not add up either.
#include <tradestat/analysis/sum.hpp>

#include <vector>

int main() {
  std::vector<tradestat::record> rows;
#ifdef TRADESTAT_COMPILE_FAIL
  auto total = rows | tradestat::sum([](const tradestat::record&) { return tradestat::growth{}; });
#else
  auto total = rows | tradestat::sum([](const tradestat::record& r) { return r.value_cny; });
#endif
  (void)total;
}
