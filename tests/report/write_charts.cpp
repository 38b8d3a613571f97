// Writes the SVG charts that check_svg.py parses (tests/report/CMakeLists.txt): bars of a
// comparison table of partner groups in English and in Chinese, and a line of yearly totals.
// The figures are illustrative, in 0.1亿元 (ASEAN's are Xinjiang's published 2025 and implied 2024
// figures); CMakeLists.txt gives check_svg.py the same figures, typed there by hand.
#include <tradestat/analysis/compare.hpp>
#include <tradestat/calendar/series.hpp>
#include <tradestat/report/bar_chart.hpp>
#include <tradestat/report/line_chart.hpp>

#include <fstream>
#include <iostream>
#include <string>

using namespace tradestat;

namespace {
using tenth_yi = scale<7>;
using amount = money<CNY, tenth_yi>;

bool write(const std::string& path, const std::string& svg) {
  std::ofstream out(path, std::ios::binary);
  out << svg;
  if (!out) std::cerr << "cannot write " << path << '\n';
  return static_cast<bool>(out);
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: tradestat_report_charts OUTPUT_DIRECTORY\n";
    return 2;
  }
  const std::string dir = argv[1];
  comparison_table<std::string, amount, year, rows_are::overlapping> groups(year{2025}, year{2024}, amount{52037},
                                                                            amount{43405});
  groups.add("Belt and Road partners", amount{45837}, amount{39962});
  groups.add("Central Asia", amount{27669}, amount{24120});
  groups.add("ASEAN", amount{6737}, amount{3397});
  groups.add("Africa & <Latin> \"America\"", amount{1500}, amount{1200});
  bool ok = write(dir + "/bars_en.svg", bar_chart_svg(groups, {.title = "Trade by partner group, 2025 & 2024"}));

  comparison_table<std::string, amount, year, rows_are::overlapping> zh_groups(year{2025}, year{2024}, amount{52037},
                                                                               amount{43405});
  zh_groups.add("中亚五国", amount{27669}, amount{24120});
  zh_groups.add("东盟", amount{6737}, amount{3397});
  ok = write(dir + "/bars_zh.svg",
        bar_chart_svg(zh_groups, {.title = "新疆对主要伙伴组别进出口", .lang = language::zh, .exponent = 8})) && ok;

  const series<year, amount> totals{{year{2016}, amount{11800}}, {year{2017}, amount{13980}},
                                    {year{2018}, amount{13020}}, {year{2019}, amount{16409}},
                                    {year{2020}, amount{14860}}, {year{2021}, amount{15690}},
                                    {year{2022}, amount{24491}}, {year{2023}, amount{35733}},
                                    {year{2024}, amount{43405}}, {year{2025}, amount{52037}}};
  ok = write(dir + "/line.svg", line_chart_svg(totals, {"Total trade", "进出口总值"},
                                               {.title = "Xinjiang's trade, 2016-2025", .exponent = 9})) && ok;
  if (!ok) return 1;
  std::cout << "wrote bars_en.svg, bars_zh.svg and line.svg in " << dir << '\n';
}
