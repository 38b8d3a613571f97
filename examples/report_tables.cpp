// The report layer: a comparison table printed as Markdown and CSV, and the figures told as
// sentences in English and Chinese. Xinjiang's 2025 trade by flow, in 0.1亿元 (the figures of
// ../shared/reference/xinjiang-2025.md: exports 4607.4亿元, imports 596.3亿元; 2024 implied).
#include <tradestat/analysis/compare.hpp>
#include <tradestat/report/sentence.hpp>
#include <tradestat/report/table_of.hpp>

#include <iostream>
#include <string>

using namespace tradestat;

int main() {
  using amount = money<CNY, scale<7>>;  // 0.1亿元
  comparison_table<trade_flow, amount, year> flows(year{2025}, year{2024}, amount{52037}, amount{43405});
  flows.add(trade_flow::exports, amount{46074}, amount{36859});
  flows.add(trade_flow::imports, amount{5963}, amount{6546});

  const auto flow_name = [](trade_flow f, text_format t) {
    return name_of(f == trade_flow::exports ? subject{"Exports", "出口"} : subject{"Imports", "进口"}, t);
  };
  std::cout << to_markdown(table_of(flows, {.exponent = 8, .key_header = {"Flow", "流向"}}, flow_name)) << '\n';
  std::cout << to_csv(table_of(flows, {.lang = language::zh, .exponent = 8, .key_header = {"Flow", "流向"}},
                               flow_name))
            << '\n';

  const subject the_total{"the total", "进出口总值"};
  const auto& total = flows.total();
  const sentence headline = sentence{{"Total trade", "进出口"}}.amount(total.current).change(total.growth.value());
  std::cout << headline << '\n';
  for (const auto& [flow, row] : flows) {
    const sentence s = sentence{{flow_name(flow, {}), flow_name(flow, {.lang = language::zh})}}
                           .amount(row.current)
                           .change(row.growth.value())
                           .share(row.share.value(), the_total)
                           .share_change(row.share_change.value());
    std::cout << to_string(s) << '\n';
  }
  std::cout << to_string(headline, {.lang = language::zh}) << '\n';
  for (const auto& [flow, row] : flows) {
    const sentence s = sentence{{flow_name(flow, {}), flow_name(flow, {.lang = language::zh})}}
                           .amount(row.current)
                           .change(row.growth.value())
                           .share(row.share.value(), the_total)
                           .share_change(row.share_change.value());
    std::cout << to_string(s, {.lang = language::zh}) << '\n';
  }
}
