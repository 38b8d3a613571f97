#include <tradestat/calendar/series.hpp>

#include <vector>

#include <range/v3/algorithm/equal.hpp>
#include <range/v3/numeric/accumulate.hpp>
#include <range/v3/view/filter.hpp>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace

TEST_CASE("series: entries given in any order are kept sorted by period") {
  const series<month, long> s{{month{2025, 3}, 30}, {month{2025, 1}, 10}, {month{2025, 2}, 20}};
  REQUIRE(s.size() == 3);
  CHECK(s.front().period == month{2025, 1});
  CHECK(s.back().period == month{2025, 3});
  CHECK(ranges::equal(s.values(), std::vector<long>{10, 20, 30}));
  CHECK(ranges::equal(s.periods(), std::vector<month>{month{2025, 1}, month{2025, 2}, month{2025, 3}}));
}

TEST_CASE("series: a period given twice is refused, and insert_or_assign replaces") {
  CHECK_THROWS_WITH((series<year, long>{{year{2025}, 1}, {year{2025}, 2}}),
                    "the series already has a value for 2025");
  series<year, long> s;
  s.insert(year{2025}, 5203);
  CHECK(kind_thrown([&] { s.insert(year{2025}, 1); }) == error_kind::invalid_argument);
  s.insert_or_assign(year{2025}, 5204);
  s.insert_or_assign(year{2024}, 4340);
  CHECK(s.at(year{2025}) == 5204);
  CHECK(s.front().period == year{2024});
}

TEST_CASE("series: looking up a period it lacks names the period") {
  const series<quarter, long> s{{quarter{2025, 1}, 1}};
  CHECK(s.find(quarter{2025, 2}) == nullptr);
  CHECK_FALSE(s.contains(quarter{2025, 2}));
  CHECK(s.contains(quarter{2025, 1}));
  CHECK_THROWS_WITH(s.at(quarter{2025, 2}), "the series has no value for 2025Q2");
  const series<quarter, long> empty;
  CHECK_THROWS_WITH(empty.front(), "the series is empty");
}

TEST_CASE("series: the periods missing between the first and the last are its gaps") {
  const series<month, long> s{{month{2024, 11}, 1}, {month{2025, 2}, 2}, {month{2025, 3}, 3}};
  CHECK(s.gaps() == std::vector<month>{month{2024, 12}, month{2025, 1}});
  CHECK_FALSE(s.is_contiguous());
  const series<year, long> full{{year{2024}, 1}, {year{2025}, 2}};
  CHECK(full.gaps().empty());
  CHECK(full.is_contiguous());
  // Cumulative releases step by one month: Jan-Feb follows Jan-Jan.
  const series<ytd, long> releases{{ytd{2024, 2}, 1}, {ytd{2024, 4}, 2}};
  CHECK(releases.gaps() == std::vector<ytd>{ytd{2024, 3}});
}

TEST_CASE("series: range-v3 views filter and total a series") {
  const series<year, long> s{{year{2023}, 35733}, {year{2024}, 43400}, {year{2025}, 52037}};
  auto after_2023 = s | ranges::views::filter([](const auto& e) { return year{2023} < e.period; });
  long total = 0;
  for (const auto& e : after_2023) total += e.value;
  CHECK(total == 43400 + 52037);
  CHECK(ranges::accumulate(s.values(), 0L) == 131170);
}

TEST_CASE("series: structured bindings read period and value") {
  const series<half, long> s{{half{2025, 1}, 7}};
  for (const auto& [p, v] : s) {
    CHECK(p == half{2025, 1});
    CHECK(v == 7);
  }
  CHECK(s == series<half, long>{{half{2025, 1}, 7}});
}

TEST_CASE("series: append adds after the last period and refuses anything earlier") {
  series<month, long> s;
  s.reserve(3);
  s.append(month{2025, 1}, 1);
  s.append(month{2025, 3}, 3);
  CHECK(s.size() == 2);
  CHECK(s.gaps() == std::vector<month>{month{2025, 2}});
  CHECK_THROWS_WITH(s.append(month{2025, 2}, 2),
                    "cannot append 2025-02 after 2025-03: periods must increase");
  CHECK_THROWS_WITH(s.append(month{2025, 3}, 3),
                    "cannot append 2025-03 after 2025-03: periods must increase");
}
