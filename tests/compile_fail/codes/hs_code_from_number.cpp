// expect: an HS code is text, not a number
// An HS code cannot be made from a number: 010121 as an integer loses its leading zero (and is an
// octal literal). The twin writes the digits as text.
#include <tradestat/codes/hs_code.hpp>

int main() {
#ifdef TRADESTAT_COMPILE_FAIL
  const tradestat::hs_code c{10121, tradestat::hs_version::hs2022};
#else
  const tradestat::hs_code c{"010121", tradestat::hs_version::hs2022};
#endif
  return c.chapter_number() == 1 ? 0 : 1;
}
