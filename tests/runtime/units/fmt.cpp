#include <tradestat/units/fmt.hpp>

#include <string>

#include <fmt/format.h>

#include "catch.hpp"

using namespace tradestat;

namespace {
const money<CNY, scale<7>> total_2025{52037};  // 5203.7亿元
}

TEST_CASE("fmt: money prints with a language, a style, decimals and a scale word") {
  CHECK(fmt::format("{:nB.1}", total_2025) == "520.4 billion yuan");
  CHECK(fmt::format("{:cB.1}", money<USD, yi>{747}) == "USD 74.7 billion");
  CHECK(fmt::format("{:sB.1}", money<USD, yi>{747}) == "$74.7 billion");
  CHECK(fmt::format("{:ny.1zh}", total_2025) == "5203.7亿元");
  CHECK(fmt::format("{:nW.2zh}", money<CNY, yi>{17100}) == "1.71万亿元");
  CHECK(fmt::format("{:nen}", money<CNY>{16'536'067'327}) == "16,536,067,327 yuan");
}

TEST_CASE("fmt: an empty spec is the exact stream form") {
  CHECK(fmt::format("{}", money<USD, minor_unit>{12'345}) == "USD 123.45");
  CHECK(fmt::format("{} and {}", money<CNY>{1}, money<USD>{2}) == "CNY 1 and USD 2");
}

TEST_CASE("fmt: a precision rounds half up, as Chinese releases do") {
  CHECK(fmt::format("{:nB.0}", money<CNY, scale<7>>{5205}) == "52 billion yuan");
  CHECK(fmt::format("{:ny.0zh}", money<CNY, scale<7>>{52035}) == "5204亿元");
  CHECK(fmt::format("{:ny.0zh}", money<CNY, scale<7>>{-52035}) == "-5204亿元");
}

TEST_CASE("fmt: a bad spec is reported") {
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:q}"), money<CNY>{1}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:zx}"), money<CNY>{1}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.}"), money<CNY>{1}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.1B}"), money<CNY>{1}), fmt::format_error);  // scale before '.'
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.19}"), money<CNY>{1}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:zhn}"), money<CNY>{1}), fmt::format_error);  // language last
  // A well-formed spec asking for a scale word the language lacks is refused when printing.
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:y}"), money<CNY>{1}), tradestat::error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:B.1zh}"), money<CNY>{1}), tradestat::error);
}

TEST_CASE("fmt: the common spec [.N][en|zh] works for money as for every value") {
  CHECK(fmt::format("{:.2}", money<CNY>{5}) == "CNY 5.00");
  CHECK(fmt::format("{:zh}", money<CNY>{16'536'067'327}) == "CNY 16536067327");
  CHECK(fmt::format("{:n.1zh}", money<USD, minor_unit>{12'345}) == "123.5美元");
}

TEST_CASE("fmt: exchange rates print as to_string does") {
  const exchange_rate<USD, CNY> r("7.1586", month{2025, 3}, rate_kind::customs_monthly);
  CHECK(fmt::format("{}", r) == "7.1586 CNY per USD (customs monthly rate, 2025-03)");
  CHECK(fmt::format("{:.2zh}", r) == "7.16 CNY/USD（海关月度折算率，2025-03）");
}

TEST_CASE("fmt: quotients and rate kinds print as to_string does") {
  CHECK(fmt::format("{}", quotient(6737, 52037)) == "6737/52037");
  CHECK(fmt::format("{:.4}", quotient(6737, 52037)) == "0.1295");
  CHECK(fmt::format("{} / {:zh}", rate_kind::spot, rate_kind::spot) == "spot rate / 即期汇率");
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:c}"), quotient(1, 2)), fmt::format_error);
}
