// Reading a canonical CSV as a view, with a projection, and in two byte ranges on two threads:
// the parts give the whole file's records and, merged, its report.
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/split.hpp>

#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <range/v3/view/filter.hpp>

using namespace tradestat;

int main() {
  const std::string text =
      "period,flow,partner,hs,hs_version,value_cny,value_usd\n"
      "2025-01,export,gacc:502,85423100,H6,100,14\n"
      "2025-01,import,gacc:502,85423100,H6,40,6\n"
      "2025-02,export,gacc:145,10063020,H6,25,3x\n"  // a bad value_usd cell
      "2025-02,export,gacc:502,85423100,H6,200,28\n";

  // A reader is a view: it pipes into range-v3 (and std) views as an rvalue.
  money<CNY> exports{};
  for (const record& r : read_canonical(byte_source::from_memory(text, "t.csv")) |
                             ranges::views::filter([](const record& r) { return r.flow == trade_flow::exports; }))
    exports += *r.value_cny;
  std::cout << "exports, every column read: " << exports.count() << " yuan\n";

  // A projection reads only the columns of the fields asked for: value_usd is not read, so its bad
  // cell rejects nothing.
  const read_options projected{.fields = {record_field::period, record_field::flow, record_field::partner,
                                          record_field::value_cny}};
  auto rows = read_canonical(byte_source::from_memory(text, "t.csv"), projected);
  money<CNY> projected_exports{};
  for (const record& r : rows)
    if (r.flow == trade_flow::exports) projected_exports += *r.value_cny;
  std::cout << "exports, four fields read: " << projected_exports.count() << " yuan; "
            << rows.report().summary() << '\n';

  // Two byte ranges covering the file once, one thread each.
  std::vector<canonical_reader> parts = read_canonical_parts(byte_source::from_memory(text, "t.csv"), 2, projected);
  std::vector<money<CNY>> sums(parts.size());
  std::vector<std::thread> threads;
  for (std::size_t k = 0; k < parts.size(); ++k)
    threads.emplace_back([&, k] {
      for (const record& r : parts[k]) sums[k] += *r.value_cny;
    });
  for (std::thread& t : threads) t.join();
  std::cout << "part sums: " << sums[0].count() << " + " << sums[1].count() << " = "
            << (sums[0] + sums[1]).count() << " yuan; " << merged_report(parts).summary() << '\n';
}
