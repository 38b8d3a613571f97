#include <tradestat/units/fmt.hpp>

#include <string>

#include <fmt/format.h>

#include "catch.hpp"

using namespace tradestat;

namespace {
const money<CNY, scale<7>> total_2025{52037};  // 5203.7亿元
}

TEST_CASE("fmt: money prints with a language, a style, decimals and a scale word") {
  CHECK(fmt::format("{:n.1B}", total_2025) == "520.4 billion yuan");
  CHECK(fmt::format("{:c.1B}", money<USD, yi>{747}) == "USD 74.7 billion");
  CHECK(fmt::format("{:s.1B}", money<USD, yi>{747}) == "$74.7 billion");
  CHECK(fmt::format("{:zhn.1y}", total_2025) == "5203.7亿元");
  CHECK(fmt::format("{:zhn.2W}", money<CNY, yi>{17100}) == "1.71万亿元");
  CHECK(fmt::format("{:enn}", money<CNY>{16'536'067'327}) == "16,536,067,327 yuan");
}

TEST_CASE("fmt: an empty spec is the exact stream form") {
  CHECK(fmt::format("{}", money<USD, minor_unit>{12'345}) == "USD 123.45");
  CHECK(fmt::format("{} and {}", money<CNY>{1}, money<USD>{2}) == "CNY 1 and USD 2");
}

TEST_CASE("fmt: a precision rounds half up, as Chinese releases do") {
  CHECK(fmt::format("{:n.0B}", money<CNY, scale<7>>{5205}) == "52 billion yuan");
  CHECK(fmt::format("{:zhn.0y}", money<CNY, scale<7>>{52035}) == "5204亿元");
  CHECK(fmt::format("{:zhn.0y}", money<CNY, scale<7>>{-52035}) == "-5204亿元");
}

TEST_CASE("fmt: a bad spec is reported") {
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:q}"), money<CNY>{1}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:zx}"), money<CNY>{1}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.}"), money<CNY>{1}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:y}"), money<CNY>{1}), std::invalid_argument);
}
