// A small deterministic generator of customs records for the pipeline tests: a fixed linear
// congruential sequence, so every run (and every compiler) sees the same records. Some records lack
// a partner, a trade mode or a value, as real files do.
#ifndef TRADESTAT_TESTS_RUNTIME_ANALYSIS_GENERATED_RECORDS_HPP
#define TRADESTAT_TESTS_RUNTIME_ANALYSIS_GENERATED_RECORDS_HPP

#include <tradestat/codes/country.hpp>
#include <tradestat/data/record.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tradestat::test {

struct generator_options {
  std::size_t count = 2000;
  std::uint64_t seed = 1;
  int first_year = 2024;
  int years = 2;
  bool yearly = false;       // records for whole years instead of months
  bool with_absent = true;   // about 1 in 23 records lacks value_cny, 1 in 17 a partner
};

class record_generator {
 public:
  explicit record_generator(std::uint64_t seed) : state_(seed * 2862933555777941757ULL + 3037000493ULL) {}
  std::uint64_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 33;
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }

 private:
  std::uint64_t state_;
};

inline const std::array<country, 6>& generated_partners() {
  static const std::array<country, 6> partners{
      *find_country(iso_alpha3_code{"KAZ"}), *find_country(iso_alpha3_code{"UZB"}),
      *find_country(iso_alpha3_code{"KGZ"}), *find_country(iso_alpha3_code{"RUS"}),
      *find_country(iso_alpha3_code{"VNM"}), *find_country(iso_alpha3_code{"DEU"})};
  return partners;
}

/** `options.count` records over `options.years` years from `options.first_year`. */
inline std::vector<record> generate_records(const generator_options& options = {}) {
  static const char* const chapters[] = {"08", "52", "61", "84", "85", "87"};
  static const char* const suffixes[] = {"0231", "0110", "1010", "7100"};
  record_generator g{options.seed};
  std::vector<record> out;
  out.reserve(options.count);
  for (std::size_t i = 0; i < options.count; ++i) {
    record r;
    const int y = options.first_year + static_cast<int>(g.below(static_cast<std::uint64_t>(options.years)));
    if (options.yearly)
      r.period = year{y};
    else
      r.period = month{y, 1 + static_cast<int>(g.below(12))};
    r.flow = g.below(3) == 0 ? trade_flow::imports : trade_flow::exports;
    if (!options.with_absent || g.below(17) != 0)
      r.partner = coded_country{generated_partners()[g.below(6)], code_scheme::iso_alpha3};
    std::string digits = std::string(chapters[g.below(6)]) + suffixes[g.below(4)];
    r.commodity = hs_code{digits, hs_version::hs2022};
    if (g.below(5) != 0) r.mode = trade_mode{g.below(2) == 0 ? 10 : 19};
    r.enterprise = static_cast<enterprise_type>(g.below(4));
    r.region = province::from_gb2260(g.below(4) == 0 ? 11 : 65);
    if (r.flow == trade_flow::exports) r.brand = static_cast<brand_type>(g.below(5));
    const auto amount = static_cast<std::int64_t>(g.below(5'000'000)) - 100'000;  // a few negative corrections
    if (!options.with_absent || g.below(23) != 0) r.value_cny = money<CNY>{amount};
    r.value_usd = money<USD>{amount / 7};
    out.push_back(r);
  }
  return out;
}

}  // namespace tradestat::test

#endif  // TRADESTAT_TESTS_RUNTIME_ANALYSIS_GENERATED_RECORDS_HPP
