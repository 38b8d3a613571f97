#include <tradestat/analysis/ratio_format.hpp>

#include <stdexcept>
#include <string>

#include "catch.hpp"

using namespace tradestat;

namespace {
using tenth_yi = scale<7>;  // 0.1亿元
}  // namespace

TEST_CASE("ratio format: shares and growth rates print as percentages in English") {
  CHECK(percent_text(share_of(money<CNY, tenth_yi>{6737}, money<CNY, tenth_yi>{52037})) ==
        "12.9 %");  // 12.9466... %
  CHECK(percent_words(growth(money<CNY, tenth_yi>{43405}, money<CNY, tenth_yi>{52037})) ==
        "19.9 percent");  // 19.887... %
  CHECK(percent_text(growth{quotient(-89, 1000)}) == "-8.9 %");
  CHECK(percent_text(contribution_rate{quotient(9215, 8632)}, 2) == "106.75 %");  // 106.7539...
  CHECK(percent_text(share{quotient(1, 3)}, 0) == "33 %");
  CHECK(percent_text(share{quotient(1, 3)}, 3) == "33.333 %");
}

TEST_CASE("ratio format: growth reads as up or down with its size") {
  CHECK(change_text(growth(money<CNY, tenth_yi>{43405}, money<CNY, tenth_yi>{52037})) == "up 19.9 %");
  CHECK(change_text(growth(money<CNY, tenth_yi>{6546}, money<CNY, tenth_yi>{5963})) ==
        "down 8.9 %");                                             // -8.906... %
  CHECK(change_text(growth{quotient(-4, 10000)}) == "unchanged");  // -0.04 % prints as 0.0
  CHECK(change_text(growth{quotient(1, 4)}, 0) == "up 25 %");
}

TEST_CASE("ratio format: percentage points and contributions print in points") {
  CHECK(points_text(share{quotient(129, 1000)} - share{quotient(81, 1000)}) == "4.8 percentage points");
  CHECK(points_text(contribution{quotient(-583, 43405)}) == "-1.3 percentage points");  // -1.343...
  CHECK(points_text(percentage_points{quotient(1, 100)}, 0) == "1 percentage point");
  CHECK(points_text(percentage_points{quotient(1, 100)}, 1) == "1.0 percentage points");
}

TEST_CASE("ratio format: exact halves round up, where binary floating point would round down") {
  // 1.45 % is 0.0145; as a double 1.45 is 1.44999..., which prints 1.4.
  CHECK(percent_text(share{quotient(29, 2000)}) == "1.5 %");
  CHECK(percent_text(share{quotient(1295, 10000)}) == "13.0 %");
  CHECK(percent_text(share{quotient(129'499'999, 1'000'000'000)}) == "12.9 %");
  CHECK(change_text(growth{quotient(-1295, 10000)}) == "down 13.0 %");  // half away from zero (四舍五入)
  CHECK(percent_text(growth{quotient(-29, 2000)}) == "-1.5 %");
  CHECK(percent_text(share{quotient(1, 200)}, 0) == "1 %");  // 0.5 % at no decimals
}

TEST_CASE("ratio format: indices print on a base of one hundred") {
  CHECK(index_text(tradestat::index(money<CNY>{80}, money<CNY>{100})) == "125.0");
  CHECK(index_text(index_number{}, 0) == "100");
}

TEST_CASE("ratio format: a CAGR prints when both ends of its bracket print alike") {
  CHECK(percent_text(cagr(money<CNY>{100}, money<CNY>{121}, 2)) == "10.0 %");
  CHECK(percent_text(cagr(money<CNY, scale<7>>{16409}, money<CNY, scale<7>>{52037}, 6), 2) == "21.21 %");
  // Bounds straddling a half: the rate cannot be printed at this precision.
  const cagr_bounds straddle{growth{quotient(12'949'999, 100'000'000)},
                             growth{quotient(12'950'001, 100'000'000)}};
  CHECK_THROWS_WITH(percent_text(straddle, 1), test::contains("12.9 % or 13.0 %"));
}

TEST_CASE("ratio format: Chinese wording for growth and percentage points") {
  CHECK(year_on_year_text_zh(growth(money<CNY, tenth_yi>{43405}, money<CNY, tenth_yi>{52037})) ==
        "同比增长19.9%");
  CHECK(year_on_year_text_zh(growth{quotient(-89, 1000)}) == "同比下降8.9%");
  CHECK(change_text_zh(growth{quotient(983, 1000)}) == "增长98.3%");
  CHECK(change_text_zh(growth{}) == "持平");
  CHECK(points_change_text_zh(share{quotient(129, 1000)} - share{quotient(81, 1000)}) == "提高4.8个百分点");
  CHECK(points_change_text_zh(percentage_points{quotient(-13, 1000)}) == "下降1.3个百分点");
  CHECK(percent_text_zh(share{quotient(6737, 52037)}) == "12.9%");
}

TEST_CASE("ratio format: an unreasonable precision is refused") {
  CHECK_THROWS_AS(percent_text(share{quotient(1, 3)}, -1), std::domain_error);
  CHECK_THROWS_AS(percent_text(share{quotient(1, 3)}, 13), std::domain_error);
}
