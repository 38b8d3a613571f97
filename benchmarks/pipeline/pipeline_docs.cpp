// The end-to-end job written with tradestat's public API as its documentation teaches it: read the
// canonical CSV in two byte-range parts with a projection (only the four fields the job uses), run
// every aggregation in one pass over both parts on two threads, then take the answers from the
// tables: totals by year and flow, the top 10 partners of 2025 exports, and each partner's export
// growth 2025 over 2024. Prints them in the form of answers.hpp.
//
//   tradestat_pipeline_docs FILE.csv [--threads N]
//
// Built a second time as tradestat_pipeline_docs_dense_year with PIPELINE_DENSE_YEAR defined: the
// same program with a user-defined dense key for the year (a flat array over 2000..2099) in place
// of by_year (whose tables are flat arrays over the years met, windowed). It is not what the docs
// teach: it checks that the library's period key costs no more than a hand-written dense one.
#include <tradestat/analysis/aggregate.hpp>
#include <tradestat/analysis/comparison_row.hpp>
#include <tradestat/analysis/keys.hpp>
#include <tradestat/analysis/parallel.hpp>
#include <tradestat/analysis/pivot.hpp>
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/data/canonical_csv.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

using namespace tradestat;

namespace {

#ifdef PIPELINE_DENSE_YEAR
struct dense_year_key {  // analysis/keys.hpp's dense_key concept, for years 2000..2099
  using key_type = year;
  constexpr std::size_t dense_size() const noexcept { return 100; }
  constexpr std::size_t index_of(const record& r) const noexcept { return index(year_of(r)); }
  constexpr std::size_t index(year y) const noexcept {
    const int i = y.year_number() - 2000;
    return i >= 0 && i < 100 ? static_cast<std::size_t>(i) : no_key;
  }
  constexpr year key_at(std::size_t i) const { return year{static_cast<int>(i) + 2000}; }
};
constexpr dense_year_key the_year{};
#else
constexpr const auto& the_year = by_year;
#endif

int gacc_number(country c) { return c.code<code_scheme::gacc>()->value(); }

}  // namespace

int main(int argc, char** argv) try {
  std::size_t threads = 2;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--threads" && i + 1 < argc)
      threads = std::strtoul(argv[++i], nullptr, 10);
    else
      path = argv[i];
  }
  if (path == nullptr || threads == 0) {
    std::fprintf(stderr, "usage: %s FILE.csv [--threads N]\n", argv[0]);
    return 2;
  }

  // Read only what the job needs, in one byte range per thread.
  const read_options options{.mode = read_mode::strict,
                             .fields = {record_field::period, record_field::flow, record_field::partner,
                                        record_field::value_cny}};
  auto parts = read_canonical_parts(path, threads, options);

  // One pass: totals by year and flow, and a grid of (partner, flow) by year.
  const auto [totals, grid] = aggregate(in_parallel(parts), sum_by(by(the_year, by_flow), &record::value_cny),
                                        pivot_by(by(by_partner, by_flow), the_year, &record::value_cny));

  for (const auto& row : totals.rows()) {
    const auto& [y, flow] = row.key;
    if (flow != trade_flow::exports && flow != trade_flow::imports) continue;
    std::printf("total %d %s %lld\n", y.year_number(), flow == trade_flow::exports ? "export" : "import",
                static_cast<long long>(row.value.value().count()));
  }

  // Exports by partner in 2025 and 2024, from the grid.
  struct partner_exports {
    country partner;
    money<CNY> current, prior;
  };
  std::vector<partner_exports> exports;
  for (const auto& key : grid.rows()) {
    const auto& [partner, flow] = key;
    if (flow != trade_flow::exports) continue;
    exports.push_back({partner, grid.at(key, year{2025}).value(), grid.at(key, year{2024}).value()});
  }
  std::sort(exports.begin(), exports.end(),
            [](const partner_exports& a, const partner_exports& b) { return gacc_number(a.partner) < gacc_number(b.partner); });

  std::vector<partner_exports> ranked = exports;
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const partner_exports& a, const partner_exports& b) { return a.current > b.current; });
  for (std::size_t i = 0; i < ranked.size() && i < 10; ++i)
    std::printf("top %zu gacc:%03d %lld\n", i + 1, gacc_number(ranked[i].partner),
                static_cast<long long>(ranked[i].current.count()));

  money<CNY> total_current{}, total_prior{};
  for (const auto& e : exports) total_current += e.current, total_prior += e.prior;
  for (const auto& e : exports) {
    const auto row = comparison_row_of(e.current, e.prior, total_current, total_prior);
    std::printf("growth gacc:%03d %lld %lld %s\n", gacc_number(e.partner), static_cast<long long>(e.current.count()),
                static_cast<long long>(e.prior.count()), to_string(row.growth).c_str());
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "tradestat_pipeline_docs: %s\n", e.what());
  return 1;
}
