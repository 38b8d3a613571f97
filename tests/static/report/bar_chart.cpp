// Bar charts draw comparison tables: two periods per key. A keyed table (one period) is no such table.
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/calendar/series.hpp>
#include <tradestat/report/bar_chart.hpp>
#include <tradestat/report/line_chart.hpp>

using namespace tradestat;

namespace {
template <class T>
concept bar_chartable = requires(const T& t) { bar_chart_svg(t); };
template <class T>
concept line_chartable = requires(const T& t) { line_chart_svg(t, subject{}); };

using group_table = comparison_table<group_key, money<CNY>, year, rows_are::overlapping>;
using by_flow_sums = keyed_table<std::remove_cvref_t<decltype(by_flow)>, money<CNY>>;
}  // namespace

static_assert(bar_chartable<group_table>);
static_assert(bar_chartable<comparison_table<trade_flow, money<USD, million>, month>>);
static_assert(!bar_chartable<by_flow_sums>);
static_assert(!bar_chartable<series<year, money<CNY>>>);
static_assert(!bar_chartable<money<CNY>>);
// Line charts draw series of amounts, not of ratios or plain numbers.
static_assert(line_chartable<series<year, money<CNY, yi>>>);
static_assert(line_chartable<series<month, money<USD>>>);
static_assert(!line_chartable<series<year, share>>);
static_assert(!line_chartable<series<year, long>>);
static_assert(!line_chartable<group_table>);
