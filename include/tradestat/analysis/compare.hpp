// Comparison tables (对比表): per key this period and the comparison period, growth, share, share
// change, contribution and contribution rate, with a totals row; `compare(records, current, prior, by)`.
#ifndef TRADESTAT_ANALYSIS_COMPARE_HPP
#define TRADESTAT_ANALYSIS_COMPARE_HPP

#include <tradestat/analysis/comparable_basis.hpp>
#include <tradestat/analysis/comparison_row.hpp>
#include <tradestat/analysis/concentration.hpp>
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/codes/trade_flow.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace tradestat {

/** What a comparison measures: total trade (进出口, exports + imports), exports (出口), imports (进口)
 *  or the balance (贸易差额, exports - imports, may be negative). Re-exports and re-imports are parts
 *  of exports and imports in the sources that list them (Comtrade's RX, RM), so they are not added again.
 *  Example: `to_string(trade_measure::balance)` // "balance" */
enum class trade_measure { total_trade, exports, imports, balance };

/** The measure's name. Example: `to_string(trade_measure::total_trade, {.lang = language::zh})` // "进出口" */
constexpr std::string_view to_string(trade_measure m, text_format f = {}) {
  switch (m) {
    case trade_measure::total_trade:
      return detail::name_in(f, "total trade", "进出口");
    case trade_measure::exports:
      return detail::name_in(f, "exports", "出口");
    case trade_measure::imports:
      return detail::name_in(f, "imports", "进口");
    case trade_measure::balance:
      return detail::name_in(f, "balance", "贸易差额");
  }
  return "";
}

/** The sign with which a record of flow `f` enters the measure: +1, -1 (imports in the balance) or
 *  0 (not counted). Example: `measure_sign(trade_measure::balance, trade_flow::imports)` // -1 */
constexpr int measure_sign(trade_measure m, trade_flow f) noexcept {
  const bool x = f == trade_flow::exports;
  const bool i = f == trade_flow::imports;
  switch (m) {
    case trade_measure::total_trade:
      return x || i ? 1 : 0;
    case trade_measure::exports:
      return x ? 1 : 0;
    case trade_measure::imports:
      return i ? 1 : 0;
    case trade_measure::balance:
      return x ? 1 : (i ? -1 : 0);
  }
  return 0;
}

/** Which two periods a comparison may pair. `year_on_year` (the default, 同比) asks that the prior
 *  period be `same_period_last_year(current)` (for plans, which have no such period: `previous(current)`);
 *  `any` allows any two periods of one kind (环比, or 2025 against 2020).
 *  Example: `to_string(pairing::year_on_year)` // "year on year" */
enum class pairing { year_on_year, any };

constexpr std::string_view to_string(pairing p, text_format f = {}) {
  return p == pairing::year_on_year ? detail::name_in(f, "year on year", "同比") : detail::name_in(f, "any", "任意");
}

/** Options of `compare`: the measure, the membership basis of country groups, the period pairing.
 *  Example: `compare<CNY>(rows, year{2025}, year{2024}, by, {.measure = trade_measure::exports})` */
struct compare_options {
  trade_measure measure = trade_measure::total_trade;
  basis membership = basis::current_members;
  tradestat::pairing periods = tradestat::pairing::year_on_year;
};

namespace detail {

template <class P>
constexpr P expected_prior(const P& current) {
  if constexpr (std::same_as<P, plan>) {
    return previous(current);
  } else {
    return same_period_last_year(current);
  }
}

template <class P>
concept year_on_year_comparable = std::same_as<P, plan> || requires(const P& p) {
  { same_period_last_year(p) } -> std::same_as<P>;
};

/** Throws tradestat::error (invalid_argument) naming both periods when `prior` is not the
 *  year-on-year comparison period of `current` and the pairing asks for one. */
template <class P>
void check_pairing(const P& current, const P& prior, pairing p) {
  if constexpr (year_on_year_comparable<P>) {
    if (p == pairing::year_on_year && !(prior == expected_prior(current))) {
      std::string message = "tradestat: a year-on-year comparison of ";
      message += to_string(current);
      message += " needs ";
      message += to_string(expected_prior(current));
      message += ", got ";
      message += to_string(prior);
      message += ": pass {.periods = pairing::any} to compare other periods";
      throw error(error_kind::invalid_argument, message);
    }
  }
}

template <class K>
std::string key_text(const K& key) {
  if constexpr (requires { std::string(to_string(key)); }) {
    return std::string(to_string(key));
  } else {
    (void)key;
    return "the key asked for";
  }
}

}  // namespace detail

/** Whether the rows of a table partition its total (each record in exactly one row: partners,
 *  HS chapters, trade modes) or overlap (groups such as ASEAN and the Belt and Road partners, where
 *  a record counts in every group it belongs to). */
enum class rows_are { partition, overlapping };

/** A comparison of two periods of one kind, one row per key in the order added, a totals row, and
 *  for a partition the row of what no key took (`unassigned()`: records without the key, zero when
 *  every record has it). `table[key]` is that key's `comparison_row`.
 *  Example: `table[asean].share_change` // a points_cell: 5.1 percentage points for Xinjiang's 2025 */
template <class Key, money_type M, calendar_period P, rows_are Rows = rows_are::partition>
class comparison_table {
 public:
  struct entry {
    Key key;
    comparison_row<M> row;
  };
  using key_type = Key;
  using money_type = M;
  using period_type = P;
  using const_iterator = typename std::vector<entry>::const_iterator;
  /** True for overlapping groups: their shares and contributions do not add up. */
  static constexpr bool overlapping = Rows == rows_are::overlapping;

  /** An empty table of two periods and their totals. */
  comparison_table(const P& current, const P& prior, const M& total_current, const M& total_prior)
      : current_(current), prior_(prior), total_(comparison_row_of(total_current, total_prior, total_current, total_prior)) {}

  /** Adds the row of `key`, which moved from `prior` to `current`. */
  void add(Key key, const M& current, const M& prior) {
    assigned_current_ += current;
    assigned_prior_ += prior;
    rows_.push_back(entry{std::move(key), comparison_row_of(current, prior, total_.current, total_.prior)});
  }

  const P& current_period() const noexcept { return current_; }
  const P& prior_period() const noexcept { return prior_; }
  /** The totals row: share 100 %, contribution equal to the total's growth. */
  const comparison_row<M>& total() const noexcept { return total_; }
  /** The row of what no key took (partition tables only): total minus the sum of the rows. */
  comparison_row<M> unassigned() const requires(Rows == rows_are::partition) {
    return comparison_row_of(total_.current - assigned_current_, total_.prior - assigned_prior_, total_.current,
                             total_.prior);
  }

  /** The row of `key`, or null. */
  const comparison_row<M>* find(const Key& key) const {
    const auto at = std::find_if(rows_.begin(), rows_.end(), [&](const entry& e) { return e.key == key; });
    return at == rows_.end() ? nullptr : &at->row;
  }
  /** The row of `key`; throws tradestat::error (invalid_argument) naming the key when the table has none. */
  const comparison_row<M>& operator[](const Key& key) const {
    if (const comparison_row<M>* r = find(key)) return *r;
    throw error(error_kind::invalid_argument, "tradestat: the comparison table has no row for " + detail::key_text(key));
  }

  std::size_t size() const noexcept { return rows_.size(); }
  bool empty() const noexcept { return rows_.empty(); }
  const_iterator begin() const noexcept { return rows_.begin(); }
  const_iterator end() const noexcept { return rows_.end(); }
  const std::vector<entry>& rows() const noexcept { return rows_; }

 private:
  P current_;
  P prior_;
  comparison_row<M> total_;
  M assigned_current_{};
  M assigned_prior_{};
  std::vector<entry> rows_;
};

/** True for every comparison_table. */
template <class T>
inline constexpr bool is_comparison_table_v = false;
template <class K, class M, class P, rows_are R>
inline constexpr bool is_comparison_table_v<comparison_table<K, M, P, R>> = true;
template <class T>
concept comparison_table_type = is_comparison_table_v<std::remove_cvref_t<T>>;
/** A table whose rows partition its total. */
template <class T>
concept partition_table = comparison_table_type<T> && !std::remove_cvref_t<T>::overlapping;

/** The sum of the contributions of a partition's rows and of `unassigned()`: exactly the total's
 *  growth (exact rational arithmetic, no rounding); `no_base` when the prior total is zero.
 *  Example: `sum_contributions(by_flow)` // the total's growth, e.g. exports +21.2 and imports -1.3 points make 19.9 */
template <partition_table T>
contribution_cell sum_contributions(const T& table) {
  if (!table.total().contribution.has_value()) return no_base;
  contribution sum = *table.unassigned().contribution;
  for (const auto& e : table) sum = sum + *e.row.contribution;
  return sum;
}

/** The sum of the current shares of a partition's rows and of `unassigned()`: exactly 100 %;
 *  `no_base` when the current total is zero. (Shares do not add in general: this is the one case where they do.)
 *  Example: `sum_shares(by_partner)` // share of 1 */
template <partition_table T>
share_cell sum_shares(const T& table) {
  if (!table.total().share.has_value()) return no_base;
  quotient sum = table.unassigned().share->value();
  for (const auto& e : table) sum = sum + e.row.share->value();
  return share(sum);
}

/** The HHI of a partition's current values (its keyed rows; `unassigned()` is no part of a
 *  partition of partners or products, so it is left out and the rows' sum is the whole).
 *  Example: `hhi_of(by_partner).points(rounding::half_up)` // concentration of trade over partners */
template <partition_table T>
hhi hhi_of(const T& table) {
  std::vector<typename std::remove_cvref_t<T>::money_type> amounts;
  amounts.reserve(table.size());
  for (const auto& e : table) amounts.push_back(e.row.current);
  return hhi_of(amounts);
}

// Rejected operations: declared, never defined, returning the rule (see ratio_kinds.hpp).
namespace rule {
struct the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add;
struct a_comparison_needs_two_periods_of_one_kind__convert_the_finer_period_first;
}  // namespace rule
namespace detail {
template <class T>
concept overlapping_table = comparison_table_type<T> && std::remove_cvref_t<T>::overlapping;
}  // namespace detail
// clang-format off
template <detail::overlapping_table T>
rule::the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add sum_contributions(const T&);  // the rows of overlapping groups do not partition the total: their contributions do not add
template <detail::overlapping_table T>
rule::the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add sum_shares(const T&);  // the rows of overlapping groups do not partition the total: their shares do not add
template <detail::overlapping_table T>
rule::the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add hhi_of(const T&);  // the rows of overlapping groups do not partition the total: their squared shares mean nothing
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_COMPARE_HPP
