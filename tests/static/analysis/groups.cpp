// Compile-time facts of the group filters and keys: compiling this file is passing.
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/keyed_table.hpp>

#include <vector>

namespace {
using namespace tradestat;

template <class T>
concept group_rows_add_up = requires(const T& t) { t.rows_total(); };

// Overlapping groups: the table says so, and summing its rows as a partition does not compile.
static_assert(overlapping_key<country_groups_key> && overlapping_key<product_groups_key>);
static_assert(!overlapping_key<partner_key>);
using by_groups_table = keyed_table<country_groups_key, money<CNY>>;
static_assert(by_groups_table::rows_overlap);
static_assert(!group_rows_add_up<by_groups_table>);
static_assert(!group_rows_add_up<keyed_table<product_groups_key, money<CNY>>>);
static_assert(group_rows_add_up<keyed_table<partner_key, money<CNY>>>);  // the twin: a partition adds up
static_assert(requires(const by_groups_table& t) { t.whole(); });

// Overlapping keys do not combine into tuples.
template <class... K>
concept group_key_combines = requires(K... k) { by(k...); };
static_assert(!group_key_combines<country_groups_key, flow_key> && group_key_combines<partner_key, flow_key>);

// A group key is found by the group or by its name.
static_assert(std::convertible_to<const country_group&, group_key>);
static_assert(std::convertible_to<const char*, group_key>);
static_assert(!std::convertible_to<country, group_key>);

template <class... Args>
concept where_accepts_group = requires(Args... args) {
  where(args...);
};
static_assert(where_accepts_group<country_group> && where_accepts_group<country_group, group_day> &&
              where_accepts_group<product_group>);
}  // namespace
