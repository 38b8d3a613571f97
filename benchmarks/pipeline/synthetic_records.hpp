// The synthetic rows of synthetic_trade.hpp as tradestat records, in memory: the same data as the
// CSV make_trade_csv.cpp writes for the same seed (every field the file has, read back as
// read_canonical would fill it).
#ifndef TRADESTAT_BENCHMARKS_PIPELINE_SYNTHETIC_RECORDS_HPP
#define TRADESTAT_BENCHMARKS_PIPELINE_SYNTHETIC_RECORDS_HPP

#include "synthetic_trade.hpp"

#include <tradestat/data/record.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bench {

inline std::vector<tradestat::record> make_records(std::size_t n = default_rows, std::uint64_t seed = default_seed) {
  using namespace tradestat;
  std::vector<coded_country> partners;
  for (auto g : partner_gacc) partners.push_back(coded_country{country_from(gacc_code{g}), code_scheme::gacc});
  std::vector<hs_code> codes;
  for (auto c : hs_codes()) {
    std::string digits = std::to_string(c);
    digits.insert(0, 8 - digits.size(), '0');
    codes.emplace_back(digits, hs_version::hs2022);
  }
  std::vector<province> regions;
  for (auto p : province_gb2260) regions.push_back(province::from_gb2260(p));
  constexpr std::array<enterprise_type, 4> enterprises{enterprise_type::state_owned, enterprise_type::foreign_invested,
                                                       enterprise_type::private_enterprise, enterprise_type::other};
  std::vector<record> out;
  out.reserve(n);
  trade_generator next{seed};
  for (std::size_t i = 0; i < n; ++i) {
    const trade_row r = next();
    record& x = out.emplace_back();
    x.period = month{r.year, r.month};
    x.flow = r.is_import ? trade_flow::imports : trade_flow::exports;
    x.partner = partners[r.partner];
    x.commodity = codes[r.hs];
    x.mode = trade_mode{trade_modes[r.mode]};
    x.enterprise = enterprises[r.enterprise];
    x.region = regions[r.region];
    x.value_cny = money<CNY>{r.value_cny};
    x.value_usd = money<USD>{r.value_usd};
  }
  return out;
}

}  // namespace bench

#endif  // TRADESTAT_BENCHMARKS_PIPELINE_SYNTHETIC_RECORDS_HPP
