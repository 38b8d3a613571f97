// Comparison tables (对比表): per key this period and the comparison period, growth, share, share
// change, contribution and contribution rate, with a totals row; `compare(records, current, prior, by)`.
#ifndef TRADESTAT_ANALYSIS_COMPARE_HPP
#define TRADESTAT_ANALYSIS_COMPARE_HPP

#include <tradestat/analysis/comparable_basis.hpp>
#include <tradestat/analysis/comparison_row.hpp>
#include <tradestat/analysis/concentration.hpp>
#include <tradestat/analysis/detail/record_value.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/keyed_table.hpp>
#include <tradestat/analysis/keys.hpp>
#include <tradestat/data/record_access.hpp>
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/country_group.hpp>
#include <tradestat/codes/trade_flow.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
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

/** `by_group(...)` dates each record's membership by its own period (members of each period): it
 *  cannot count one membership in both periods, so the other bases need the groups themselves. */
inline void check_group_key_basis(basis b) {
  if (b != basis::members_each_period) {
    throw error(error_kind::invalid_argument,
                std::string("tradestat: by_group(...) counts each record by its partner's membership in its own "
                            "period, so it cannot compare on the basis of ") +
                    std::string(to_string(b)) +
                    ": pass the groups themselves, compare(rows, current, prior, {groups::asean(), ...}), or ask "
                    "for {.membership = basis::members_each_period}");
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

  /** Records of the two periods and the measure that had no value in the table's currency, left
   *  out of every sum (a GACC export in yuan has no dollar values): zero for a complete table. */
  std::size_t rows_without_value() const noexcept { return rows_without_value_; }
  void set_rows_without_value(std::size_t n) noexcept { rows_without_value_ = n; }

 private:
  P current_;
  P prior_;
  comparison_row<M> total_;
  M assigned_current_{};
  M assigned_prior_{};
  std::vector<entry> rows_;
  std::size_t rows_without_value_ = 0;
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


namespace detail {

/** A country group passed to compare: a reference for the call only (rows are keyed by name). */
class group_arg {
 public:
  group_arg(const country_group& g) noexcept : group_(&g) {}  // NOLINT(google-explicit-constructor)
  const country_group& group() const noexcept { return *group_; }

 private:
  const country_group* group_;
};

inline constexpr std::size_t country_slots = country::none().index() + 1;

/** Routes a record to the groups its partner belongs to, through one bit mask per country: fixed
 *  for the comparison on the current-members and members-throughout bases, per month of the
 *  window on the members-of-each-period basis (membership on the month's last day; a year record
 *  takes its last month). */
class group_router {
 public:
  static constexpr rows_are rows = rows_are::overlapping;
  using key_type = group_key;

  template <class P>
  group_router(std::vector<group_arg> groups, basis b, const P& current, const P& prior)
      : groups_(std::move(groups)), basis_(b),
        first_(std::min(current.first_month(), prior.first_month())),
        last_(std::max(current.last_month(), prior.last_month())) {
    if (groups_.size() > 64) {
      throw error(error_kind::invalid_argument, "tradestat: compare takes at most 64 groups at once, got " +
                                                    std::to_string(groups_.size()) + ": split them over several tables");
    }
    for (const group_arg& g : groups_) rows_.add_row(group_key{g.group()});
    if (basis_ == basis::members_each_period) {
      by_month_.resize(static_cast<std::size_t>((last_ - first_).count() + 1));
    } else {
      fixed_.assign(country_slots, 0);
      for (std::size_t g = 0; g < groups_.size(); ++g) {
        const country_group fixed = comparable_group(groups_[g].group(), basis_, current, prior);
        for (const membership& m : fixed.memberships()) fixed_[m.member.index()] |= std::uint64_t{1} << g;
      }
    }
  }

  std::size_t slots() const noexcept { return groups_.size(); }
  /** Every slot routed is below slots(): the sums are sized once. */
  static constexpr bool fixed_slots = true;
  const group_key& key_at(std::size_t slot) const noexcept { return rows_.name_at(slot); }
  /** Every group has a row, even one without trade. */
  static constexpr bool lists_every_slot = true;
  std::vector<std::size_t> order(std::size_t n) const {
    std::vector<std::size_t> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = i;
    return out;
  }

  template <class F>
  void route(const record& r, F&& add) const {
    if (!r.partner) return;
    std::uint64_t mask = masks_for(r.period)[r.partner->country.index()];
    while (mask != 0) {
      add(static_cast<std::size_t>(__builtin_ctzll(mask)));
      mask &= mask - 1;
    }
  }

 private:
  const std::vector<std::uint64_t>& masks_for(const record_period& p) const {
    if (basis_ != basis::members_each_period) return fixed_;
    return masks_of_month(p);
  }
  // Out of the loop's way: the membership of the record's month, built when first met.
  [[gnu::noinline]] const std::vector<std::uint64_t>& masks_of_month(const record_period& p) const {
    const month m = last_month_of(p);
    const auto at = static_cast<std::size_t>((m - first_).count());
    std::vector<std::uint64_t>& masks = by_month_[at];
    if (masks.empty()) {
      masks.assign(country_slots, 0);
      const date day = m.last_day();
      for (std::size_t g = 0; g < groups_.size(); ++g)
        for (const country c : groups_[g].group().members(day)) masks[c.index()] |= std::uint64_t{1} << g;
    }
    return masks;
  }

  std::vector<group_arg> groups_;
  group_rows rows_;
  basis basis_;
  month first_, last_;
  std::vector<std::uint64_t> fixed_;
  mutable std::vector<std::vector<std::uint64_t>> by_month_;  // filled as months are met
};

/** Routes a record to its rows under a grouping key (analysis/keys.hpp): the one row of a dense or
 *  sorted key (a partition), every row of an overlapping key. */
template <grouping_key Key>
class key_router {
 public:
  static constexpr rows_are rows = overlapping_key<Key> ? rows_are::overlapping : rows_are::partition;
  using key_type = typename Key::key_type;
  /** Overlapping groups each have a row, even one without trade; a partition lists the keys met. */
  static constexpr bool lists_every_slot = overlapping_key<Key>;
  static constexpr bool dense = dense_key<Key> || overlapping_key<Key>;
  /** A dense key routes below slots() (its dense_size()): the sums are sized once. */
  static constexpr bool fixed_slots = dense;

  explicit key_router(const Key& key) : key_(key) {}

  std::size_t slots() const {
    if constexpr (dense) {
      return key_.dense_size();
    } else {
      return 0;  // grows as keys are met
    }
  }
  key_type key_at(std::size_t slot) const {
    if constexpr (dense) {
      return key_.key_at(slot);
    } else {
      return keys_[slot];
    }
  }
  /** The slots in the order of their keys. */
  std::vector<std::size_t> order(std::size_t n) const {
    std::vector<std::size_t> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = i;
    if constexpr (!dense) {
      std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) { return keys_[a] < keys_[b]; });
    }
    return out;
  }

  template <class F>
  void route(const record& r, F&& add) const {
    if constexpr (overlapping_key<Key>) {
      key_.for_each_index(r, add);
    } else if constexpr (dense_key<Key>) {
      const std::size_t i = key_.index_of(r);
      if (i != no_key) add(i);
    } else {
      if (const auto k = key_.key_of(r)) add(slot_of(*k));
    }
  }

 private:
  std::size_t slot_of(const key_type& k) const {
    if (last_ < keys_.size() && keys_[last_] == k) return last_;
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] == k) return last_ = i;
    }
    keys_.push_back(k);
    return last_ = keys_.size() - 1;
  }

  const Key& key_;
  mutable std::vector<key_type> keys_;  // sorted keys: the keys met, in the order met
  mutable std::size_t last_ = 0;        // records of one key tend to come together
};

struct two_sums {
  int128 current = 0;
  int128 prior = 0;
  bool seen = false;
};

/** The sums of one pass: the totals of the two periods, each slot's sums, the records without value. */
struct compare_sums {
  int128 total_current = 0;
  int128 total_prior = 0;
  std::size_t without_value = 0;
  std::vector<two_sums> sums;
};

/** The pass itself, for one measure (so the sign of a flow is known at compile time) and, for a
 *  dense or overlapping key, a fixed number of slots (sized once, no bounds check per record). */
template <trade_measure Measure, class C, class R, class P, class Router>
void compare_pass(R&& records, const P& current, const P& prior, const Router& router, compare_sums& out) {
  int128 total_current = 0, total_prior = 0;
  std::size_t without_value = 0;
  std::vector<two_sums>& sums = out.sums;
  for (const record& r : records) {
    const int sign = measure_sign(Measure, r.flow);
    if (sign == 0) continue;
    bool in_current = false;
    bool in_prior = false;
    if constexpr (std::same_as<P, year>) {  // the usual table: every record lies in one year, never partly
      const year y = year_of(r.period);
      in_current = y == current;
      in_prior = y == prior;
    } else {
      in_current = contains(current, r.period);  // throws for a yearly record partly in the period
      in_prior = contains(prior, r.period);
    }
    if (!in_current && !in_prior) continue;
    const auto& v = record_value<C>(r);
    if (!v) {
      ++without_value;
      continue;
    }
    const int128 x = sign > 0 ? int128{v->count()} : -int128{v->count()};
    // A record lies in one of the two periods (both only when the periods overlap, which the usual
    // table never does): one add to the side it lies in, chosen without a branch.
    const bool both = in_current && in_prior;
    (in_current ? total_current : total_prior) += x;
    if (both) total_prior += x;
    router.route(r, [&](std::size_t slot) {
      if constexpr (!Router::fixed_slots) {
        if (slot >= sums.size()) sums.resize(slot + 1);
      }
      two_sums& s = sums[slot];  // fixed slots: slot < slots(), the size of sums
      if constexpr (!Router::lists_every_slot) s.seen = true;
      (in_current ? s.current : s.prior) += x;
      if (both) s.prior += x;
    });
  }
  out.total_current = total_current;
  out.total_prior = total_prior;
  out.without_value = without_value;
}

/** One pass over the records: the totals of the two periods and each slot's sums, then the table. */
template <class C, class R, class P, class Router>
auto compare_routed(R&& records, const P& current, const P& prior, const Router& router, trade_measure measure) {
  using M = money<C>;
  compare_sums pass;
  pass.sums.resize(router.slots());
  switch (measure) {
    case trade_measure::total_trade:
      compare_pass<trade_measure::total_trade, C>(records, current, prior, router, pass);
      break;
    case trade_measure::exports:
      compare_pass<trade_measure::exports, C>(records, current, prior, router, pass);
      break;
    case trade_measure::imports:
      compare_pass<trade_measure::imports, C>(records, current, prior, router, pass);
      break;
    case trade_measure::balance:
      compare_pass<trade_measure::balance, C>(records, current, prior, router, pass);
      break;
  }
  const int128 total_current = pass.total_current;
  const int128 total_prior = pass.total_prior;
  const std::size_t without_value = pass.without_value;
  std::vector<two_sums>& sums = pass.sums;
  comparison_table<typename Router::key_type, M, P, Router::rows> table(
      current, prior, M(narrow<std::int64_t>(total_current, "compare (total of the current period)")),
      M(narrow<std::int64_t>(total_prior, "compare (total of the prior period)")));
  for (const std::size_t slot : router.order(sums.size())) {
    if (!sums[slot].seen && !Router::lists_every_slot) continue;
    table.add(router.key_at(slot), M(narrow<std::int64_t>(sums[slot].current, "compare (a row of the current period)")),
              M(narrow<std::int64_t>(sums[slot].prior, "compare (a row of the prior period)")));
  }
  table.set_rows_without_value(without_value);
  return table;
}

}  // namespace detail

/** The comparison of `current` with `prior` (two periods of one kind) over records, one row per
 *  key of `by` (a grouping key of analysis/keys.hpp: `by_partner`, `by_flow`, `by_hs2`, `by_mode`,
 *  `by(by_partner, by_flow)`, ...), in currency C (CNY or USD: the record's `value_cny` or
 *  `value_usd`), for `options.measure`; one pass over the records. A dense or sorted key is a
 *  partition (records without the key in `unassigned()`); rows are those of the keys met, in key
 *  order. The prior period must be the year-on-year one unless `options.periods` is `pairing::any`
 *  (else tradestat::error, invalid_argument, naming both periods); a yearly record lying partly in a
 *  period throws tradestat::error (incomplete), as `contains` does.
 *  Example: `compare<CNY>(rows, year{2025}, year{2024}, by_flow)[trade_flow::exports].contribution`
 *  // 21.2 points for Xinjiang */
template <currency C = CNY, detail::record_range R, calendar_period P, grouping_key Key>
comparison_table<typename Key::key_type, money<C>, P, detail::key_router<Key>::rows> compare(
    R&& records, const P& current, const P& prior, const Key& by, compare_options options = {}) {
  detail::check_pairing(current, prior, options.periods);
  if constexpr (std::same_as<Key, country_groups_key>) {
    detail::check_group_key_basis(options.membership);
  }
  const detail::key_router<Key> router(by);
  return detail::compare_routed<C>(records, current, prior, router, options.measure);
}

/** The comparison of two keyed tables (analysis/keyed_table.hpp: `sum_by` of each period) of one
 *  key and one money type: one row per key either table has, in key order; totals are each table's
 *  `whole()` (every record once, keyed or not; for a partition the rest is `unassigned()`). Rows
 *  count only the records that had the field; how many lacked it is `rows_without_value()`.
 *  Tables in different currencies do not compile: convert one first.
 *  Example: `compare(rows | where(year{2025}) | sum_by(by_partner, &record::value_cny), rows | where(year{2024}) | sum_by(by_partner, &record::value_cny), year{2025}, year{2024})` */
template <grouping_key Key, money_type M, calendar_period P>
comparison_table<typename Key::key_type, M, P, overlapping_key<Key> ? rows_are::overlapping : rows_are::partition>
compare(const keyed_table<Key, M>& current, const keyed_table<Key, M>& prior, const P& current_period,
        const P& prior_period, pairing periods = pairing::year_on_year) {
  detail::check_pairing(current_period, prior_period, periods);
  using K = typename Key::key_type;
  comparison_table<K, M, P, overlapping_key<Key> ? rows_are::overlapping : rows_are::partition> table(
      current_period, prior_period, current.whole().present_total(), prior.whole().present_total());
  const auto a = current.rows();
  const auto b = prior.rows();
  const auto before = [&](const K& x, const K& y) { return current.before(x, y); };  // the order of rows()
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && before(i->key, j->key))) {
      table.add(i->key, i->value.present_total(), M{});
      ++i;
    } else if (i == a.end() || before(j->key, i->key)) {
      table.add(j->key, M{}, j->value.present_total());
      ++j;
    } else {
      table.add(i->key, i->value.present_total(), j->value.present_total());
      ++i;
      ++j;
    }
  }
  table.set_rows_without_value(static_cast<std::size_t>(current.whole().absent() + prior.whole().absent()));
  return table;
}

/** The comparison of `current` with `prior` (two periods of one kind) over records, one row per
 *  group of `groups` (overlapping: a record counts in every group its partner belongs to), on the
 *  membership basis of `options.membership`, in currency C (CNY or USD: the record's `value_cny`
 *  or `value_usd`), for `options.measure`; one pass over the records. The prior period must be
 *  the year-on-year one unless `options.periods` is `pairing::any` (else tradestat::error,
 *  invalid_argument, naming both periods).
 *  Example: `compare<CNY>(rows, year{2025}, year{2024}, {groups::asean(), groups::central_asia()})[groups::asean()].share_change`
 *  // points_cell: 5.1 percentage points for Xinjiang */
template <currency C = CNY, detail::record_range R, calendar_period P>
comparison_table<group_key, money<C>, P, rows_are::overlapping> compare(
    R&& records, const P& current, const P& prior, std::initializer_list<detail::group_arg> groups,
    compare_options options = {}) {
  detail::check_pairing(current, prior, options.periods);
  const detail::group_router router(std::vector<detail::group_arg>(groups), options.membership, current, prior);
  return detail::compare_routed<C>(records, current, prior, router, options.measure);
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
namespace detail {
template <class A, class B>
concept tables_of_two_currencies = !std::same_as<typename A::currency_type, typename B::currency_type>;
}  // namespace detail
// clang-format off
template <class K1, class M1, class K2, class M2, class... O> requires detail::tables_of_two_currencies<M1, M2>
rule::a_comparison_needs_amounts_in_one_currency__convert_with_an_exchange_rate_first compare(const keyed_table<K1, M1>&, const keyed_table<K2, M2>&, const O&...);  // a comparison needs amounts in one currency: convert with an exchange_rate first
template <currency C = CNY, class R, class A, class B, class By, class... O> requires detail::different_period_kinds<A, B>
rule::a_comparison_needs_two_periods_of_one_kind__convert_the_finer_period_first compare(R&&, const A&, const B&, const By&, O...);  // a comparison needs two periods of one kind: convert the finer period first, e.g. year{m}
template <currency C = CNY, class R, class A, class B, class... O> requires detail::different_period_kinds<A, B>
rule::a_comparison_needs_two_periods_of_one_kind__convert_the_finer_period_first compare(R&&, const A&, const B&, std::initializer_list<detail::group_arg>, O...);  // a comparison needs two periods of one kind: convert the finer period first, e.g. year{m}
template <detail::overlapping_table T>
rule::the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add sum_contributions(const T&);  // the rows of overlapping groups do not partition the total: their contributions do not add
template <detail::overlapping_table T>
rule::the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add sum_shares(const T&);  // the rows of overlapping groups do not partition the total: their shares do not add
template <detail::overlapping_table T>
rule::the_rows_of_overlapping_groups_do_not_partition_the_total__their_contributions_and_shares_do_not_add hhi_of(const T&);  // the rows of overlapping groups do not partition the total: their squared shares mean nothing
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_COMPARE_HPP
