#include <tradestat/analysis/concentration.hpp>

#include <array>
#include <cstdint>
#include <random>
#include <sstream>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("concentration: the HHI of a worked partition matches the sum of squared shares by hand") {
  // Shares 50 %, 30 %, 20 %: 0.25 + 0.09 + 0.04 = 0.38, 3,800 points.
  const hhi h = hhi_of(std::vector{money<CNY>{50}, money<CNY>{30}, money<CNY>{20}});
  CHECK(h == quotient(38, 100));
  CHECK(h.points(rounding::half_up) == 3800);
  CHECK(h.scaled(2, rounding::half_up) == 38);
  CHECK(to_string(h) == "3800");
  // Shares 1/3 and 2/3: 1/9 + 4/9 = 5/9 = 5555.55... points.
  const hhi third = hhi_of(std::array{money<USD, thousand>{1}, money<USD, thousand>{2}});
  CHECK(third == quotient(5, 9));
  CHECK(third.points(rounding::half_up) == 5556);
  CHECK(third.points(rounding::toward_zero) == 5555);
  CHECK(to_string(third, {.precision = 2}) == "5555.56");
  CHECK(third > quotient(1, 2));
  CHECK(third < hhi_of(std::vector{money<CNY>{7}}));
  CHECK(hhi_of(std::vector{money<CNY>{7}}) == quotient(1));
  std::ostringstream os;
  os << h;
  CHECK(os.str() == "3800");
}

TEST_CASE("concentration: amounts near the limits of 64 bits stay exact") {
  // 4e18 and 3e18: (16 + 9) / 49 of one.
  const hhi h = hhi_of(std::vector{money<CNY>{4'000'000'000'000'000'000}, money<CNY>{3'000'000'000'000'000'000}});
  CHECK(h == quotient(25, 49));
  CHECK(h.points(rounding::half_up) == 5102);
}

TEST_CASE("concentration: N equal parts give 1/N, on generated data") {
  std::mt19937 gen(11);
  for (int n = 1; n <= 50; ++n) {
    const std::int64_t each = std::uniform_int_distribution<std::int64_t>(1, 1'000'000'000'000)(gen);
    std::vector<money<CNY>> parts(static_cast<std::size_t>(n), money<CNY>{each});
    CHECK(hhi_of(parts) == quotient(1, n));
  }
}

TEST_CASE("concentration: negative amounts and an empty whole are refused") {
  CHECK_THROWS_WITH(hhi_of(std::vector{money<CNY>{5}, money<CNY>{-1}}), test::contains("non-negative"));
  CHECK_THROWS_WITH(hhi_of(std::vector{money<CNY>{0}}), test::contains("sum to zero"));
  CHECK_THROWS_WITH(hhi_of(std::vector<money<CNY>>{}), test::contains("sum to zero"));
  try {
    (void)hhi_of(std::vector<money<CNY>>{});
  } catch (const error& e) {
    CHECK(e.kind() == error_kind::division_by_zero);
  }
}
