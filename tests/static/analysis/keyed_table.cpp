// Compile-time facts of keyed_table: compiling this file is passing.
#include <tradestat/analysis/keyed_table.hpp>

namespace {
using namespace tradestat;

template <class T>
concept rows_add_up = requires(const T& t) { t.rows_total(); };
template <class T>
concept has_whole = requires(const T& t) { t.whole(); };

using flat_table = keyed_table<partner_key, money<CNY>>;
using sorted_table = keyed_table<hs_key<6>, money<USD>>;
using windowed_table = keyed_table<year_key, money<USD>>;
static_assert(flat_table::flat && !sorted_table::flat && !windowed_table::flat);
static_assert(windowed_table::windowed && !flat_table::windowed && !sorted_table::windowed);
static_assert(keyed_table<decltype(by(by_partner, by_month)), money<CNY>>::windowed);
static_assert(rows_add_up<flat_table> && rows_add_up<sorted_table> && rows_add_up<windowed_table>);
static_assert(has_whole<flat_table>);
static_assert(std::same_as<decltype(flat_table{}[country{}]), summed<money<CNY>>>);
static_assert(!std::equality_comparable_with<flat_table, keyed_table<partner_key, money<USD>>>);
}  // namespace
