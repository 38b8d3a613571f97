// Pipelines over 10 million in-memory records (issue 11's in-memory benchmark): each library
// pipeline against a hand-written loop over the same std::vector<record>, computing the same thing,
// in the same run. Target: library / hand <= 1.05.
//
//   sum       value_cny of the exports of 2025
//   sum_by    the same, by partner (hand: a flat array indexed by the country's dense index)
//   compare   exports 2025 vs 2024 by partner group (ASEAN, Central Asia, EU, Belt and Road, on the
//             comparable basis of 2025-12-31): value, prior, growth, share, share change and
//             contribution per group, and a totals row (hand: a membership bit mask per country)
//
//   tradestat_bench_pipeline_records [--rows N] [benchmark flags]
//
// benchmarks/run_pipeline_benchmark.py runs it with interleaved repetitions and prints the ratios.
// Before timing, every library result is checked against its hand-written twin.
#include "pipeline/synthetic_records.hpp"

#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/keys.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/data/record.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <variant>
#include <vector>

#include <benchmark/benchmark.h>

namespace {

using tradestat::record;
using tradestat::trade_flow;

std::size_t row_count = bench::default_rows;

const std::vector<record>& records() {
  static const std::vector<record> r = bench::make_records(row_count);
  return r;
}

int year_of_period(const tradestat::record_period& p) {
  if (const auto* m = std::get_if<tradestat::month>(&p)) return m->year_number();
  return std::get<tradestat::year>(p).year_number();
}

// Every country's dense index, country::none() (one past the table) included.
constexpr std::size_t country_slots = tradestat::country::none().index() + 1;

// ---- the hand-written side -------------------------------------------------------------------------

std::int64_t hand_sum(const std::vector<record>& rs) {
  std::int64_t total = 0;
  for (const record& r : rs)
    if (r.flow == trade_flow::exports && r.value_cny && year_of_period(r.period) == 2025) total += r.value_cny->count();
  return total;
}

std::array<std::int64_t, country_slots> hand_sum_by(const std::vector<record>& rs) {
  std::array<std::int64_t, country_slots> t{};
  for (const record& r : rs)
    if (r.flow == trade_flow::exports && r.value_cny && r.partner && year_of_period(r.period) == 2025)
      t[r.partner->country.index()] += r.value_cny->count();
  return t;
}

constexpr std::size_t group_count = 4;
const std::array<const tradestat::country_group*, group_count>& compared_groups() {
  static const std::array<const tradestat::country_group*, group_count> g{
      &tradestat::groups::asean(), &tradestat::groups::central_asia(), &tradestat::groups::eu(),
      &tradestat::groups::belt_and_road()};
  return g;
}

// Bit g is set when the country is in group g on 2025-12-31 (the comparable basis: the same
// members counted in both years).
std::array<std::uint8_t, country_slots> group_masks() {
  using namespace std::chrono;
  constexpr year_month_day basis = 2025y / December / 31;
  std::array<std::uint8_t, country_slots> m{};
  for (std::size_t g = 0; g < group_count; ++g)
    for (tradestat::country c : compared_groups()[g]->members(basis))
      m[c.index()] = static_cast<std::uint8_t>(m[c.index()] | (1U << g));
  return m;
}

struct hand_row {
  std::int64_t current = 0, prior = 0;
  double growth = 0, share = 0, share_change_pp = 0, contribution_pp = 0;
};
struct hand_table {
  std::array<hand_row, group_count> rows;
  hand_row total;
};

hand_table hand_compare(const std::vector<record>& rs, const std::array<std::uint8_t, country_slots>& masks) {
  std::array<std::int64_t, group_count> cur{}, prior{};
  std::int64_t total_cur = 0, total_prior = 0;
  for (const record& r : rs) {
    if (r.flow != trade_flow::exports || !r.value_cny) continue;
    const int y = year_of_period(r.period);
    if (y != 2025 && y != 2024) continue;
    const std::int64_t v = r.value_cny->count();
    const unsigned mask = r.partner ? masks[r.partner->country.index()] : 0U;
    auto& side = y == 2025 ? cur : prior;
    (y == 2025 ? total_cur : total_prior) += v;
    for (std::size_t g = 0; g < group_count; ++g)
      if (mask & (1U << g)) side[g] += v;
  }
  hand_table t;
  auto fill = [&](hand_row& row, std::int64_t c, std::int64_t p) {
    row.current = c;
    row.prior = p;
    row.growth = p == 0 ? 0.0 : static_cast<double>(c - p) / static_cast<double>(p);
    row.share = static_cast<double>(c) / static_cast<double>(total_cur);
    row.share_change_pp = 100.0 * (row.share - static_cast<double>(p) / static_cast<double>(total_prior));
    row.contribution_pp = 100.0 * static_cast<double>(c - p) / static_cast<double>(total_prior);
  };
  for (std::size_t g = 0; g < group_count; ++g) fill(t.rows[g], cur[g], prior[g]);
  fill(t.total, total_cur, total_prior);
  return t;
}

// ---- the library side, as the docs write it ------------------------------------------------------

auto library_sum(const std::vector<record>& rs) {
  using namespace tradestat;
  return rs | where(year{2025}) | where(trade_flow::exports) | sum(&record::value_cny);
}

auto library_sum_by(const std::vector<record>& rs) {
  using namespace tradestat;
  return rs | where(year{2025}) | where(trade_flow::exports) | sum_by(by_partner, &record::value_cny);
}

auto library_compare(const std::vector<record>& rs) {
  using namespace tradestat;
  return compare<CNY>(rs, year{2025}, year{2024},
                      {groups::asean(), groups::central_asia(), groups::eu(), groups::belt_and_road()},
                      {.measure = trade_measure::exports});
}

// Every library result equals its hand-written twin, or the benchmark does not run.
bool check_against_hand() {
  const auto& rs = records();
  bool ok = true;
  auto expect = [&](bool c, const char* what) {
    if (!c) std::fprintf(stderr, "pipeline_records: library and hand-written %s differ\n", what);
    ok = ok && c;
  };
  expect(library_sum(rs).value().count() == hand_sum(rs), "sum");
  const auto table = library_sum_by(rs);
  const auto hand = hand_sum_by(rs);
  bool same = true;
  for (std::size_t i = 0; i + 1 < country_slots; ++i)
    same = same && table[tradestat::country::from_index(i)].present_total().count() == hand[i];
  expect(same, "sum_by");
  const auto cmp = library_compare(rs);
  const auto h = hand_compare(rs, group_masks());
  same = cmp.total().current.count() == h.total.current && cmp.total().prior.count() == h.total.prior;
  for (std::size_t g = 0; g < group_count; ++g) {
    const auto& row = cmp[*compared_groups()[g]];
    same = same && row.current.count() == h.rows[g].current && row.prior.count() == h.rows[g].prior;
  }
  expect(same, "compare");
  return ok;
}

// ---- benchmarks ------------------------------------------------------------------------------------

void set_items(benchmark::State& state) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(records().size()));
}

void sum_hand(benchmark::State& state) {
  const auto& rs = records();
  for (auto _ : state) benchmark::DoNotOptimize(hand_sum(rs));
  set_items(state);
}

void sum_by_partner_hand(benchmark::State& state) {
  const auto& rs = records();
  for (auto _ : state) {
    auto t = hand_sum_by(rs);
    benchmark::DoNotOptimize(t.data());
  }
  set_items(state);
}

void compare_groups_hand(benchmark::State& state) {
  const auto& rs = records();
  const auto masks = group_masks();
  for (auto _ : state) {
    auto t = hand_compare(rs, masks);
    benchmark::DoNotOptimize(&t);
  }
  set_items(state);
}

void sum_library(benchmark::State& state) {
  const auto& rs = records();
  for (auto _ : state) benchmark::DoNotOptimize(library_sum(rs));
  set_items(state);
}

void sum_by_partner_library(benchmark::State& state) {
  const auto& rs = records();
  for (auto _ : state) {
    auto t = library_sum_by(rs);
    benchmark::DoNotOptimize(&t);
  }
  set_items(state);
}

void compare_groups_library(benchmark::State& state) {
  const auto& rs = records();
  for (auto _ : state) {
    auto t = library_compare(rs);
    benchmark::DoNotOptimize(&t);
  }
  set_items(state);
}

}  // namespace

BENCHMARK(sum_hand)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_library)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_by_partner_hand)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_by_partner_library)->Unit(benchmark::kMillisecond);
BENCHMARK(compare_groups_hand)->Unit(benchmark::kMillisecond);
BENCHMARK(compare_groups_library)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]) == "--rows" && i + 1 < argc) row_count = std::strtoull(argv[++i], nullptr, 10);
  records();  // build the data before any timing
  if (!check_against_hand()) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
