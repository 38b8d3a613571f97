// Compile-time facts and negative checks for comparison tables: compiling this file is passing.
#include <tradestat/analysis/compare.hpp>

#include <concepts>

namespace {
using namespace tradestat;

template <class T>
concept can_sum_contributions = requires(const T& t) { sum_contributions(t); };
template <class T>
concept can_sum_shares = requires(const T& t) { sum_shares(t); };
template <class T>
concept can_hhi = requires(const T& t) { hhi_of(t); };
template <class T>
concept has_unassigned = requires(const T& t) { t.unassigned(); };

using partition = comparison_table<trade_flow, money<CNY>, year>;
using groups = comparison_table<int, money<CNY>, year, rows_are::overlapping>;

static_assert(!partition::overlapping && groups::overlapping);
static_assert(partition_table<partition> && !partition_table<groups> && comparison_table_type<groups>);
static_assert(std::same_as<decltype(std::declval<const partition&>()[trade_flow::exports]),
                           const comparison_row<money<CNY>>&>);
static_assert(std::same_as<decltype(sum_contributions(std::declval<const partition&>())), contribution_cell>);
static_assert(std::same_as<decltype(sum_shares(std::declval<const partition&>())), share_cell>);
// Positive and negative: a partition's contributions and shares add up; overlapping groups' do not,
// and they have no "unassigned" row (a record may be in several groups or in none).
static_assert(can_sum_contributions<partition> && can_sum_shares<partition> && has_unassigned<partition>);
static_assert(!can_sum_contributions<groups> && !can_sum_shares<groups> && !has_unassigned<groups>);
static_assert(!can_sum_contributions<comparison_row<money<CNY>>>);
static_assert(can_hhi<partition> && !can_hhi<groups>);

// Measures and their signs.
static_assert(measure_sign(trade_measure::total_trade, trade_flow::imports) == 1);
static_assert(measure_sign(trade_measure::balance, trade_flow::imports) == -1);
static_assert(measure_sign(trade_measure::exports, trade_flow::imports) == 0);
static_assert(measure_sign(trade_measure::total_trade, trade_flow::re_exports) == 0);
static_assert(to_string(trade_measure::total_trade, {.lang = language::zh}) == "进出口");

}  // namespace
