// Compile-time facts of the keys: compiling this file is passing.
#include <tradestat/analysis/keys.hpp>

#include <tuple>

namespace {
using namespace tradestat;

static_assert(dense_key<partner_key> && dense_key<reporter_key> && dense_key<flow_key> && dense_key<mode_key> &&
              dense_key<enterprise_key> && dense_key<brand_key> && dense_key<region_key> && dense_key<hs2_key>);
static_assert(sorted_key<hs_key<4>> && sorted_key<hs_key<6>> && sorted_key<hs_key<8>> && sorted_key<district_key>);
static_assert(sorted_key<month_key> && sorted_key<quarter_key> && sorted_key<half_key> && sorted_key<year_key>);
static_assert(!dense_key<hs_key<6>> && !sorted_key<partner_key>);
static_assert(!overlapping_key<partner_key> && !overlapping_key<year_key>);
static_assert(!grouping_key<int> && !grouping_key<country>);

// Period keys are windowed (a flat array over the periods met), sorted keys too; others are not.
static_assert(windowed_key<month_key> && windowed_key<quarter_key> && windowed_key<half_key> && windowed_key<year_key>);
static_assert(!windowed_key<partner_key> && !windowed_key<hs_key<6>> && !windowed_key<district_key>);
static_assert(by_month.slot(month{2025, 3}) == window_slot{month{2025, 3}.index(), 0});
static_assert(by_year.key_at(window_slot{2024, 0}) == year{2024});

// A tuple of dense keys is dense; with one period key and dense others it is windowed (the block of
// a period mixed-radix over the parts); with a sorted key, or two period keys, it is sorted.
static_assert(windowed_key<decltype(by(by_year, by_flow))> && windowed_key<decltype(by(by(by_partner, by_flow), by_year))>);
static_assert(by(by_flow, by_year, by_brand).block_size() == 4 * 5);
static_assert(by(by_flow, by_year, by_brand).slot(std::tuple{trade_flow::imports, year{2025}, brand_type::overseas_oem}) ==
              window_slot{2025, 1 * 5 + 3});
static_assert(by(by_flow, by_year, by_brand).key_at(window_slot{2025, 8}) ==
              std::tuple{trade_flow::imports, year{2025}, brand_type::overseas_oem});
static_assert(!windowed_key<decltype(by(by_year, by_hs6))> && sorted_key<decltype(by(by_year, by_hs6))>);
static_assert(!windowed_key<decltype(by(by_year, by_month))> && sorted_key<decltype(by(by_year, by_month))>);
static_assert(dense_key<decltype(by(by_partner, by_flow))>);
static_assert(sorted_key<decltype(by(by_year, by_flow))> && !dense_key<decltype(by(by_year, by_flow))>);
static_assert(std::same_as<decltype(by(by_year, by_flow))::key_type, std::tuple<year, trade_flow>>);
static_assert(by(by_partner, by_flow).dense_size() == by_partner.dense_size() * 4);
static_assert(by(by_flow, by_brand).index(std::tuple{trade_flow::imports, brand_type::overseas_oem}) == 1 * 5 + 3);
static_assert(by(by_flow, by_brand).key_at(8) == std::tuple{trade_flow::imports, brand_type::overseas_oem});

template <class... K>
concept combines = requires(K... k) { by(k...); };
static_assert(combines<partner_key, flow_key> && !combines<partner_key> && !combines<partner_key, int>);
}  // namespace
