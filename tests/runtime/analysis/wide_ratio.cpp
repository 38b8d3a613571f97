#include <tradestat/analysis/detail/wide_ratio.hpp>

#include "catch.hpp"

using namespace tradestat;
using detail::wide_ratio;
using detail::wide_unsigned;

TEST_CASE("wide_ratio: fractions of 128-bit parts reduce, compare and round exactly") {
  const wide_ratio third(2, 6);
  CHECK(third.numerator() == 1);
  CHECK(third.denominator() == 3);
  CHECK(third == quotient(1, 3));
  CHECK(third < quotient(34, 100));
  CHECK(third > quotient(-5));
  CHECK(wide_ratio(1, 3) < wide_ratio(1, 2));
  // 2/3 at two decimals: 66.67 by the round-half policies, 66 toward zero, 67 up.
  const wide_ratio two_thirds(2, 3);
  CHECK(two_thirds.scaled(2, rounding::half_up) == 67);
  CHECK(two_thirds.scaled(2, rounding::half_even) == 67);
  CHECK(two_thirds.scaled(2, rounding::toward_zero) == 66);
  CHECK(two_thirds.scaled(2, rounding::floor) == 66);
  CHECK(two_thirds.scaled(2, rounding::ceiling) == 67);
  CHECK_THROWS_AS(two_thirds.scaled(2, rounding::exact), inexact_error);
  // Ties: 1/8 = 0.125 at two decimals.
  CHECK(wide_ratio(1, 8).scaled(2, rounding::half_up) == 13);
  CHECK(wide_ratio(1, 8).scaled(2, rounding::half_even) == 12);
  CHECK(wide_ratio(3, 8).scaled(2, rounding::half_even) == 38);
  CHECK(wide_ratio(1, 8).scaled(3, rounding::exact) == 125);
  CHECK_THROWS_AS(wide_ratio(1, 0), error);
}

TEST_CASE("wide_ratio: parts beyond 64 bits stay exact") {
  // (2^100 + 1) / 2^101 is just above one half; its square-sized cross products need 256 bits.
  const wide_unsigned big = (wide_unsigned{1} << 100) + 1;
  const wide_ratio r(big, wide_unsigned{1} << 101);
  CHECK(r > quotient(1, 2));
  CHECK(r < quotient(500'000'001, 1'000'000'000));
  CHECK(r.scaled(9, rounding::toward_zero) == 500'000'000);
  CHECK(r.scaled(9, rounding::ceiling) == 500'000'001);
  CHECK(wide_ratio(big, big) == quotient(1));
  const auto p = detail::multiply_wide(wide_unsigned{1} << 100, wide_unsigned{1} << 100);  // 2^200
  CHECK(p.high == (wide_unsigned{1} << 72));
  CHECK(p.low == 0);
  CHECK_THROWS_AS(wide_ratio(wide_unsigned{1} << 100, 1).scaled(0, rounding::half_up), overflow_error);
}
