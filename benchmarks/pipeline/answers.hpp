// The end-to-end job's answers as plain integers, and the one text form every program prints, so
// the script can check that the generator, the hand-written program and the library program agree:
//
//   total <year> <export|import> <yuan>                      every year present, both flows
//   top <rank> gacc:<code> <yuan>                            top 10 partners of 2025 exports
//   growth gacc:<code> <2025 yuan> <2024 yuan> <growth>      exports 2025 vs 2024, every partner
//
// Growth: (2025 / 2024 - 1) * 100 rounded half away from zero to one decimal, written as tradestat
// prints a growth ("8.7 %", "-19.1 %"), or "no base" when the 2024 value is zero. Partners are
// ordered by code; ties in the top 10 go to the smaller code.
#ifndef TRADESTAT_BENCHMARKS_PIPELINE_ANSWERS_HPP
#define TRADESTAT_BENCHMARKS_PIPELINE_ANSWERS_HPP

#include <algorithm>
#include <array>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace bench {

__extension__ using int128 = __int128;  // exact products of two 64-bit values

inline constexpr int first_year = 2000;  // totals cover 2000..2099
inline constexpr int year_count = 100;
inline constexpr int gacc_code_count = 1000;

struct answers {
  std::array<std::array<std::int64_t, 2>, year_count> totals{};  // [year - first_year][import]
  std::array<bool, year_count> year_seen{};
  std::array<std::int64_t, gacc_code_count> exports_2024{};      // by GACC partner code
  std::array<std::int64_t, gacc_code_count> exports_2025{};
  std::array<bool, gacc_code_count> partner_seen{};              // exported to in 2024 or 2025

  void add(int year, bool is_import, int gacc, std::int64_t value) {
    const int y = year - first_year;
    totals[static_cast<std::size_t>(y)][is_import] += value;
    year_seen[static_cast<std::size_t>(y)] = true;
    if (is_import) return;
    const auto g = static_cast<std::size_t>(gacc);
    if (year == 2024) exports_2024[g] += value, partner_seen[g] = true;
    if (year == 2025) exports_2025[g] += value, partner_seen[g] = true;
  }

  void merge(const answers& o) {
    for (std::size_t y = 0; y < totals.size(); ++y) {
      totals[y][0] += o.totals[y][0];
      totals[y][1] += o.totals[y][1];
      year_seen[y] = year_seen[y] || o.year_seen[y];
    }
    for (std::size_t g = 0; g < exports_2024.size(); ++g) {
      exports_2024[g] += o.exports_2024[g];
      exports_2025[g] += o.exports_2025[g];
      partner_seen[g] = partner_seen[g] || o.partner_seen[g];
    }
  }
};

/** (current / prior - 1) * 100 to one decimal, rounded half away from zero: "12.3 %", "-4.0 %", "no base". */
inline std::string growth_percent(std::int64_t current, std::int64_t prior) {
  if (prior == 0) return "no base";
  // tenths of a percent = (current - prior) * 1000 / prior, rounded half away from zero.
  int128 num = static_cast<int128>(current - prior) * 1000;
  int128 den = prior;
  if (den < 0) num = -num, den = -den;
  const bool negative = num < 0;
  const int128 mag = negative ? -num : num;
  const auto tenths = static_cast<std::int64_t>((2 * mag + den) / (2 * den));
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s%" PRId64 ".%" PRId64 " %%", negative && tenths != 0 ? "-" : "", tenths / 10,
                tenths % 10);
  return buf;
}

inline void print_answers(const answers& a, std::FILE* out) {
  for (int y = 0; y < year_count; ++y) {
    if (!a.year_seen[static_cast<std::size_t>(y)]) continue;
    std::fprintf(out, "total %d export %" PRId64 "\n", first_year + y, a.totals[static_cast<std::size_t>(y)][0]);
    std::fprintf(out, "total %d import %" PRId64 "\n", first_year + y, a.totals[static_cast<std::size_t>(y)][1]);
  }
  std::vector<int> codes;
  for (int g = 0; g < gacc_code_count; ++g)
    if (a.partner_seen[static_cast<std::size_t>(g)]) codes.push_back(g);
  std::vector<int> ranked = codes;
  std::stable_sort(ranked.begin(), ranked.end(), [&](int x, int y) {
    return a.exports_2025[static_cast<std::size_t>(x)] > a.exports_2025[static_cast<std::size_t>(y)];
  });
  for (std::size_t i = 0; i < ranked.size() && i < 10; ++i)
    std::fprintf(out, "top %zu gacc:%03d %" PRId64 "\n", i + 1, ranked[i],
                 a.exports_2025[static_cast<std::size_t>(ranked[i])]);
  for (int g : codes) {
    const auto cur = a.exports_2025[static_cast<std::size_t>(g)], prior = a.exports_2024[static_cast<std::size_t>(g)];
    std::fprintf(out, "growth gacc:%03d %" PRId64 " %" PRId64 " %s\n", g, cur, prior, growth_percent(cur, prior).c_str());
  }
}

}  // namespace bench

#endif  // TRADESTAT_BENCHMARKS_PIPELINE_ANSWERS_HPP
