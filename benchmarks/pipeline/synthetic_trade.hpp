// Synthetic customs data for the pipeline benchmarks: a deterministic, seeded sequence of rows with
// realistic cardinalities (24 months 2024-01..2025-12, 200 partners with Zipf-skewed frequencies,
// 8,000 HS 8-digit codes, 10 trade modes, 4 enterprise types, 31 provinces, both flows, values in
// yuan and US dollars). The same sequence feeds the CSV generator (make_trade_csv.cpp) and the
// in-memory benchmark (pipeline_records.cpp), so a file and a vector of records hold the same data.
//
// Plain integers only: nothing here depends on tradestat's types, so the hand-written programs and
// the peers of issue 13 can share it. The one library include is the HS 2022 list of subheadings
// (a table of integers), from which the 8-digit codes are made.
#ifndef TRADESTAT_BENCHMARKS_PIPELINE_SYNTHETIC_TRADE_HPP
#define TRADESTAT_BENCHMARKS_PIPELINE_SYNTHETIC_TRADE_HPP

#include <tradestat/codes/catalogue/hs2022.hpp>
#include <tradestat/detail/digits.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace bench {

inline constexpr std::uint64_t default_seed = 20240101;
inline constexpr std::size_t default_rows = 10'000'000;

/** GACC partner codes, most frequent first: 38 large partners in roughly their real order, then the
 *  other ISO countries with a GACC code in code order (ASEAN, Central Asia, the EU and many BRI
 *  partners are all present). Frequency of rank k is proportional to 1/(k+1). */
inline constexpr std::array<std::int16_t, 200> partner_gacc{
    502, 110, 116, 133, 141, 304, 344, 601, 143, 122, 309, 111, 136, 112, 303, 132, 410, 429, 501, 305,
    307, 131, 129, 138, 145, 412, 327, 137, 312, 114, 301, 127, 103, 146, 149, 244, 236, 215, 101, 102,
    104, 105, 106, 107, 108, 109, 113, 115, 117, 118, 119, 120, 121, 123, 124, 125, 126, 128, 130, 134,
    135, 139, 142, 144, 147, 148, 201, 202, 203, 204, 205, 206, 208, 209, 211, 212, 213, 214, 216, 217,
    218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 237, 238,
    239, 240, 241, 242, 243, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 257, 258, 259, 302,
    306, 308, 310, 311, 313, 314, 315, 316, 318, 320, 321, 322, 323, 324, 325, 326, 328, 329, 330, 331,
    334, 335, 336, 337, 338, 339, 340, 343, 347, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 401,
    402, 403, 404, 405, 406, 408, 409, 411, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424,
    425, 426, 427, 428, 430, 431, 432, 433, 434, 435, 437, 439, 440, 441, 442, 443, 444, 445, 446, 447};

/** GB/T 2260 province codes, the busiest trading provinces first (Zipf over this order). */
inline constexpr std::array<std::uint8_t, 31> province_gb2260{44, 33, 32, 31, 37, 35, 11, 12, 13, 34, 36,
                                                              41, 42, 43, 50, 51, 21, 22, 23, 14, 15, 45,
                                                              46, 52, 53, 54, 61, 62, 63, 64, 65};

/** The 10 trade modes written and their weights (per mille). */
inline constexpr std::array<std::uint8_t, 10> trade_modes{10, 15, 14, 33, 34, 19, 39, 20, 11, 12};
inline constexpr std::array<std::uint32_t, 10> trade_mode_weights{600, 150, 50, 80, 60, 30, 15, 8, 4, 3};

/** Enterprise types as the canonical CSV spells them, and their weights (per cent). */
inline constexpr std::array<std::string_view, 4> enterprise_names{"state_owned", "foreign_invested", "private",
                                                                  "other"};
inline constexpr std::array<std::uint32_t, 4> enterprise_weights{13, 30, 55, 2};

inline constexpr std::size_t hs_code_count = 8000;

/** One row, as plain integers. */
struct trade_row {
  std::int16_t year;        // 2024 or 2025
  std::int8_t month;        // 1..12
  bool is_import;           // false: export
  std::uint8_t partner;     // rank in partner_gacc
  std::uint16_t hs;         // index in hs_codes()
  std::uint8_t mode;        // index in trade_modes
  std::uint8_t enterprise;  // index in enterprise_names
  std::uint8_t region;      // index in province_gb2260
  std::int64_t value_cny;   // whole yuan
  std::int64_t value_usd;   // whole US dollars
};

/** The 8,000 HS 8-digit codes (as numbers; print with 8 digits, leading zeros kept): every HS 2022
 *  subheading with national suffix 00, then the first 2,387 subheadings again with suffix 90. */
inline const std::vector<std::uint32_t>& hs_codes() {
  static const std::vector<std::uint32_t> codes = [] {
    constexpr std::size_t subheadings = tradestat::detail::hs2022_subheadings.size();
    std::vector<std::uint32_t> v;
    v.reserve(hs_code_count);
    for (std::size_t i = 0; i < hs_code_count; ++i)
      v.push_back(tradestat::detail::digits_value<std::uint32_t>(
                      tradestat::detail::hs2022_subheadings[i % subheadings]) *
                      100U +
                  (i < subheadings ? 0U : 90U));
    return v;
  }();
  return codes;
}

/** Export growth 2025 over 2024 of partner rank p, per mille: between -200 and +300, fixed by p. */
constexpr std::int64_t partner_growth_permille(std::size_t p) {
  return static_cast<std::int64_t>((p * 2654435761U) % 501U) - 200;
}

namespace detail {

// A cumulative weight table sampled by binary search: deterministic, integer only.
class weighted {
 public:
  template <class Weights>
  explicit weighted(const Weights& w) {
    std::uint64_t sum = 0;
    for (auto x : w) cumulative_.push_back(sum += static_cast<std::uint64_t>(x));
  }
  static weighted zipf(std::size_t n) {
    std::vector<std::uint64_t> w(n);
    for (std::size_t k = 0; k < n; ++k) w[k] = (std::uint64_t{1} << 40) / (k + 1);
    return weighted(w);
  }
  std::size_t operator()(std::uint64_t random) const {
    const std::uint64_t u = random % cumulative_.back();
    return static_cast<std::size_t>(std::upper_bound(cumulative_.begin(), cumulative_.end(), u) - cumulative_.begin());
  }

 private:
  std::vector<std::uint64_t> cumulative_;
};

}  // namespace detail

/** The row sequence: `trade_generator g{seed}; trade_row r = g();` gives the same rows for the same seed. */
class trade_generator {
 public:
  explicit trade_generator(std::uint64_t seed = default_seed) : state_(seed) {}

  trade_row operator()() {
    trade_row r{};
    const auto month_index = static_cast<int>(next() % 24);
    r.year = static_cast<std::int16_t>(2024 + month_index / 12);
    r.month = static_cast<std::int8_t>(1 + month_index % 12);
    r.is_import = next() % 100 >= 58;  // 58 % of rows are exports
    r.partner = static_cast<std::uint8_t>(partners_(next()));
    // Zipf rank of the code, scattered over the table (4007 is prime to 8000).
    r.hs = static_cast<std::uint16_t>((hs_rank_(next()) * 4007U) % hs_code_count);
    r.mode = static_cast<std::uint8_t>(modes_(next()));
    r.enterprise = static_cast<std::uint8_t>(enterprises_(next()));
    r.region = static_cast<std::uint8_t>(regions_(next()));
    // Values spread over seven orders of magnitude: 10^3 .. 10^10 yuan.
    std::int64_t magnitude = 1000;
    for (std::uint64_t m = next() % 7; m > 0; --m) magnitude *= 10;
    std::int64_t cny = magnitude + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(9 * magnitude));
    if (r.year == 2025 && !r.is_import) cny = cny * (1000 + partner_growth_permille(r.partner)) / 1000;
    r.value_cny = cny;
    // A monthly rate between 7.05 and 7.28 yuan per dollar.
    r.value_usd = cny * 1000 / (7050 + 10 * month_index);
    return r;
  }

 private:
  // splitmix64
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  std::uint64_t state_;
  detail::weighted partners_ = detail::weighted::zipf(partner_gacc.size());
  detail::weighted hs_rank_ = detail::weighted::zipf(hs_code_count);
  detail::weighted modes_{trade_mode_weights};
  detail::weighted enterprises_{enterprise_weights};
  detail::weighted regions_ = detail::weighted::zipf(province_gb2260.size());
};

}  // namespace bench

#endif  // TRADESTAT_BENCHMARKS_PIPELINE_SYNTHETIC_TRADE_HPP
