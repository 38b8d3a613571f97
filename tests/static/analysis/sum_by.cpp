// Compile-time facts of sum_by: compiling this file is passing.
#include <tradestat/analysis/sum_by.hpp>

#include <concepts>
#include <optional>
#include <vector>

namespace {
using namespace tradestat;

struct keyed_row_with_ratio {
  share part;
  money<CNY> amount;
};

template <class Key, class Field>
concept sums_by = requires(Key k, Field f) { sum_by(k, f); };

static_assert(sums_by<partner_key, std::optional<money<CNY>> record::*>);
static_assert(!sums_by<partner_key, share keyed_row_with_ratio::*>);  // a ratio does not sum
static_assert(!sums_by<int, std::optional<money<CNY>> record::*>);  // not a key

using by_partner_table = decltype(std::vector<record>{} | sum_by(by_partner, &record::value_cny));
static_assert(std::same_as<by_partner_table, keyed_table<partner_key, money<CNY>>>);
static_assert(by_partner_table::flat && !by_partner_table::rows_overlap);
using by_hs6_table = decltype(std::vector<record>{} | sum_by(by_hs6, &record::value_usd));
static_assert(std::same_as<by_hs6_table::money_type, money<USD>> && !by_hs6_table::flat);
}  // namespace
