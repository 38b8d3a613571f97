#include <tradestat/calendar/chrono.hpp>

#include <chrono>
#include <map>

#include "catch.hpp"

using namespace tradestat;
namespace chr = std::chrono;

TEST_CASE("chrono: a std::chrono::year_month_day converts to a date and back without loss") {
  const date d = chr::year{2025} / chr::October / 26;
  CHECK(d == date{2025, 10, 26});
  const chr::year_month_day back = d;
  CHECK(back == chr::year{2025} / chr::October / 26);
  // Day arithmetic goes through std::chrono::sys_days.
  const date next = chr::year_month_day{chr::sys_days{chr::year_month_day{d}} + chr::days{7}};
  CHECK(next == date{2025, 11, 2});
}

TEST_CASE("chrono: an invalid or out-of-range year_month_day is refused as it converts") {
  CHECK_THROWS_WITH(date(chr::year{2023} / chr::February / 29), "invalid date 2023-02-29: the month has 28 days");
  CHECK_THROWS_AS(date(chr::year{2025} / chr::month{13} / 1), tradestat::error);
  CHECK_THROWS_AS(date(chr::year{-5} / chr::January / 1), tradestat::error);
  CHECK_THROWS_AS(date(chr::year{10000} / chr::January / 1), tradestat::error);
}

TEST_CASE("chrono: a date keys a table indexed by std::chrono::year_month_day") {
  std::map<chr::year_month_day, double> parity{{chr::year{2025} / chr::March / 19, 7.17}};
  CHECK(parity.at(date{2025, 3, 19}) == 7.17);
}
