#include <tradestat/calendar/date.hpp>
#include <tradestat/calendar/period.hpp>

#include <sstream>
#include <string>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::contains;
using tradestat::test::kind_thrown;
using tradestat::test::offset_thrown;
}  // namespace

TEST_CASE("date: a day holds its year, month and day, and orders by them") {
  const date d{2025, 10, 26};
  CHECK(d.year_number() == 2025);
  CHECK(d.month_number() == 10);
  CHECK(d.day_number() == 26);
  CHECK(date{2025, 10, 25} < d);
  CHECK(d < date{2025, 11, 1});
  CHECK(date{2024, 12, 31} < date{2025, 1, 1});
  CHECK(date{} == date{1, 1, 1});
  CHECK(date::min() == date{1, 1, 1});
  CHECK(date::max() == date{9999, 12, 31});
}

TEST_CASE("date: leap days exist only in leap years, and month ends are checked") {
  CHECK(date{2024, 2, 29}.day_number() == 29);
  CHECK(date{2000, 2, 29}.day_number() == 29);  // divisible by 400
  CHECK(kind_thrown([] { (void)date(2100, 2, 29); }) == error_kind::invalid_argument);  // by 100, not 400
  CHECK_THROWS_WITH(date(2025, 2, 29), "invalid date 2025-02-29: the month has 28 days");
  CHECK_THROWS_WITH(date(2025, 4, 31), "invalid date 2025-04-31: the month has 30 days");
  CHECK_THROWS_WITH(date(2025, 13, 1), "invalid date 2025-13-01: month number 13 is not in 1..12");
  CHECK_THROWS_WITH(date(2025, 1, 0), "invalid date 2025-01-00: the month has 31 days");
  CHECK_THROWS_WITH(date(0, 1, 1), "invalid date 0000-01-01: the year is outside the supported years 1..9999");
  CHECK_THROWS_WITH(date(10000, 1, 1), contains("outside the supported years 1..9999"));
}

TEST_CASE("date: a month knows its first and last day, and a day its month and year") {
  CHECK(month{2024, 2}.last_day() == date{2024, 2, 29});
  CHECK(month{2025, 2}.last_day() == date{2025, 2, 28});
  CHECK(month{2025, 6}.first_day() == date{2025, 6, 1});
  CHECK(month{date{2025, 3, 19}} == month{2025, 3});
  CHECK(year{date{2025, 3, 19}} == year{2025});
}

TEST_CASE("date: prints as ISO 8601, or in Chinese, and parses both back") {
  CHECK(to_string(date{2025, 3, 19}) == "2025-03-19");
  CHECK(to_string(date{2025, 3, 19}, {.lang = language::zh}) == "2025年3月19日");
  CHECK(to_string(date{987, 1, 2}) == "0987-01-02");
  std::ostringstream os;
  os << date{2025, 10, 26};
  CHECK(os.str() == "2025-10-26");
  CHECK(parse<date>("2025-03-19") == date{2025, 3, 19});
  CHECK(parse<date>("2025年3月19日") == date{2025, 3, 19});
  CHECK(parse<date>("2025年10月26日") == date{2025, 10, 26});
  for (const date d : {date{2024, 2, 29}, date{1, 1, 1}, date{9999, 12, 31}, date{2025, 12, 1}}) {
    CHECK(parse<date>(to_string(d)) == d);
    CHECK(parse<date>(to_string(d, {.lang = language::zh})) == d);
  }
}

TEST_CASE("date: text that is not a day is a parse_error at the offset where reading stopped") {
  CHECK(offset_thrown([] { (void)parse<date>(""); }) == 0);
  CHECK(offset_thrown([] { (void)parse<date>("25-03-19"); }) == 2);
  CHECK(offset_thrown([] { (void)parse<date>("2025/03/19"); }) == 4);
  CHECK(offset_thrown([] { (void)parse<date>("2025-3-19"); }) == 6);
  CHECK(offset_thrown([] { (void)parse<date>("2025-13-01"); }) == 5);
  CHECK(offset_thrown([] { (void)parse<date>("2025-02-29"); }) == 8);
  CHECK(offset_thrown([] { (void)parse<date>("2025-03-19x"); }) == 10);
  CHECK(offset_thrown([] { (void)parse<date>("0000-01-01"); }) == 0);
  CHECK(offset_thrown([] { (void)parse<date>("2025年3月19"); }) == 13);
  CHECK(offset_thrown([] { (void)parse<date>("2025年3-19日"); }) == 8);
  CHECK_THROWS_AS(parse<date>("2025-03"), parse_error);
  CHECK_THROWS_WITH(parse<date>("2025-02-30"), contains("a date"));
}
