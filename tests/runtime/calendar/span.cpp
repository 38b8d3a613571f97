#include <tradestat/calendar/span.hpp>

#include <stdexcept>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("span: a span of years holds its first and last year and counts them") {
  const span plan14{year{2021}, year{2025}};
  CHECK(plan14.first() == year{2021});
  CHECK(plan14.last() == year{2025});
  CHECK(plan14.length() == year_count{5});
  CHECK(plan14.size() == 5);
  CHECK(plan14.first_month() == month{2021, 1});
  CHECK(plan14.last_month() == month{2025, 12});
}

TEST_CASE("span: iterating a span visits each period in order") {
  std::vector<quarter> seen;
  for (const quarter q : span{quarter{2024, 3}, quarter{2025, 2}}) seen.push_back(q);
  CHECK(seen == std::vector<quarter>{quarter{2024, 3}, quarter{2024, 4}, quarter{2025, 1}, quarter{2025, 2}});
}

TEST_CASE("span: a span whose last period precedes its first is refused") {
  CHECK_THROWS_WITH(span(year{2025}, year{2021}), "a span's last period is before its first");
  CHECK_THROWS_AS(span(year{2025}, year{2021}), tradestat::error);
}

TEST_CASE("span: previous and next move a span by its own length") {
  CHECK(previous(span{year{2021}, year{2025}}) == span{year{2016}, year{2020}});
  CHECK(next(span{year{2016}, year{2020}}) == span{year{2021}, year{2025}});
  CHECK(previous(span{month{2025, 1}, month{2025, 3}}) == span{month{2024, 10}, month{2024, 12}});
  CHECK(same_period_last_year(span{month{2025, 1}, month{2025, 6}}) == span{month{2024, 1}, month{2024, 6}});
}

TEST_CASE("span: the months of any period are listed in order") {
  std::vector<month> q1;
  for (const month m : months_of(quarter{2025, 1})) q1.push_back(m);
  CHECK(q1 == std::vector<month>{month{2025, 1}, month{2025, 2}, month{2025, 3}});
  CHECK(months_of(ytd{2024, 2}).size() == 2);
  CHECK(months_of(year{2024}).size() == 12);
  CHECK(months_of(half{2025, 2}).first() == month{2025, 7});
  CHECK(months_of(span{year{2021}, year{2025}}).size() == 60);
  CHECK(months_of(month{2025, 3}).size() == 1);
}
