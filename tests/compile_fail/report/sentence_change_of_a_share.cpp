// expect: rule::a_change_in_a_sentence_is_a_growth_rate__pass_growth_from_to
#include <tradestat/report/sentence.hpp>

int main() {
  using namespace tradestat;
  sentence s{{"Exports", "出口"}};
#ifdef TRADESTAT_COMPILE_FAIL
  s.change(share_of(money<CNY>{88}, money<CNY>{100}));  // a share is no change over a base
#else
  s.change(growth(money<CNY>{80}, money<CNY>{100}));
#endif
  (void)s;
}
