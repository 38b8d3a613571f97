// table_of prints comparison tables and keyed tables, and nothing that merely looks like a figure.
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/report/table_of.hpp>

#include <string>

using namespace tradestat;

namespace {
template <class T>
concept printable_as_table = requires(const T& t) { table_of(t); };
template <class T, class F>
concept printable_with_names = requires(const T& t, const F& f) { table_of(t, table_options{}, f); };

using partition = comparison_table<trade_flow, money<CNY>, year>;
using groups = comparison_table<group_key, money<USD>, year, rows_are::overlapping>;
using by_flow_sums = keyed_table<std::remove_cvref_t<decltype(by_flow)>, money<CNY>>;
}  // namespace

static_assert(printable_as_table<partition>);
static_assert(printable_as_table<groups>);
static_assert(printable_as_table<by_flow_sums>);
// A row, an amount, a ratio or a number is not a table.
static_assert(!printable_as_table<comparison_row<money<CNY>>>);
static_assert(!printable_as_table<money<CNY>>);
static_assert(!printable_as_table<share>);
static_assert(!printable_as_table<int>);
static_assert(!printable_as_table<std::string>);
// A key-naming function must take the table's key and a text_format.
using names_flows = decltype([](trade_flow, text_format) { return std::string(); });
using names_pointers = decltype([](int*) { return std::string(); });
static_assert(printable_with_names<partition, names_flows>);
static_assert(!printable_with_names<partition, names_pointers>);
// The overlap is the table's, known at compile time.
static_assert(!partition::overlapping && groups::overlapping && !by_flow_sums::rows_overlap);
