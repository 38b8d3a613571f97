// Per-row costs of the codes layer as a reader pays them: a partner lookup from a GACC, Comtrade or
// ISO alpha-3 code, a partner's name, an HS code parsed from text and checked against the HS 2022
// nomenclature, and a product-group test. Each is compared with the plainest
// hand-written alternative (an array indexed by the code).
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/hs_code.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

namespace {
using namespace tradestat;

// The GACC codes of the partners a Xinjiang file mostly shows, repeated.
std::vector<int> gacc_codes() {
  const int common[] = {145, 146, 147, 148, 149, 344, 502, 141, 116, 133, 303, 304, 110, 143};
  std::vector<int> out;
  for (int i = 0; i < 1024; ++i) out.push_back(common[static_cast<std::size_t>(i) % std::size(common)]);
  return out;
}

void country_from_gacc(benchmark::State& state) {
  const auto codes = gacc_codes();
  for (auto _ : state)
    for (int c : codes) benchmark::DoNotOptimize(country_from(gacc_code{c}));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}
BENCHMARK(country_from_gacc);

// The baseline: a 1000-entry array from GACC code to table index, built once.
void gacc_array_baseline(benchmark::State& state) {
  std::array<std::uint16_t, 1000> index{};
  for_each_country([&](country c) {
    if (auto g = c.code<code_scheme::gacc>())
      index[static_cast<std::size_t>(g->value())] = static_cast<std::uint16_t>(c.index());
  });
  const auto codes = gacc_codes();
  for (auto _ : state)
    for (int c : codes) benchmark::DoNotOptimize(index[static_cast<std::size_t>(c)]);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}
BENCHMARK(gacc_array_baseline);

void country_from_comtrade(benchmark::State& state) {
  const int common[] = {842, 156, 398, 417, 762, 795, 860, 643, 276, 392, 410, 490, 699, 0};
  std::vector<int> codes;
  for (int i = 0; i < 1024; ++i) codes.push_back(common[static_cast<std::size_t>(i) % std::size(common)]);
  for (auto _ : state)
    for (int c : codes) benchmark::DoNotOptimize(country_from(comtrade_code{c}));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}
BENCHMARK(country_from_comtrade);

// A text code: a binary search of the alpha-3 index.
void country_from_iso_alpha3(benchmark::State& state) {
  const char* common[] = {"KAZ", "KGZ", "TJK", "UZB", "RUS", "USA", "DEU", "PAK", "MNG", "TUR", "IND", "CHN"};
  std::vector<iso_alpha3_code> codes;
  for (int i = 0; i < 1024; ++i) codes.emplace_back(common[static_cast<std::size_t>(i) % std::size(common)]);
  for (auto _ : state)
    for (const auto& c : codes) benchmark::DoNotOptimize(country_from(c));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}
BENCHMARK(country_from_iso_alpha3);

// A partner's name as a report prints it, read from the table's texts.
void country_name_zh(benchmark::State& state) {
  std::vector<country> partners;
  for (int c : gacc_codes()) partners.push_back(country_from(gacc_code{c}));
  for (auto _ : state)
    for (country c : partners) benchmark::DoNotOptimize(country_name(c, {.lang = language::zh}));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(partners.size()));
}
BENCHMARK(country_name_zh);

std::vector<std::string> hs_texts() {
  const char* common[] = {"85076000", "87038000", "85414200", "08023100", "52010000", "61091000", "84713000"};
  std::vector<std::string> out;
  for (int i = 0; i < 1024; ++i) out.emplace_back(common[static_cast<std::size_t>(i) % std::size(common)]);
  return out;
}

void hs_code_from_text(benchmark::State& state) {
  const auto texts = hs_texts();
  for (auto _ : state)
    for (const auto& t : texts) benchmark::DoNotOptimize(hs_code{t, hs_version::hs2022});
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
}
BENCHMARK(hs_code_from_text);

// A binary search of the 5,613 HS 2022 subheadings.
void hs2022_nomenclature(benchmark::State& state) {
  std::vector<hs_code> codes;
  for (const auto& t : hs_texts()) codes.emplace_back(t, hs_version::hs2022);
  for (auto _ : state)
    for (const auto& c : codes) benchmark::DoNotOptimize(in_hs2022_nomenclature(c));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}
BENCHMARK(hs2022_nomenclature);

void product_group_contains(benchmark::State& state) {
  std::vector<hs_code> codes;
  for (const auto& t : hs_texts()) codes.emplace_back(t, hs_version::hs2022);
  const product_group& g = product_groups::wto_agricultural();  // 763 prefixes
  for (auto _ : state)
    for (const auto& c : codes) benchmark::DoNotOptimize(g.contains(c));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}
BENCHMARK(product_group_contains);

}  // namespace

BENCHMARK_MAIN();
