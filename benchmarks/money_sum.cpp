// Summing 10 million money<CNY> values against summing the same std::int64_t values.
// money's += checks every addition for overflow; exact_sum keeps 128-bit partial sums and checks
// once. The question is what exactness costs (target: ratio <= 1.05 against the plain loop).
#include <tradestat/units/exact_sum.hpp>
#include <tradestat/units/money.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include <benchmark/benchmark.h>

namespace {

constexpr std::size_t n = 10'000'000;

// Deterministic amounts between 0 and about 10^9 yuan (a linear congruential sequence).
std::vector<std::int64_t> raw_values() {
  std::vector<std::int64_t> v(n);
  std::uint64_t x = 12345;
  for (auto& e : v) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    e = static_cast<std::int64_t>(x >> 34);
  }
  return v;
}

void sum_int64(benchmark::State& state) {
  const std::vector<std::int64_t> values = raw_values();
  for (auto _ : state) {
    std::int64_t total = 0;
    for (const std::int64_t v : values) {
      total += v;
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
}

void sum_money(benchmark::State& state) {
  const std::vector<std::int64_t> raw = raw_values();
  std::vector<tradestat::money<tradestat::CNY>> values;
  values.reserve(n);
  for (const std::int64_t v : raw) {
    values.emplace_back(v);
  }
  for (auto _ : state) {
    tradestat::money<tradestat::CNY> total{};
    for (const auto& v : values) {
      total += v;
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
}

void exact_sum_money(benchmark::State& state) {
  const std::vector<std::int64_t> raw = raw_values();
  std::vector<tradestat::money<tradestat::CNY>> values;
  values.reserve(n);
  for (const std::int64_t v : raw) {
    values.emplace_back(v);
  }
  for (auto _ : state) {
    const auto total = tradestat::exact_sum(values);
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
}

}  // namespace

BENCHMARK(sum_int64)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_money)->Unit(benchmark::kMillisecond);
BENCHMARK(exact_sum_money)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
