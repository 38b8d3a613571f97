#include <tradestat/units/exact_sum.hpp>

#include <cstdint>
#include <limits>
#include <list>
#include <vector>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::max64;
using tradestat::test::min64;

TEST_CASE("exact_sum: sums amounts exactly, negatives included") {
  const std::vector<money<CNY, yi>> parts{money<CNY, yi>{3083}, money<CNY, yi>{545}, money<CNY, yi>{-1}};
  CHECK(exact_sum(parts) == money<CNY, yi>{3627});
  CHECK(exact_sum(std::vector<money<CNY>>{}) == money<CNY>{0});
}

TEST_CASE("exact_sum: a partial sum beyond int64 is fine when the total fits") {
  const std::vector<money<CNY>> v{money<CNY>{max64}, money<CNY>{max64}, money<CNY>{-max64}, money<CNY>{-5}};
  CHECK(exact_sum(v) == money<CNY>{max64 - 5});
  const std::vector<money<CNY>> w{money<CNY>{min64}, money<CNY>{min64}, money<CNY>{max64}, money<CNY>{max64},
                                  money<CNY>{1}};
  CHECK(exact_sum(w) == money<CNY>{-1});  // 2 * (min + max) + 1 = 2 * (-1) + 1
}

TEST_CASE("exact_sum: long ranges with a few huge amounts among small ones stay exact") {
  std::vector<money<CNY>> v;
  for (std::int64_t i = 1; i <= 3000; ++i) {
    v.emplace_back(i);
  }
  v[2500] = money<CNY>{std::int64_t{1} << 60};                   // replaces 2501
  CHECK(exact_sum(v) == money<CNY>{1'152'921'504'611'345'975});  // 3000 * 3001 / 2 - 2501 + 2^60
  v[10] = money<CNY>{max64};
  v[2000] = money<CNY>{min64};
  // adds max64 - 11 and min64 - 2001: max64 + min64 is -1
  CHECK(exact_sum(v) == money<CNY>{1'152'921'504'611'345'975 - 1 - 11 - 2001});
}

TEST_CASE("exact_sum: a total beyond the representation throws overflow_error") {
  const std::vector<money<CNY>> v{money<CNY>{max64}, money<CNY>{1}};
  CHECK_THROWS_AS(exact_sum(v), overflow_error);
  const std::vector<money<CNY>> w{money<CNY>{min64}, money<CNY>{-1}};
  CHECK_THROWS_AS(exact_sum(w), overflow_error);
  const std::vector<money<CNY, yi, std::int32_t>> narrow{money<CNY, yi, std::int32_t>{2'000'000'000},
                                                         money<CNY, yi, std::int32_t>{2'000'000'000}};
  CHECK_THROWS_AS(exact_sum(narrow), overflow_error);
}

TEST_CASE("exact_sum: agrees with the checked running sum on any range") {
  std::list<money<USD, minor_unit>> l;
  std::vector<money<USD, minor_unit>> v;
  money<USD, minor_unit> running{};
  for (std::int64_t i = -1000; i <= 1234; i += 7) {
    const money<USD, minor_unit> m{i * 1'000'003};
    l.push_back(m);
    v.push_back(m);
    running += m;
  }
  CHECK(exact_sum(l) == running);
  CHECK(exact_sum(v) == running);
}
