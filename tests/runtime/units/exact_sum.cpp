#include <tradestat/units/exact_sum.hpp>

#include <cstdint>
#include <limits>
#include <list>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {
constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();
}  // namespace

TEST_CASE("exact_sum: sums amounts exactly, negatives included") {
  const std::vector<money<cny, yi>> parts{money<cny, yi>{3083}, money<cny, yi>{545}, money<cny, yi>{-1}};
  CHECK(exact_sum(parts) == money<cny, yi>{3627});
  CHECK(exact_sum(std::vector<money<cny>>{}) == money<cny>{0});
}

TEST_CASE("exact_sum: a partial sum beyond int64 is fine when the total fits") {
  const std::vector<money<cny>> v{money<cny>{max64}, money<cny>{max64}, money<cny>{-max64}, money<cny>{-5}};
  CHECK(exact_sum(v) == money<cny>{max64 - 5});
  const std::vector<money<cny>> w{money<cny>{min64}, money<cny>{min64}, money<cny>{max64}, money<cny>{max64},
                                  money<cny>{1}};
  CHECK(exact_sum(w) == money<cny>{-1});  // 2 * (min + max) + 1 = 2 * (-1) + 1
}

TEST_CASE("exact_sum: long ranges with a few huge amounts among small ones stay exact") {
  std::vector<money<cny>> v;
  for (std::int64_t i = 1; i <= 3000; ++i) {
    v.emplace_back(i);
  }
  v[2500] = money<cny>{std::int64_t{1} << 60};                   // replaces 2501
  CHECK(exact_sum(v) == money<cny>{1'152'921'504'611'345'975});  // 3000 * 3001 / 2 - 2501 + 2^60
  v[10] = money<cny>{max64};
  v[2000] = money<cny>{min64};
  // adds max64 - 11 and min64 - 2001: max64 + min64 is -1
  CHECK(exact_sum(v) == money<cny>{1'152'921'504'611'345'975 - 1 - 11 - 2001});
}

TEST_CASE("exact_sum: a total beyond the representation throws overflow_error") {
  const std::vector<money<cny>> v{money<cny>{max64}, money<cny>{1}};
  CHECK_THROWS_AS(exact_sum(v), overflow_error);
  const std::vector<money<cny>> w{money<cny>{min64}, money<cny>{-1}};
  CHECK_THROWS_AS(exact_sum(w), overflow_error);
  const std::vector<money<cny, yi, std::int32_t>> narrow{money<cny, yi, std::int32_t>{2'000'000'000},
                                                         money<cny, yi, std::int32_t>{2'000'000'000}};
  CHECK_THROWS_AS(exact_sum(narrow), overflow_error);
}

TEST_CASE("exact_sum: agrees with the checked running sum on any range") {
  std::list<money<usd, minor_unit>> l;
  std::vector<money<usd, minor_unit>> v;
  money<usd, minor_unit> running{};
  for (std::int64_t i = -1000; i <= 1234; i += 7) {
    const money<usd, minor_unit> m{i * 1'000'003};
    l.push_back(m);
    v.push_back(m);
    running += m;
  }
  CHECK(exact_sum(l) == running);
  CHECK(exact_sum(v) == running);
}
