// Pipelines over records: select with where, total with sum, group with sum_by, rank with top,
// lay out by period with pivot_by, do several in one pass with aggregate, and use every core with
// in_parallel. The rows are invented; a real file is read the same way, with read_canonical(path).
#include <tradestat/analysis/aggregate.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/parallel.hpp>
#include <tradestat/analysis/pivot.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/top.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/data/canonical_csv.hpp>

#include <iostream>
#include <string>

int main() {
  using namespace tradestat;
  const std::string text =
      "period,flow,partner,hs,hs_version,value_cny\n"
      "2024-03,export,iso2:KZ,850760,H6,1200\n"
      "2024-03,export,iso2:UZ,080231,H6,300\n"
      "2024-09,import,iso2:KZ,270900,H6,800\n"
      "2025-03,export,iso2:KZ,850760,H6,1500\n"
      "2025-04,export,iso2:UZ,080231,H6,450\n"
      "2025-04,export,iso2:KG,610910,H6,\n"  // no value: counted, never taken as zero
      "2025-06,export,iso2:RU,870380,H6,2000\n"
      "2025-07,import,iso2:RU,270900,H6,900\n";
  const auto file = [&] { return byte_source::from_memory(text, "trade.csv"); };

  // A reader is a view: filter it and total it in one expression (a single pass).
  const money<CNY> exports_2025 =
      read_canonical(file()) | where(year{2025}) | where(trade_flow::exports) | where(has(&record::value_cny)) |
      sum(&record::value_cny);
  std::cout << "exports 2025: " << exports_2025.count() << " yuan\n";

  // A record without the value is counted, and the total says so instead of treating it as zero.
  const summed<money<CNY>> all_2025 = read_canonical(file()) | where(year{2025}) | sum(&record::value_cny);
  std::cout << "2025: " << all_2025.present_total().count() << " yuan from " << all_2025.records()
            << " records, " << all_2025.absent() << " without a value\n";

  // Several results from one reading of the file: totals by year and flow, and exports by partner.
  auto [by_year_flow, by_partner_2025] =
      aggregate(read_canonical(file()), sum_by(by(by_year, by_flow), &record::value_cny),
                sum_by(by(by_partner, by_year), &record::value_cny));
  for (const auto& row : by_year_flow.rows())
    std::cout << to_string(std::get<0>(row.key)) << ' ' << to_string(std::get<1>(row.key)) << ": "
              << row.value.present_total().count() << '\n';
  std::cout << "total, every record once: " << by_year_flow.whole().present_total().count() << '\n';

  // The largest export partners of 2025.
  for (const auto& row : read_canonical(file()) | where(year{2025}) | where(trade_flow::exports) |
                             sum_by(by_partner, &record::value_cny) | top(2))
    std::cout << "top: " << row.key << ' ' << row.value.present_total().count() << '\n';

  // Partners by year, from the table made above, as a grid.
  const auto grid = pivot(by_partner_2025);
  for (const country& c : grid.rows()) {
    std::cout << c;
    for (const year& y : grid.columns()) std::cout << ' ' << to_string(y) << '=' << grid.at(c, y).present_total().count();
    std::cout << '\n';
  }

  // Overlapping groups: Kazakhstan is in both, so the rows do not add up (rows_total() does not
  // compile for this table); whole() counts every record once.
  const auto by_groups = read_canonical(file()) | where(year{2025}) |
                         sum_by(by_group({groups::central_asia(), groups::sco()}), &record::value_cny);
  std::cout << "Central Asia: " << by_groups[groups::central_asia()].present_total().count()
            << ", SCO: " << by_groups[groups::sco()].present_total().count()
            << ", all partners: " << by_groups.whole().present_total().count() << '\n';

  // One file read by two threads: each reads its byte range, and the partial tables merge into the
  // table of the whole file.
  auto parts = read_canonical_parts(file(), 2);
  const auto by_flow_2 = in_parallel(parts) | sum_by(by_flow, &record::value_cny);
  std::cout << "exports, two threads: " << by_flow_2[trade_flow::exports].present_total().count() << '\n';
}
