// Rolling a monthly series up to years with rollup<year> against hand-written loops over the same
// values, in a plain vector of values and in a vector laid out as a series' entries. The question is
// what the checks cost (every month present, grouping by the enclosing year); the figures are
// reported as measured.
#include <tradestat/calendar/rollup.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include <benchmark/benchmark.h>

namespace {

constexpr int first_year = 1000;
constexpr int years = 8000;  // 96,000 months: 1000-01 to 8999-12

std::vector<long> raw_values() {
  std::vector<long> v(static_cast<std::size_t>(years) * 12);
  std::uint64_t x = 12345;
  for (auto& e : v) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    e = static_cast<long>(x >> 34);
  }
  return v;
}

void rollup_by_hand(benchmark::State& state) {
  const std::vector<long> monthly = raw_values();
  for (auto _ : state) {
    std::vector<long> yearly;
    yearly.reserve(static_cast<std::size_t>(years));
    for (std::size_t i = 0; i < monthly.size(); i += 12) {
      long total = 0;
      for (std::size_t k = 0; k < 12; ++k) total += monthly[i + k];
      yearly.push_back(total);
    }
    benchmark::DoNotOptimize(yearly.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * years * 12);
}

// The same loop over entries laid out as a series holds them: {month, value}, 16 bytes each.
void rollup_by_hand_same_layout(benchmark::State& state) {
  struct entry {
    int month_index;
    long value;
  };
  const std::vector<long> raw = raw_values();
  std::vector<entry> monthly;
  monthly.reserve(raw.size());
  int index = first_year * 12;
  for (const long v : raw) monthly.push_back(entry{index++, v});
  for (auto _ : state) {
    std::vector<entry> yearly;
    yearly.reserve(static_cast<std::size_t>(years));
    for (std::size_t i = 0; i < monthly.size(); i += 12) {
      long total = 0;
      for (std::size_t k = 0; k < 12; ++k) total += monthly[i + k].value;
      yearly.push_back(entry{monthly[i].month_index / 12, total});
    }
    benchmark::DoNotOptimize(yearly.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * years * 12);
}

void rollup_series(benchmark::State& state) {
  const std::vector<long> raw = raw_values();
  tradestat::series<tradestat::month, long> monthly;
  tradestat::month m{first_year, 1};
  for (const long v : raw) {
    monthly.insert(m, v);
    m += tradestat::month_count{1};
  }
  for (auto _ : state) {
    auto yearly = tradestat::rollup<tradestat::year>(monthly);
    benchmark::DoNotOptimize(yearly.front());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * years * 12);
}

}  // namespace

BENCHMARK(rollup_by_hand);
BENCHMARK(rollup_by_hand_same_layout);
BENCHMARK(rollup_series);
BENCHMARK_MAIN();
