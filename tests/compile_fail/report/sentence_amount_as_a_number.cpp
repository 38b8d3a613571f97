// expect: rule::an_amount_in_a_sentence_is_money__not_a_plain_number
#include <tradestat/report/sentence.hpp>

int main() {
  using namespace tradestat;
  sentence s{{"Exports", "出口"}};
#ifdef TRADESTAT_COMPILE_FAIL
  s.amount(460.7);  // billions of what?
#else
  s.amount(money<CNY, yi>{4607});
#endif
  (void)s;
}
