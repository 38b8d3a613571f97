#include <tradestat/analysis/interval.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;

namespace {
interval iv(quotient lo, quotient hi) { return interval::closed(lo, hi); }
}  // namespace

TEST_CASE("interval: a closed interval holds its ends and refuses reversed ends") {
  const interval a = iv(quotient(5, 2), quotient(7, 2));
  CHECK(a.contains(quotient(5, 2)));
  CHECK(a.contains(quotient(7, 2)));
  CHECK_FALSE(a.contains(quotient(4)));
  CHECK(a.width() == quotient(1));
  CHECK_THROWS_AS(iv(quotient(2), quotient(1)), tradestat::error);
  CHECK(interval::point(quotient(3)).width() == quotient(0));
}

TEST_CASE("interval: sums and differences take every pair of values") {
  CHECK(iv(quotient(1), quotient(2)) + iv(quotient(10), quotient(20)) == iv(quotient(11), quotient(22)));
  CHECK(iv(quotient(1), quotient(2)) - iv(quotient(10), quotient(20)) == iv(quotient(-19), quotient(-8)));
  CHECK(-iv(quotient(1), quotient(2)) == iv(quotient(-2), quotient(-1)));
  CHECK(interval::at_least(quotient(1)) + iv(quotient(1), quotient(2)) == interval::at_least(quotient(2)));
  CHECK(-interval::at_least(quotient(1)) == interval::at_most(quotient(-1)));
}

TEST_CASE("interval: products and quotients take the extreme pairs, whatever the signs") {
  CHECK(iv(quotient(-1), quotient(2)) * iv(quotient(3), quotient(4)) == iv(quotient(-4), quotient(8)));
  CHECK(iv(quotient(-3), quotient(-2)) * iv(quotient(-5), quotient(4)) == iv(quotient(-12), quotient(15)));
  CHECK(interval::point(quotient(1)) / iv(quotient(2), quotient(4)) == iv(quotient(1, 4), quotient(1, 2)));
  CHECK(iv(quotient(1), quotient(2)) / iv(quotient(-4), quotient(-2)) == iv(quotient(-1), quotient(-1, 4)));
  CHECK(interval::at_least(quotient(2)) * iv(quotient(1, 2), quotient(3)) == interval::at_least(quotient(1)));
  CHECK(interval::at_least(quotient(3)) / iv(quotient(2), quotient(3)) == interval::at_least(quotient(1)));
}

TEST_CASE("interval: division by an interval that holds zero is refused") {
  CHECK_THROWS_WITH(interval::point(quotient(1)) / iv(quotient(-1), quotient(1)),
                    test::contains("contains zero"));
  CHECK_THROWS_AS(interval::point(quotient(1)) / interval::at_least(quotient(0)), tradestat::error);
  CHECK_THROWS_AS(interval::at_least(quotient(1)) * iv(quotient(-1), quotient(1)), tradestat::error);
}

TEST_CASE("interval: containment and overlap decide checks, ends included") {
  const interval a = iv(quotient(0), quotient(1));
  CHECK(a.contains(iv(quotient(0), quotient(1))));
  CHECK_FALSE(a.contains(iv(quotient(0), quotient(2))));
  CHECK(a.overlaps(iv(quotient(1), quotient(2))));
  CHECK_FALSE(a.overlaps(iv(quotient(3, 2), quotient(2))));
  CHECK(interval::at_least(quotient(1, 2)).contains(iv(quotient(1, 2), quotient(1))));
  CHECK_FALSE(a.contains(interval::at_least(quotient(1, 2))));
  CHECK(interval::at_most(quotient(0)).overlaps(interval::at_least(quotient(0))));
  CHECK_THROWS_AS(interval::at_most(quotient(0)).width(), tradestat::error);
}
