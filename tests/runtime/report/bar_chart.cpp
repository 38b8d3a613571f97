#include <tradestat/analysis/compare.hpp>
#include <tradestat/report/bar_chart.hpp>

#include <string>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::has;

namespace {
using amount = money<CNY, scale<7>>;  // 0.1亿元
using group_table = comparison_table<std::string, amount, year, rows_are::overlapping>;

group_table partner_groups() {
  group_table t(year{2025}, year{2024}, amount{52037}, amount{43405});
  t.add("Central Asia", amount{27669}, amount{24120});
  t.add("ASEAN & <friends>", amount{6737}, amount{3397});
  return t;
}

}  // namespace

TEST_CASE("bar chart: bars are proportional to the amounts on an axis at round values") {
  const std::string svg = bar_chart_svg(partner_groups());
  // The plot is 420 - 90 - 70 = 260 px high. The largest amount, 27669 (0.1亿元), needs 6 steps of
  // 5000 but 3 of 10000, so the axis tops at 30000 (3000亿元), and ASEAN's 6737 is
  // 26000 * 6737 / 30000 = 5838.73 hundredths of a pixel: 58.39 px.
  CHECK(has(svg, "data-key=\"ASEAN &amp; &lt;friends&gt;\" data-series=\"current\" data-period=\"2025\" "
                 "data-value=\"673.7\""));
  CHECK(has(svg, "height=\"58.39\""));
  CHECK(has(svg, ">3000</text>"));
  CHECK_FALSE(has(svg, ">4000</text>"));
  CHECK(has(svg, "<title>2025 compared with 2024</title>"));
  CHECK(has(svg, ">100 million yuan</text>"));
  CHECK(has(svg, "<text class=\"legend-label\" x=\"98\" y=\"390.5\">2024</text>"));
  CHECK(has(svg, "class=\"key-label\""));
  CHECK(has(svg, ">ASEAN &amp; &lt;friends&gt;</text>"));
  CHECK(bar_chart_svg(partner_groups()) == svg);  // the same bytes every time
}

TEST_CASE("bar chart: Chinese labels, periods and unit") {
  group_table t(year{2025}, year{2024}, amount{52037}, amount{43405});
  t.add("东盟", amount{6737}, amount{3397});
  const std::string svg = bar_chart_svg(t, {.lang = language::zh, .exponent = 8});
  CHECK(has(svg, "<title>2025年与2024年对比</title>"));
  CHECK(has(svg, ">东盟</text>"));
  CHECK(has(svg, ">亿元</text>"));
  CHECK(has(svg, "data-period=\"2024年\""));
}

TEST_CASE("bar chart: negative amounts and empty tables are refused with what to do") {
  comparison_table<std::string, amount, year> balance(year{2025}, year{2024}, amount{100}, amount{100});
  balance.add("Kazakhstan", amount{-50}, amount{20});
  CHECK_THROWS_WITH(bar_chart_svg(balance), test::contains("Kazakhstan (2025) is -5"));
  const group_table empty(year{2025}, year{2024}, amount{1}, amount{1});
  CHECK_THROWS_WITH(bar_chart_svg(empty), test::contains("at least one row"));
  CHECK_THROWS_WITH(bar_chart_svg(partner_groups(), {.width = 10}), test::contains("10 x 420"));
}
