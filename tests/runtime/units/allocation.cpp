#include <tradestat/units/allocation.hpp>

#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {
template <class M>
M sum(const std::vector<M>& parts) {
  M total{};
  for (const M& p : parts) {
    total += p;
  }
  return total;
}

template <class M>
std::vector<std::int64_t> counts(const std::vector<M>& parts) {
  std::vector<std::int64_t> out;
  for (const M& p : parts) {
    out.push_back(p.count());
  }
  return out;
}
}  // namespace

TEST_CASE("allocation: three equal weights split 100 yuan as 34, 33, 33") {
  const auto parts = allocate(money<CNY>{100}, {1, 1, 1});
  CHECK(counts(parts) == std::vector<std::int64_t>{34, 33, 33});
  CHECK(sum(parts) == money<CNY>{100});
}

TEST_CASE("allocation: the largest remainders receive the leftover units") {
  // 10 by 1:2 is 3.33 and 6.67: the second has the larger remainder.
  CHECK(counts(allocate(money<CNY, wan>{10}, {1, 2})) == std::vector<std::int64_t>{3, 7});
  // 100 by 3:3:1 is 42.86, 42.86, 14.29: two leftovers go to the two .86 remainders.
  CHECK(counts(allocate(money<CNY>{100}, {3, 3, 1})) == std::vector<std::int64_t>{43, 43, 14});
}

TEST_CASE("allocation: a negative total splits as the mirror of the positive one") {
  const auto parts = allocate(money<CNY>{-100}, {1, 1, 1});
  CHECK(counts(parts) == std::vector<std::int64_t>{-34, -33, -33});
  CHECK(sum(parts) == money<CNY>{-100});
}

TEST_CASE("allocation: weights may be amounts of money, such as last year's partner totals") {
  // 5203.7亿元 split like 2766.9 : 673.7 : 1763.1 (Central Asia, ASEAN, the rest), in 亿元 tenths.
  const std::vector<money<CNY, scale<7>>> weights{money<CNY, scale<7>>{27669}, money<CNY, scale<7>>{6737},
                                                  money<CNY, scale<7>>{17631}};
  const auto parts = allocate(money<CNY, scale<7>>{52037}, weights);
  CHECK(counts(parts) == std::vector<std::int64_t>{27669, 6737, 17631});
}

TEST_CASE("allocation: a zero weight receives nothing and the parts still add up") {
  const auto parts = allocate(money<USD, minor_unit>{1001}, {0, 1, 1});
  CHECK(counts(parts) == std::vector<std::int64_t>{0, 501, 500});
}

TEST_CASE("allocation: sums hold for many awkward splits") {
  for (std::int64_t total = -50; total <= 50; total += 7) {
    for (int n = 1; n <= 7; ++n) {
      std::vector<int> weights(static_cast<std::size_t>(n));
      std::iota(weights.begin(), weights.end(), 1);
      CHECK(sum(allocate(money<CNY>{total}, weights)) == money<CNY>{total});
    }
  }
}

TEST_CASE("allocation: amounts near the int64 edge split without overflow") {
  const std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
  const auto parts = allocate(money<CNY>{max64}, {max64, max64});
  CHECK(parts[0].count() == max64 / 2 + 1);
  CHECK(parts[1].count() == max64 / 2);
}

TEST_CASE("allocation: bad weights are refused with a clear error") {
  CHECK_THROWS_AS(allocate(money<CNY>{10}, std::vector<int>{}), tradestat::error);
  CHECK_THROWS_AS(allocate(money<CNY>{10}, {0, 0}), tradestat::error);
  CHECK_THROWS_WITH(allocate(money<CNY>{10}, {1, -1}), tradestat::test::contains("non-negative"));
}
