#include <tradestat/units/quotient.hpp>

#include <cstdint>
#include <limits>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("quotient: a fraction is kept in lowest terms with a positive denominator") {
  const quotient q(6, -8);
  CHECK(q.numerator() == -3);
  CHECK(q.denominator() == 4);
  CHECK(quotient(0, 5).denominator() == 1);
  CHECK(quotient(7).denominator() == 1);
}

TEST_CASE("quotient: a zero denominator is refused") {
  CHECK_THROWS_AS(quotient(1, 0), tradestat::error);
  CHECK_THROWS_AS(quotient(0, 3).inverse(), tradestat::error);
}

TEST_CASE("quotient: comparison is exact where doubles would tie") {
  const std::int64_t big = (std::int64_t{1} << 60) + 1;
  CHECK_FALSE(quotient(big, big - 1) > quotient(big - 1, big - 2));
  CHECK(quotient(big - 1, big - 2) > quotient(big, big - 1));
  CHECK(quotient(1, 3) == quotient(2, 6));
  CHECK(quotient(-1, 3) < quotient(1, -4));
}

TEST_CASE("quotient: arithmetic is exact") {
  CHECK(quotient(1, 3) + quotient(1, 6) == quotient(1, 2));
  CHECK(quotient(1, 3) - quotient(1, 2) == quotient(-1, 6));
  CHECK(quotient(2, 3) * quotient(9, 4) == quotient(3, 2));
  CHECK(quotient(2, 3) / quotient(4, 9) == quotient(3, 2));
  CHECK(-quotient(2, 3) == quotient(-2, 3));
  CHECK(quotient(-2, 3).inverse() == quotient(-3, 2));
}

TEST_CASE("quotient: scaling to decimals rounds by the policy named") {
  CHECK(quotient(6737, 52037).scaled(3, rounding::half_up) == 129);
  CHECK(quotient(1, 8).scaled(2, rounding::half_up) == 13);
  CHECK(quotient(1, 8).scaled(2, rounding::half_even) == 12);
  CHECK(quotient(-1, 8).scaled(2, rounding::floor) == -13);
  CHECK_THROWS_AS(quotient(1, 3).scaled(2, rounding::exact), inexact_error);
  CHECK(quotient(1, 8).to_double() == 0.125);
}

TEST_CASE("quotient: a result too large for 64 bits is reported") {
  const std::int64_t big = std::numeric_limits<std::int64_t>::max();
  CHECK_THROWS_AS(quotient(big, 1) * quotient(big, 1), overflow_error);
}
