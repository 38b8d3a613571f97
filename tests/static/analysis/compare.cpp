// Compile-time facts and negative checks for comparison tables: compiling this file is passing.
#include <tradestat/analysis/compare.hpp>

#include <concepts>
#include <initializer_list>
#include <vector>

namespace {
using namespace tradestat;

template <class T>
concept can_sum_contributions = requires(const T& t) { sum_contributions(t); };
template <class T>
concept can_sum_shares = requires(const T& t) { sum_shares(t); };
template <class T>
concept table_has_hhi = requires(const T& t) { hhi_of(t); };
template <class T>
concept has_unassigned = requires(const T& t) { t.unassigned(); };

template <class A, class B>
concept can_compare_groups = requires(const std::vector<record>& rows, A a, B b, const country_group& g) {
  compare<CNY>(rows, a, b, {g});
};
template <class A, class B, class By>
concept can_compare_by = requires(const std::vector<record>& rows, A a, B b, By by) { compare<USD>(rows, a, b, by); };

// Positive: two periods of one kind, any kind; negative: a month against a year, a year to date
// against a month, a quarter against a half.
static_assert(can_compare_groups<year, year> && can_compare_groups<month, month> && can_compare_groups<ytd, ytd>);
static_assert(can_compare_groups<plan, plan> && can_compare_by<quarter, quarter, flow_key>);
static_assert(!can_compare_groups<month, year> && !can_compare_groups<ytd, month> && !can_compare_by<quarter, half, flow_key>);
// A key is a grouping key of analysis/keys.hpp; a bare number or a function is no key.
static_assert(!can_compare_by<year, year, int> && can_compare_by<year, year, hs_key<4>>);
static_assert(!can_compare_by<year, year, decltype([](const record& r) { return r.flow; })>);
static_assert(std::same_as<decltype(compare<USD>(std::vector<record>{}, year{}, year{}, by_flow)),
                           comparison_table<trade_flow, money<USD>, year, rows_are::partition>>);
static_assert(decltype(compare<CNY>(std::vector<record>{}, year{}, year{}, {std::declval<const country_group&>()}))::overlapping);

using partition = comparison_table<trade_flow, money<CNY>, year>;
using overlapping_table = comparison_table<int, money<CNY>, year, rows_are::overlapping>;

static_assert(!partition::overlapping && overlapping_table::overlapping);
static_assert(partition_table<partition> && !partition_table<overlapping_table> &&
              comparison_table_type<overlapping_table>);
static_assert(std::same_as<decltype(std::declval<const partition&>()[trade_flow::exports]),
                           const comparison_row<money<CNY>>&>);
static_assert(std::same_as<decltype(sum_contributions(std::declval<const partition&>())), contribution_cell>);
static_assert(std::same_as<decltype(sum_shares(std::declval<const partition&>())), share_cell>);
// Positive and negative: a partition's contributions and shares add up; overlapping groups' do not,
// and they have no "unassigned" row (a record may be in several groups or in none).
static_assert(can_sum_contributions<partition> && can_sum_shares<partition> && has_unassigned<partition>);
static_assert(!can_sum_contributions<overlapping_table> && !can_sum_shares<overlapping_table> &&
              !has_unassigned<overlapping_table>);
static_assert(!can_sum_contributions<comparison_row<money<CNY>>>);
static_assert(table_has_hhi<partition> && !table_has_hhi<overlapping_table>);

// Measures and their signs.
static_assert(measure_sign(trade_measure::total_trade, trade_flow::imports) == 1);
static_assert(measure_sign(trade_measure::balance, trade_flow::imports) == -1);
static_assert(measure_sign(trade_measure::exports, trade_flow::imports) == 0);
static_assert(measure_sign(trade_measure::total_trade, trade_flow::re_exports) == 0);
static_assert(to_string(trade_measure::total_trade, {.lang = language::zh}) == "进出口");

}  // namespace
