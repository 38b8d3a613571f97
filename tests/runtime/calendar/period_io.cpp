#include <tradestat/calendar/period_io.hpp>

#include <sstream>
#include <string>
#include <variant>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

namespace {
const text_format zh{.lang = language::zh};

// The offset a parse failure names, or npos when the text is read.
template <class P>
std::size_t failure_offset(std::string_view text) {
  try {
    (void)parse<P>(text);
  } catch (const parse_error& e) {
    return e.offset();
  }
  return std::string_view::npos;
}
}  // namespace

TEST_CASE("period_io: the ISO-like forms of each period kind are read") {
  CHECK(parse<year>("2025") == year{2025});
  CHECK(parse<month>("2025-03") == month{2025, 3});
  CHECK(parse<month>("202503") == month{2025, 3});
  CHECK(parse<quarter>("2025Q1") == quarter{2025, 1});
  CHECK(parse<quarter>("2025-Q4") == quarter{2025, 4});
  CHECK(parse<half>("2025H1") == half{2025, 1});
  CHECK(parse<half>("2025-H2") == half{2025, 2});
  CHECK(parse<ytd>("2025 Jan-Nov") == ytd{2025, 11});
  CHECK(parse<ytd>("2024 Jan-Feb") == ytd{2024, 2});
  CHECK(parse<ytd>("2025 Jan-Jan") == ytd{2025, 1});
  CHECK(parse<span<year>>("2021-2025") == span{year{2021}, year{2025}});
  CHECK(parse<span<year>>("2016..2020") == span{year{2016}, year{2020}});
  CHECK(parse<span<year>>("2016\xE2\x80\x93"
                          "2020") == span{year{2016}, year{2020}});  // en dash
  CHECK(parse<span<month>>("2025-01..2025-06") == span{month{2025, 1}, month{2025, 6}});
  CHECK(parse<span<month>>("2025-01-2025-06") == span{month{2025, 1}, month{2025, 6}});
  CHECK(parse<span<quarter>>("2025Q1..2025-Q3") == span{quarter{2025, 1}, quarter{2025, 3}});
  CHECK(parse<span<half>>("2024H2..2025H1") == span{half{2024, 2}, half{2025, 1}});
}

TEST_CASE("period_io: the forms statisticians write are read") {
  CHECK(parse<month>("2025年3月") == month{2025, 3});
  CHECK(parse<month>("2025年12月") == month{2025, 12});
  CHECK(parse<month>("2025M03") == month{2025, 3});
  CHECK(parse<month>("2025M3") == month{2025, 3});
  CHECK(parse<month>("March 2025") == month{2025, 3});
  CHECK(parse<month>("Mar 2025") == month{2025, 3});
  CHECK(parse<month>("september 2024") == month{2024, 9});
  CHECK(parse<quarter>("2025年一季度") == quarter{2025, 1});
  CHECK(parse<quarter>("2025年第一季度") == quarter{2025, 1});
  CHECK(parse<quarter>("2025年四季度") == quarter{2025, 4});
  CHECK(parse<quarter>("2025年第3季度") == quarter{2025, 3});
  CHECK(parse<quarter>("2025年2季度") == quarter{2025, 2});
  CHECK(parse<quarter>("Q1 2025") == quarter{2025, 1});
  CHECK(parse<half>("2025年上半年") == half{2025, 1});
  CHECK(parse<half>("2025年下半年") == half{2025, 2});
  CHECK(parse<half>("H2 2025") == half{2025, 2});
  CHECK(parse<year>("2025年") == year{2025});
  CHECK(parse<ytd>("2025年1-3月") == ytd{2025, 3});
  CHECK(parse<ytd>("2025年1—11月") == ytd{2025, 11});  // em dash
  CHECK(parse<ytd>("2025年1–11月") == ytd{2025, 11});  // en dash
  CHECK(parse<ytd>("2025年1～11月") == ytd{2025, 11});  // full-width tilde
  CHECK(parse<ytd>("2025年1~11月") == ytd{2025, 11});
  CHECK(parse<ytd>("2025年1至11月") == ytd{2025, 11});
  CHECK(parse<ytd>("2025年1月") == ytd{2025, 1});  // a January is also the first year to date
  CHECK(parse<ytd>("January-November 2025") == ytd{2025, 11});
  CHECK(parse<ytd>("Jan-Nov 2025") == ytd{2025, 11});
  CHECK(parse<ytd>("2025年1月-2025年4月") == ytd{2025, 4});
  CHECK(parse<span<month>>("2025年2-5月") == span{month{2025, 2}, month{2025, 5}});
  CHECK(parse<span<month>>("2025年1-3月") == span{month{2025, 1}, month{2025, 3}});  // a year to date's months
  CHECK(parse<span<month>>("2024年11月-2025年2月") == span{month{2024, 11}, month{2025, 2}});
  CHECK(parse<span<month>>("Feb-May 2025") == span{month{2025, 2}, month{2025, 5}});
  CHECK(parse<span<quarter>>("2025年一季度—2025年三季度") == span{quarter{2025, 1}, quarter{2025, 3}});
  CHECK(parse<span<year>>("2021—2025年") == span{year{2021}, year{2025}});
  CHECK(parse<span<year>>("十四五") == span{year{2021}, year{2025}});  // a plan's years
  CHECK(parse<plan>("十四五") == plan{14});
  CHECK(parse<plan>("“十四五”") == plan{14});
  CHECK(parse<plan>("十四五规划") == plan{14});
  CHECK(parse<plan>("十五") == plan{10});
  CHECK(parse<plan>("十五五") == plan{15});
  CHECK(parse<plan>("一五") == plan{1});
  CHECK(parse<plan>("十一五时期") == plan{11});
  CHECK(parse<plan>("2021—2025年") == plan{14});
  CHECK(parse<plan>("2016-2020") == plan{13});
  CHECK(parse<plan>("14th Five-Year Plan (2021-2025)") == plan{14});
  CHECK(parse<plan>("1st Five-Year Plan") == plan{1});
}

TEST_CASE("period_io: any period is read once, and the alternative says its kind") {
  CHECK(std::get<month>(parse<any_period>("2025年3月")) == month{2025, 3});
  CHECK(std::get<ytd>(parse<any_period>("2025年1-3月")) == ytd{2025, 3});
  CHECK(std::get<ytd>(parse<any_period>("January-November 2025")) == ytd{2025, 11});
  CHECK(std::get<quarter>(parse<any_period>("2025年一季度")) == quarter{2025, 1});
  CHECK(std::get<half>(parse<any_period>("2025年上半年")) == half{2025, 1});
  CHECK(std::get<year>(parse<any_period>("2025年")) == year{2025});
  CHECK(std::get<year>(parse<any_period>("2025")) == year{2025});
  CHECK(std::get<plan>(parse<any_period>("十四五")) == plan{14});
  CHECK(std::get<span<year>>(parse<any_period>("2021—2025年")) == span{year{2021}, year{2025}});
  CHECK(std::get<quarter>(parse<any_period>("Q1 2025")) == quarter{2025, 1});
  CHECK(std::get<month>(parse<any_period>("March 2025")) == month{2025, 3});
  CHECK(std::get<month>(parse<any_period>("2025M03")) == month{2025, 3});
  CHECK(std::get<span<month>>(parse<any_period>("2025-01..2025-06")) == span{month{2025, 1}, month{2025, 6}});
  CHECK(std::get<month>(parse<any_period>("2025年1月")) == month{2025, 1});
  CHECK_THROWS_AS(parse<any_period>("2025年3"), parse_error);
}

TEST_CASE("period_io: periods print in English by default and in Chinese on request") {
  CHECK(to_string(month{2025, 3}) == "2025-03");
  CHECK(to_string(month{812, 11}) == "0812-11");
  CHECK(to_string(quarter{2025, 1}) == "2025Q1");
  CHECK(to_string(half{2025, 2}) == "2025H2");
  CHECK(to_string(year{2025}) == "2025");
  CHECK(to_string(ytd{2025, 11}) == "2025 Jan-Nov");
  CHECK(to_string(ytd{2025, 1}) == "2025 Jan-Jan");
  CHECK(to_string(span{year{2021}, year{2025}}) == "2021-2025");
  CHECK(to_string(span{quarter{2025, 1}, quarter{2025, 3}}) == "2025Q1..2025Q3");
  CHECK(to_string(plan{14}) == "14th Five-Year Plan (2021-2025)");
  CHECK(to_string(plan{1}) == "1st Five-Year Plan (1953-1957)");
  CHECK(to_string(plan{2}) == "2nd Five-Year Plan (1958-1962)");
  CHECK(to_string(plan{3}) == "3rd Five-Year Plan (1966-1970)");
  CHECK(to_string(plan{12}) == "12th Five-Year Plan (2011-2015)");

  CHECK(to_string(month{2025, 3}, zh) == "2025年3月");
  CHECK(to_string(month{2025, 12}, zh) == "2025年12月");
  CHECK(to_string(quarter{2025, 1}, zh) == "2025年一季度");
  CHECK(to_string(quarter{2025, 4}, zh) == "2025年四季度");
  CHECK(to_string(half{2025, 1}, zh) == "2025年上半年");
  CHECK(to_string(half{2025, 2}, zh) == "2025年下半年");
  CHECK(to_string(year{2025}, zh) == "2025年");
  CHECK(to_string(ytd{2025, 3}, zh) == "2025年1-3月");
  CHECK(to_string(ytd{2025, 1}, zh) == "2025年1月");
  CHECK(to_string(plan{14}, zh) == "十四五");
  CHECK(to_string(plan{10}, zh) == "十五");
  CHECK(to_string(plan{15}, zh) == "十五五");
  CHECK(to_string(span{year{2021}, year{2025}}, zh) == "2021-2025年");
  CHECK(to_string(span{month{2025, 2}, month{2025, 5}}, zh) == "2025年2-5月");
  CHECK(to_string(span{month{2024, 11}, month{2025, 2}}, zh) == "2024年11月-2025年2月");
  CHECK(to_string(span{half{2024, 2}, half{2025, 1}}, zh) == "2024年下半年-2025年上半年");
  CHECK(to_string(any_period{quarter{2025, 2}}, zh) == "2025年二季度");
  CHECK(to_string(month{2025, 3}, {.precision = 3}) == "2025-03");  // a precision changes nothing
}

TEST_CASE("period_io: every period printed in either language reads back the same") {
  const any_period samples[] = {month{2025, 1},  month{2025, 3},     month{2025, 12},   quarter{2025, 1},
                                quarter{2024, 4}, half{2025, 1},      half{2025, 2},     year{2025},
                                year{1},          ytd{2025, 1},       ytd{2025, 7},      ytd{2025, 12},
                                plan{1},          plan{10},           plan{11},          plan{14},
                                plan{15},         span{year{2021}, year{2025}},          span{year{2021}, year{2024}},
                                span{month{2025, 2}, month{2025, 5}}, span{month{2024, 11}, month{2025, 2}},
                                span{quarter{2025, 1}, quarter{2025, 3}}, span{half{2024, 2}, half{2025, 1}}};
  for (const any_period& p : samples) {
    for (const text_format f : {text_format{}, zh}) {
      const std::string text = to_string(p, f);
      INFO(text);
      std::visit(
          [&](const auto& v) {
            using P = std::remove_cvref_t<decltype(v)>;
            CHECK(parse<P>(text) == v);
          },
          p);
    }
  }
  // Read as any period, the text of a January (2025年1月) is a month, of a year's span the span.
  for (const any_period& p : samples) {
    const std::string text = to_string(p);
    INFO(text);
    CHECK(parse<any_period>(text) == p);
  }
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
  CHECK_THROWS_WITH(parse<month>("2025-13"),
                    "cannot read \"2025-13\" as a month: at offset 5, expected a month number 01-12 "
                    "(a month is written 2025-03, 202503, 2025M03, 2025年3月, March 2025 or Mar 2025)");
  CHECK_THROWS_WITH(parse<month>("25-03"), contains("at offset 0, expected a four-digit year"));
  CHECK_THROWS_WITH(parse<month>("2025-3"), contains("at offset 5, expected a month number 01-12"));
  CHECK_THROWS_WITH(parse<month>("2025-03x"), contains("at offset 7, expected the end of the text"));
  CHECK_THROWS_WITH(parse<month>(""), contains("at offset 0, expected a period"));
  CHECK_THROWS_WITH(parse<month>("2025年13月"), contains("at offset 7, expected a month number 1-12"));
  CHECK_THROWS_WITH(parse<month>("2025年3"), contains("at offset 8, expected '月'"));
  CHECK_THROWS_WITH(parse<month>("Marc 2025"), contains("at offset 0, expected an English month name"));
  CHECK_THROWS_WITH(parse<year>("0000"), contains("at offset 0, expected a year from 0001 to 9999"));
  CHECK_THROWS_WITH(parse<year>("2025-03"), contains("as a year: at offset 0, the text reads as a month"));
  CHECK_THROWS_WITH(parse<quarter>("2025Q5"), contains("at offset 5, expected a quarter number 1-4"));
  CHECK_THROWS_WITH(parse<quarter>("2025年五季度"), contains("at offset 7, expected a month (3月)"));
  CHECK_THROWS_WITH(parse<quarter>("2025年第五季度"), contains("at offset 10, expected a quarter number"));
  CHECK_THROWS_WITH(parse<quarter>("Q5 2025"), contains("at offset 1, expected a quarter number 1-4"));
  CHECK_THROWS_WITH(parse<half>("2025H3"), contains("at offset 5, expected a half number 1-2"));
  CHECK_THROWS_WITH(parse<ytd>("2025 Jan-Foo"), contains("at offset 9, expected an English month name"));
  CHECK_THROWS_WITH(parse<ytd>("2025年1-13月"), contains("at offset 9, expected a last month 1-12"));
  CHECK_THROWS_WITH(parse<ytd>("2025年5-3月"), contains("at offset 9, expected a last month not before the first"));
  CHECK_THROWS_WITH(parse<ytd>("2025年2-3月"),
                    contains("as a year to date: at offset 0, the text reads as a span of months"));
  CHECK_THROWS_WITH(parse<ytd>("2025-11"), contains("as a year to date: at offset 0, the text reads as a month"));
  CHECK_THROWS_WITH(parse<span<year>>("2025-2021"),
                    contains("at offset 5, expected a last period not before the first"));
  CHECK_THROWS_WITH(parse<span<month>>("2025-01..2025Q2"),
                    contains("at offset 9, expected a last period of the same kind as the first (a month)"));
  CHECK_THROWS_WITH(parse<plan>("2022-2026"), contains("not the years of a five-year plan"));
  CHECK_THROWS_WITH(parse<plan>("十六五"), contains("at offset 0, expected a five-year plan"));
  CHECK_THROWS_WITH(parse<plan>("16th Five-Year Plan"), contains("at offset 0, expected a plan number from 1 to 15"));
  CHECK_THROWS_WITH(parse<plan>("14th Five-Year Plan (2020-2025)"), contains("at offset 21, expected the plan's own years"));
}

TEST_CASE("period_io: the error is a tradestat::error of kind parse and records the offset") {
  CHECK(failure_offset<quarter>("2025-X1") == 5);
  CHECK(failure_offset<month>("2025年3月x") == 11);
  CHECK(failure_offset<ytd>("2025年1-3月") == std::string_view::npos);
  try {
    (void)parse<month>("2025-13");
    FAIL("no exception");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::parse);
  }
  CHECK_THROWS_AS(parse_comtrade_period<month>("20250101", 52), parse_error);
}

TEST_CASE("period_io: operator<< writes the English form") {
  std::ostringstream out;
  out << month{2025, 3} << ' ' << quarter{2025, 1} << ' ' << ytd{2025, 11} << ' ' << plan{14} << ' '
      << span{year{2021}, year{2025}} << ' ' << parse<any_period>("2025年上半年");
  CHECK(out.str() == "2025-03 2025Q1 2025 Jan-Nov 14th Five-Year Plan (2021-2025) 2021-2025 2025H1");
}
