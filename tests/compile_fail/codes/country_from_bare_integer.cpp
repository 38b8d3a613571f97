// expect: a partner code is never a bare integer
// Looking a partner up by a bare number must not compile: 502 is the United States in GACC codes
// and nothing in Comtrade's. The twin names the scheme.
#include <tradestat/codes/country.hpp>

int main() {
#ifdef TRADESTAT_COMPILE_FAIL
  const auto c = tradestat::country_from(502);
#else
  const auto c = tradestat::country_from(tradestat::gacc_code{502});
#endif
  return c.is_recognised() ? 0 : 1;
}
