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

// A tuple of dense keys is dense; with one sorted key it is sorted.
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
