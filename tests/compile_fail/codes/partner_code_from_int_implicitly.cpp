// expect: (could not convert|no viable conversion|no matching)
// A partner code is not implicitly made from an int: the scheme must be written at the call.
#include <tradestat/codes/country.hpp>

namespace {
tradestat::country lookup(tradestat::gacc_code code) { return tradestat::country_from(code); }
}  // namespace

int main() {
#ifdef TRADESTAT_COMPILE_FAIL
  const auto c = lookup(502);
#else
  const auto c = lookup(tradestat::gacc_code{502});
#endif
  return c.is_recognised() ? 0 : 1;
}
