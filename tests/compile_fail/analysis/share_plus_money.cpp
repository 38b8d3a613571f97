// expect: a.ratio.has.no.currency
#include <tradestat/analysis/ratio_kinds.hpp>

int main() {
  using namespace tradestat;
  const share s{quotient(129, 1000)};
  const money<CNY, yi> m{6737};
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = s + m;
#else
  auto x = share_of(m, money<CNY, yi>{52037});
  (void)s;
#endif
  (void)x;
}
