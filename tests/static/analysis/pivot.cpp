// Compile-time facts of pivot: compiling this file is passing.
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/pivot.hpp>

#include <vector>

namespace {
using namespace tradestat;

using grid = decltype(std::vector<record>{} | pivot_by(by_partner, by_year, &record::value_cny));
static_assert(std::same_as<grid, pivot_table<country, year, money<CNY>>>);
template <class R, class C>
concept pivots = requires(R r, C c) { pivot_by(r, c, &record::value_cny); };
static_assert(pivots<partner_key, quarter_key> && !pivots<country_groups_key, year_key>);  // no overlapping rows
}  // namespace
