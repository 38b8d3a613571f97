#include <tradestat/calendar/fmt.hpp>

#include <string>

#include <fmt/format.h>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("calendar fmt: periods format in English by default and in Chinese with zh") {
  CHECK(fmt::format("{}", month{2025, 3}) == "2025-03");
  CHECK(fmt::format("{:zh}", month{2025, 3}) == "2025年3月");
  CHECK(fmt::format("{:en}", quarter{2025, 1}) == "2025Q1");
  CHECK(fmt::format("{:zh}", quarter{2025, 1}) == "2025年一季度");
  CHECK(fmt::format("{:zh}", half{2025, 1}) == "2025年上半年");
  CHECK(fmt::format("{:zh}", year{2025}) == "2025年");
  CHECK(fmt::format("{:zh}", ytd{2025, 3}) == "2025年1-3月");
  CHECK(fmt::format("{} {:zh}", plan{14}, plan{14}) == "14th Five-Year Plan (2021-2025) 十四五");
  CHECK(fmt::format("{:zh}", span{year{2021}, year{2025}}) == "2021-2025年");
  CHECK(fmt::format("{:zh}", parse<any_period>("Q2 2025")) == "2025年二季度");
  CHECK(fmt::format("{:.2zh}", month{2025, 3}) == "2025年3月");  // a precision changes nothing
}

TEST_CASE("calendar fmt: a day formats as ISO 8601 by default and in Chinese with zh") {
  CHECK(fmt::format("{}", date{2025, 3, 19}) == "2025-03-19");
  CHECK(fmt::format("{:zh}", date{2025, 3, 19}) == "2025年3月19日");
  CHECK(fmt::format("{:.2en}", date{2025, 3, 19}) == "2025-03-19");
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:fr}"), date{2025, 3, 19}), fmt::format_error);
}

TEST_CASE("calendar fmt: a spec outside [.N][en|zh] is refused") {
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:fr}"), month{2025, 3}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.x}"), year{2025}), fmt::format_error);
}
