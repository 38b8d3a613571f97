#include <tradestat/calendar/first_crossing.hpp>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("first_crossing: ASEAN's share first reaches 10 % in 2025") {
  // Shares in tenths of a percent. 2024 7.8 % and 2025 12.9 % follow the report; earlier years are
  // illustrative values below 10 %, as the report says every year before 2025 was.
  const series<year, int> asean{
      {year{2021}, 61}, {year{2022}, 55}, {year{2023}, 70}, {year{2024}, 78}, {year{2025}, 129}};
  CHECK(first_crossing(asean, 100) == year{2025});
  CHECK(first_crossing(asean, 70) == year{2023});
  CHECK(first_crossing(asean, 50) == year{2021});
  CHECK(first_crossing(asean, 200) == std::nullopt);
}

TEST_CASE("first_crossing: a gap before the crossing makes the claim undecidable") {
  const series<year, int> gappy{{year{2021}, 61}, {year{2023}, 70}, {year{2025}, 129}};
  CHECK_THROWS_WITH(first_crossing(gappy, 100),
                    "cannot tell whether 2025 is the first crossing: 2022 is missing");
  CHECK(first_crossing(gappy, 60) == year{2021});  // the first entry needs no history within the series
}

TEST_CASE("first_crossing: a value equal to the threshold counts as reaching it") {
  const series<month, double> s{{month{2025, 1}, 0.05}, {month{2025, 2}, 0.10}};
  CHECK(first_crossing(s, 0.10) == month{2025, 2});
}
