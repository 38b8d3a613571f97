#include <tradestat/calendar/series.hpp>
#include <tradestat/report/line_chart.hpp>

#include <string>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::has;

TEST_CASE("line chart: points are evenly spaced and as high as their amounts") {
  const series<year, money<CNY, yi>> totals{{year{2023}, money<CNY, yi>{3573}},
                                            {year{2024}, money<CNY, yi>{4340}},
                                            {year{2025}, money<CNY, yi>{5204}}};
  const std::string svg = line_chart_svg(totals, {"Total trade", "进出口总值"}, {.title = "Trade"});
  // Axis: 5204 needs steps of 2000 (1000 takes 6), top 6000. The plot is 260 px high from y = 330;
  // 2025 is 26000 * 5204 / 6000 = 22550.67 -> 22551 hundredths up: cy = 330 - 225.51 = 104.49.
  // x: 80 + 20 = 100 to 700 - 20 = 680, so 2024 is at 390.
  CHECK(has(svg, "<circle class=\"point\" data-period=\"2025\" data-value=\"5204\" cx=\"680\" cy=\"104.49\""));
  CHECK(has(svg, "data-period=\"2024\" data-value=\"4340\" cx=\"390\""));
  CHECK(has(svg, ">6000</text>"));
  CHECK(has(svg, ">Total trade</text>"));
  const std::string zh = line_chart_svg(totals, {"Total trade", "进出口总值"}, {.lang = language::zh});
  CHECK(has(zh, ">进出口总值</text>"));
  CHECK(has(zh, ">2025年</text>"));
}

TEST_CASE("line chart: a series with a gap is refused, naming the missing period") {
  const series<year, money<CNY>> gappy{{year{2016}, money<CNY>{1}}, {year{2018}, money<CNY>{2}}};
  CHECK_THROWS_WITH(line_chart_svg(gappy, {"X", "X"}), test::contains("lacks 2017"));
  const series<year, money<CNY>> none;
  CHECK_THROWS_WITH(line_chart_svg(none, {"X", "X"}), test::contains("at least one period"));
}

TEST_CASE("line chart: many periods get at most twelve labels, always the first and the last") {
  series<month, money<CNY>> monthly;
  for (int m = 1; m <= 12; ++m) monthly.append(month{2024, m}, money<CNY>{m});
  for (int m = 1; m <= 12; ++m) monthly.append(month{2025, m}, money<CNY>{m});
  const std::string svg = line_chart_svg(monthly, {"Exports", "出口"}, {.value_precision = -1});
  std::size_t labels = 0;
  for (std::size_t at = svg.find("class=\"period-label\""); at != std::string::npos;
       at = svg.find("class=\"period-label\"", at + 1))
    ++labels;
  CHECK(labels == 12);  // every second of 24 months
  CHECK_FALSE(has(svg, "class=\"value-label\""));
  const series<year, money<CNY>> one{{year{2025}, money<CNY>{7}}};
  CHECK(has(line_chart_svg(one, {"X", "X"}), "cx=\"390\""));  // a single point in the middle
}
