#include <tradestat/calendar/period_io.hpp>

#include <sstream>
#include <string>
#include <variant>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("period_io: every accepted form of each period kind is read") {
  CHECK(parse_period<year>("2025") == year{2025});
  CHECK(parse_period<month>("2025-03") == month{2025, 3});
  CHECK(parse_period<month>("202503") == month{2025, 3});
  CHECK(parse_period<quarter>("2025Q1") == quarter{2025, 1});
  CHECK(parse_period<quarter>("2025-Q4") == quarter{2025, 4});
  CHECK(parse_period<half>("2025H1") == half{2025, 1});
  CHECK(parse_period<half>("2025-H2") == half{2025, 2});
  CHECK(parse_period<ytd>("2025 Jan-Nov") == ytd{2025, 11});
  CHECK(parse_period<ytd>("2024 Jan-Feb") == ytd{2024, 2});
  CHECK(parse_period<ytd>("2025 Jan-Jan") == ytd{2025, 1});
  CHECK(parse_period<ytd>("2025\xE5\xB9\xB4"
                          "1-11\xE6\x9C\x88") == ytd{2025, 11});  // 2025年1-11月
  CHECK(parse_period<ytd>("2024\xE5\xB9\xB4"
                          "1-2\xE6\x9C\x88") == ytd{2024, 2});  // 2024年1-2月
  CHECK(parse_period<ytd>("2025\xE5\xB9\xB4"
                          "1\xE6\x9C\x88") == ytd{2025, 1});  // 2025年1月
  CHECK(parse_period<ytd>("2025\xE5\xB9\xB4"
                          "1\xE2\x80\x93"
                          "9\xE6\x9C\x88") == ytd{2025, 9});  // en dash
  CHECK(parse_period<span<year>>("2021-2025") == span{year{2021}, year{2025}});
  CHECK(parse_period<span<year>>("2016..2020") == span{year{2016}, year{2020}});
  CHECK(parse_period<span<year>>("2016\xE2\x80\x93"
                                 "2020") == span{year{2016}, year{2020}});  // en dash
  CHECK(parse_period<span<month>>("2025-01..2025-06") == span{month{2025, 1}, month{2025, 6}});
  CHECK(parse_period<span<quarter>>("2025Q1..2025-Q3") == span{quarter{2025, 1}, quarter{2025, 3}});
}

TEST_CASE("period_io: Comtrade's refPeriodId is read with refMonth, 52 meaning the year") {
  CHECK(parse_comtrade_period<year>("20250101", 52) == year{2025});
  CHECK(parse_comtrade_period<year>("20150101 ", 52) == year{2015});  // stray spaces, as Comtrade cells have
  CHECK(parse_comtrade_period<month>("20250301", 3) == month{2025, 3});
  CHECK(parse_comtrade_period<month>("20241201", 12) == month{2024, 12});
}

TEST_CASE(
    "period_io: a Comtrade period of unknown frequency is a year for refMonth 52 and a month otherwise") {
  CHECK(std::get<year>(parse_comtrade_period("20250101", 52)) == year{2025});
  CHECK(std::get<month>(parse_comtrade_period("20250301", 3)) == month{2025, 3});
  CHECK_THROWS_WITH(parse_comtrade_period("20250301", 0), contains("refPeriodId and refMonth disagree"));
}

TEST_CASE("period_io: malformed text is refused with what was expected and where") {
  CHECK_THROWS_WITH(parse_period<month>("2025-13"),
                    "cannot read \"2025-13\" as a month: at offset 5, expected a month number 01-12 "
                    "(accepted forms: YYYY-MM, YYYYMM)");
  CHECK_THROWS_WITH(parse_period<month>("25-03"), contains("at offset 0, expected a four-digit year"));
  CHECK_THROWS_WITH(parse_period<month>("2025-3"), contains("at offset 5, expected a month number 01-12"));
  CHECK_THROWS_WITH(parse_period<month>("2025-03x"), contains("at offset 7, expected the end of the text"));
  CHECK_THROWS_WITH(parse_period<month>(""), contains("at offset 0, expected a four-digit year"));
  CHECK_THROWS_WITH(parse_period<year>("0000"), contains("at offset 0, expected a year from 0001 to 9999"));
  CHECK_THROWS_WITH(parse_period<year>("2025-03"),
                    contains("as a year: at offset 4, expected the end of the text"));
  CHECK_THROWS_WITH(parse_period<quarter>("2025Q5"), contains("at offset 5, expected a quarter number 1-4"));
  CHECK_THROWS_WITH(parse_period<quarter>("2025q1"), contains("at offset 4, expected 'Q'"));
  CHECK_THROWS_WITH(parse_period<half>("2025H3"), contains("at offset 5, expected a half number 1-2"));
  CHECK_THROWS_WITH(parse_period<ytd>("2025 Feb-Nov"),
                    contains("at offset 5, expected 'Jan' (a year to date starts in January)"));
  CHECK_THROWS_WITH(parse_period<ytd>("2025 Jan-Foo"),
                    contains("at offset 9, expected a month abbreviation Jan-Dec"));
  CHECK_THROWS_WITH(parse_period<ytd>("2025\xE5\xB9\xB4"
                                      "1-13\xE6\x9C\x88"),
                    contains("at offset 9, expected a last month 1-12"));
  CHECK_THROWS_WITH(parse_period<ytd>("2025\xE5\xB9\xB4"
                                      "2-3\xE6\x9C\x88"),
                    contains("at offset 7, expected '1' (a year to date starts in January)"));
  CHECK_THROWS_WITH(parse_period<ytd>("2025-11"), contains("as a year to date: at offset 4"));
  CHECK_THROWS_WITH(parse_period<span<year>>("2025-2021"),
                    contains("at offset 5, expected a last period not before the first"));
  CHECK_THROWS_WITH(parse_period<span<month>>("2025-01-2025-06"), contains("at offset 7, expected '..'"));
}

TEST_CASE("period_io: Comtrade periods whose two fields disagree are refused") {
  CHECK_THROWS_WITH(parse_comtrade_period<month>("20250101", 52),
                    contains("refMonth 52 marks an annual one: read it as a year"));
  CHECK_THROWS_WITH(parse_comtrade_period<year>("20250301", 3), contains("refMonth 52 for an annual record"));
  CHECK_THROWS_WITH(parse_comtrade_period<month>("20250301", 4),
                    contains("refPeriodId and refMonth disagree"));
  CHECK_THROWS_WITH(parse_comtrade_period<month>("20250315", 3), contains("expected day 01"));
  CHECK_THROWS_WITH(parse_comtrade_period<year>("2025", 52),
                    contains("at offset 4, expected a month number 01-12"));
}

TEST_CASE("period_io: the error records the offset where reading stopped") {
  try {
    (void)parse_period<quarter>("2025-X1");
    FAIL("no exception");
  } catch (const period_parse_error& e) {
    CHECK(e.offset() == 5);
  }
}

TEST_CASE("period_io: periods print in the forms sources use and read back") {
  CHECK(to_string(month{2025, 3}) == "2025-03");
  CHECK(to_string(month{812, 11}) == "0812-11");
  CHECK(to_string(quarter{2025, 1}) == "2025Q1");
  CHECK(to_string(half{2025, 2}) == "2025H2");
  CHECK(to_string(year{2025}) == "2025");
  CHECK(to_string(ytd{2025, 11}) == "2025 Jan-Nov");
  CHECK(to_string(ytd{2025, 1}) == "2025 Jan-Jan");
  CHECK(to_string_zh(ytd{2025, 11}) ==
        "2025\xE5\xB9\xB4"
        "1-11\xE6\x9C\x88");
  CHECK(to_string_zh(ytd{2025, 1}) ==
        "2025\xE5\xB9\xB4"
        "1\xE6\x9C\x88");
  CHECK(to_string(span{year{2021}, year{2025}}) == "2021-2025");
  CHECK(to_string(span{quarter{2025, 1}, quarter{2025, 3}}) == "2025Q1..2025Q3");
  CHECK(to_string(plan{14}) == "14th Five-Year Plan (2021-2025)");
  CHECK(to_string(plan{1}) == "1st Five-Year Plan (1953-1957)");
  CHECK(to_string(plan{2}) == "2nd Five-Year Plan (1958-1962)");
  CHECK(to_string(plan{3}) == "3rd Five-Year Plan (1966-1970)");
  CHECK(to_string(plan{12}) == "12th Five-Year Plan (2011-2015)");
  for (const ytd t : {ytd{2025, 1}, ytd{2025, 7}, ytd{2025, 12}}) {
    CHECK(parse_period<ytd>(to_string(t)) == t);
    CHECK(parse_period<ytd>(to_string_zh(t)) == t);
  }
  std::ostringstream out;
  out << month{2025, 3} << ' ' << quarter{2025, 1} << ' ' << ytd{2025, 11};
  CHECK(out.str() == "2025-03 2025Q1 2025 Jan-Nov");
}
