// expect: growth.rates.do.not.multiply.+compound.them.with.compound
#include <tradestat/analysis/ratio_kinds.hpp>

int main() {
  using namespace tradestat;
  const growth a{quotient(1, 10)};
  const growth b{quotient(1, 5)};
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = a * b;
#else
  auto x = compound(a, b);
#endif
  (void)x;
}
