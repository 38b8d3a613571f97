#include <tradestat/analysis/ratio_format.hpp>

#include <sstream>
#include <string>

#include "catch.hpp"

using namespace tradestat;

namespace {
using tenth_yi = scale<7>;  // 0.1亿元
}  // namespace

TEST_CASE("ratio format: shares and growth rates print as percentages in English") {
  CHECK(to_string(share_of(money<CNY, tenth_yi>{6737}, money<CNY, tenth_yi>{52037})) ==
        "12.9 %");  // 12.9466... %
  CHECK(percent_words(growth(money<CNY, tenth_yi>{43405}, money<CNY, tenth_yi>{52037})) ==
        "19.9 percent");  // 19.887... %
  CHECK(to_string(growth{quotient(-89, 1000)}) == "-8.9 %");
  CHECK(to_string(contribution_rate{quotient(9215, 8632)}, {.precision = 2}) == "106.75 %");  // 106.7539...
  CHECK(to_string(share{quotient(1, 3)}, {.precision = 0}) == "33 %");
  CHECK(to_string(share{quotient(1, 3)}, {.precision = 3}) == "33.333 %");
}

TEST_CASE("ratio format: growth reads as up or down with its size") {
  CHECK(change_text(growth(money<CNY, tenth_yi>{43405}, money<CNY, tenth_yi>{52037})) == "up 19.9 %");
  CHECK(change_text(growth(money<CNY, tenth_yi>{6546}, money<CNY, tenth_yi>{5963})) ==
        "down 8.9 %");                                             // -8.906... %
  CHECK(change_text(growth{quotient(-4, 10000)}) == "unchanged");  // -0.04 % prints as 0.0
  CHECK(change_text(growth{quotient(1, 4)}, {.precision = 0}) == "up 25 %");
}

TEST_CASE("ratio format: percentage points and contributions print in points") {
  CHECK(to_string(share{quotient(129, 1000)} - share{quotient(81, 1000)}) == "4.8 percentage points");
  CHECK(to_string(contribution{quotient(-583, 43405)}) == "-1.3 percentage points");  // -1.343...
  CHECK(to_string(percentage_points{quotient(1, 100)}, {.precision = 0}) == "1 percentage point");
  CHECK(to_string(percentage_points{quotient(1, 100)}, {.precision = 1}) == "1.0 percentage points");
}

TEST_CASE("ratio format: exact halves round up, where binary floating point would round down") {
  // 1.45 % is 0.0145; as a double 1.45 is 1.44999..., which prints 1.4.
  CHECK(to_string(share{quotient(29, 2000)}) == "1.5 %");
  CHECK(to_string(share{quotient(1295, 10000)}) == "13.0 %");
  CHECK(to_string(share{quotient(129'499'999, 1'000'000'000)}) == "12.9 %");
  CHECK(change_text(growth{quotient(-1295, 10000)}) == "down 13.0 %");  // half away from zero (四舍五入)
  CHECK(to_string(growth{quotient(-29, 2000)}) == "-1.5 %");
  CHECK(to_string(share{quotient(1, 200)}, {.precision = 0}) == "1 %");  // 0.5 % at no decimals
}

TEST_CASE("ratio format: indices print on a base of one hundred") {
  CHECK(to_string(tradestat::index(money<CNY>{80}, money<CNY>{100})) == "125.0");
  CHECK(to_string(tradestat::index{}, {.precision = 0}) == "100");
}

TEST_CASE("ratio format: a CAGR prints when both ends of its bracket print alike") {
  CHECK(to_string(cagr(money<CNY>{100}, money<CNY>{121}, 2)) == "10.0 %");
  CHECK(to_string(cagr(money<CNY, scale<7>>{16409}, money<CNY, scale<7>>{52037}, 6), {.precision = 2}) == "21.21 %");
  // Bounds straddling a half: the rate cannot be printed at this precision.
  const cagr_bounds straddle{growth{quotient(12'949'999, 100'000'000)},
                             growth{quotient(12'950'001, 100'000'000)}};
  CHECK_THROWS_WITH(to_string(straddle, {.precision = 1}), test::contains("12.9 % or 13.0 %"));
}

TEST_CASE("ratio format: Chinese wording for growth and percentage points") {
  CHECK(year_on_year_text(growth(money<CNY, tenth_yi>{43405}, money<CNY, tenth_yi>{52037}), {language::zh}) ==
        "同比增长19.9%");
  CHECK(year_on_year_text(growth{quotient(-89, 1000)}, {language::zh}) == "同比下降8.9%");
  CHECK(change_text(growth{quotient(983, 1000)}, {language::zh}) == "增长98.3%");
  CHECK(change_text(growth{}, {language::zh}) == "持平");
  CHECK(points_change_text(share{quotient(129, 1000)} - share{quotient(81, 1000)}, {language::zh}) == "提高4.8个百分点");
  CHECK(points_change_text(percentage_points{quotient(-13, 1000)}, {language::zh}) == "下降1.3个百分点");
  CHECK(to_string(share{quotient(6737, 52037)}, {language::zh}) == "12.9%");
}

TEST_CASE("ratio format: precision -1 is the kind's default and more than 18 digits is refused") {
  CHECK(to_string(share{quotient(1, 3)}, {.precision = -1}) == "33.3 %");
  CHECK(to_string(share{quotient(1, 3)}, {.precision = 13}) == "33.3333333333333 %");
  CHECK_THROWS_AS(to_string(share{quotient(1, 3)}, {.precision = 19}), tradestat::error);
}

TEST_CASE("ratio format: every kind prints in Chinese typography on request") {
  CHECK(to_string(growth(money<CNY>{100}, money<CNY>{125}), {language::zh}) == "25.0%");
  CHECK(to_string(contribution_rate{quotient(1, 2)}, {language::zh, 0}) == "50%");
  CHECK(to_string(percentage_points{quotient(48, 1000)}, {language::zh}) == "4.8个百分点");
  CHECK(to_string(contribution{quotient(-583, 43405)}, {language::zh}) == "-1.3个百分点");
  CHECK(to_string(tradestat::index{quotient(6, 5)}, {language::zh}) == "120.0");
  CHECK(percent_words(share{quotient(199, 1000)}, {language::zh}) == "百分之19.9");
}

TEST_CASE("ratio format: English sentence wording takes the same text_format") {
  CHECK(year_on_year_text(growth{quotient(199, 1000)}) == "up 19.9 % year on year");
  CHECK(year_on_year_text(growth{}, {language::en, 0}) == "unchanged year on year");
  CHECK(points_change_text(percentage_points{quotient(48, 1000)}) == "up 4.8 percentage points");
  CHECK(points_change_text(percentage_points{quotient(-1, 100)}, {.precision = 0}) == "down 1 percentage point");
  CHECK(points_change_text(contribution{quotient(1, 10000)}) == "unchanged");
}

TEST_CASE("ratio format: the stream operator prints to_string, for every kind") {
  std::ostringstream os;
  os << growth(money<CNY>{100}, money<CNY>{125}) << " | " << share{quotient(6737, 52037)} << " | "
     << percentage_points{quotient(48, 1000)} << " | " << contribution{quotient(1, 10)} << " | "
     << contribution_rate{quotient(1, 2)} << " | " << tradestat::index{quotient(5, 4)} << " | "
     << cagr(money<CNY>{100}, money<CNY>{121}, 2);
  CHECK(os.str() == "25.0 % | 12.9 % | 4.8 percentage points | 10.0 percentage points | 50.0 % | 125.0 | 10.0 %");
}
