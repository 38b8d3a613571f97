#include <tradestat/analysis/fmt.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("analysis fmt: every ratio kind formats as to_string prints it") {
  CHECK(fmt::format("{}", share_of(money<CNY>{1}, money<CNY>{4})) == "25.0 %");
  CHECK(fmt::format("{:zh}", share_of(money<CNY>{1}, money<CNY>{4})) == "25.0%");
  CHECK(fmt::format("{}", growth(money<CNY>{100}, money<CNY>{125})) == "25.0 %");
  CHECK(fmt::format("{:.2zh}", growth{quotient(1, 8)}) == "12.50%");
  CHECK(fmt::format("{:.0}", tradestat::index_number{quotient(5, 4)}) == "125");
  CHECK(fmt::format("{}", percentage_points{quotient(48, 1000)}) == "4.8 percentage points");
  CHECK(fmt::format("{:zh}", contribution{quotient(-583, 43405)}) == "-1.3个百分点");
  CHECK(fmt::format("{:.1en}", contribution_rate{quotient(1, 2)}) == "50.0 %");
  CHECK(fmt::format("{}", cagr(money<CNY>{100}, money<CNY>{121}, 2)) == "10.0 %");
}

TEST_CASE("analysis fmt: cells, HHI and RCA format as to_string prints them") {
  CHECK(fmt::format("{}", growth_cell{growth{quotient(1, 4)}}) == "25.0 %");
  CHECK(fmt::format("{:.2zh}", share_cell{share{quotient(1, 8)}}) == "12.50%");
  CHECK(fmt::format("{}", contribution_cell{}) == "no base");
  CHECK(fmt::format("{:zh}", points_cell{}) == "—");
  const hhi h = hhi_of(std::vector{money<CNY>{1}, money<CNY>{2}});  // 5/9: 5555.6 points
  CHECK(fmt::format("{}", h) == "5556");
  CHECK(fmt::format("{:.1}", h) == "5555.6");
  const rca r = revealed_comparative_advantage(money<USD>{186}, money<USD>{460}, money<USD>{9000}, money<USD>{24000});
  CHECK(fmt::format("{}", r) == "1.08");
  CHECK(fmt::format("{:.3}", r) == "1.078");
}

TEST_CASE("analysis fmt: published figures format as to_string prints them") {
  CHECK(fmt::format("{}", printed<CNY, billion>("520.4")) == "520.4 billion yuan");
  CHECK(fmt::format("{:zh}", printed<CNY, billion>("520.4")) == "5204亿元");
  CHECK(fmt::format("{:zh}", over(share{quotient(1, 2)})) == "超过50%");
  CHECK(fmt::format("{:.2}", printed_percent<growth>("19.9")) == "19.90 %");
}

TEST_CASE("analysis fmt: a spec outside [.N][en|zh] is a format error") {
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:fr}"), share{}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.}"), growth{}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:zh.1}"), growth{}), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:nB}"), share{}), fmt::format_error);  // money's extensions only
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:.19}"), printed_percent<growth>("1")), fmt::format_error);
}
