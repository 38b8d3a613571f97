// keyed_table: exact sums of money by key (partner, HS chapter, group, ...), as made by sum_by. A
// flat array when the key has a dense index, a flat array over the window of periods met for a
// period key (by_year, by(by_partner, by_month), ...), a sorted array otherwise; a mergeable state (a monoid),
// so tables of pieces of the input merge into the table of the whole.
#ifndef TRADESTAT_ANALYSIS_KEYED_TABLE_HPP
#define TRADESTAT_ANALYSIS_KEYED_TABLE_HPP

#include <tradestat/analysis/keys.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/units/money.hpp>

#include <algorithm>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace tradestat {

namespace rule {
struct the_rows_of_overlapping_groups_do_not_add_up__a_record_counts_in_every_group_it_belongs_to__use_whole;
}  // namespace rule

namespace detail {

template <class K>
inline constexpr bool is_tuple_key_v = false;
template <class... K>
inline constexpr bool is_tuple_key_v<tuple_key<K...>> = true;

/** The order of a table's rows under key function `k`: a dense key by its index, a period by its
 *  place on the timeline, a tuple of keys lexicographically in the order the keys were given (each
 *  part in its own order), any other key by its `<`. */
template <class K, class V>
constexpr bool key_before(const K& k, const V& a, const V& b) {
  if constexpr (is_tuple_key_v<K>) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      bool decided = false, before = false;
      const auto part = [&](const auto& key, const auto& x, const auto& y) {
        if (decided) return;
        if (key_before(key, x, y)) {
          decided = before = true;
        } else if (key_before(key, y, x)) {
          decided = true;
        }
      };
      (part(std::get<I>(k.keys), std::get<I>(a), std::get<I>(b)), ...);
      return before;
    }(std::make_index_sequence<std::tuple_size_v<V>>{});
  } else if constexpr (dense_key<K> || overlapping_key<K>) {
    return k.index(a) < k.index(b);
  } else if constexpr (windowed_key<K>) {
    return k.slot(a) < k.slot(b);
  } else {
    return a < b;
  }
}

/** Sorts the keys met (with their slots) into the order of key function `k`. It depends on the key
 *  alone, so the tables of one key in several currencies share one sort. */
template <class K, class V>
void sort_by_key(const K& k, std::vector<std::pair<V, std::size_t>>& met) {
  std::sort(met.begin(), met.end(), [&](const auto& a, const auto& b) { return key_before(k, a.first, b.first); });
}

}  // namespace detail

/** A row of a keyed table: its key and the sum of the records under it. */
template <class Key, money_type M>
struct keyed_row {
  Key key;
  summed<M> value;
  friend constexpr bool operator==(const keyed_row&, const keyed_row&) = default;
};

/** Sums of money by key. `rows_overlap` is true for overlapping keys (groups a record may belong to
 *  several of): then rows_total() does not compile, since the rows do not partition the records.
 *  unkeyed() sums the records without a key (no partner, a yearly record under by_month, ...), so
 *  nothing is lost: for a partition, rows_total() + unkeyed() is whole().
 *  Example: `auto t = v | sum_by(by_flow, &record::value_cny); t[trade_flow::exports].value()` */
template <class Key, money_type M>
  requires grouping_key<Key>
class keyed_table {
 public:
  using key_function = Key;
  using key_type = typename Key::key_type;
  using money_type = M;
  using row = keyed_row<key_type, M>;
  using state = sum_state<M>;
  /** True when a record may count in several rows (overlapping groups). */
  static constexpr bool rows_overlap = overlapping_key<Key>;
  /** True when rows are a flat array indexed by the key. */
  static constexpr bool flat = dense_key<Key> || overlapping_key<Key>;
  /** True when rows are a flat array over the periods met (a period key, or a tuple with one). */
  static constexpr bool windowed = !flat && windowed_key<Key>;

  keyed_table() = default;
  explicit keyed_table(Key key) : key_(std::move(key)) {
    if constexpr (flat) slots_.resize(key_.dense_size());
    if constexpr (windowed) block_ = key_.block_size();
  }

  /** Adds a record's value (money, optional money or money_or_absent) under its key or keys. */
  template <class Value>
  void add(const record& r, const Value& v) {
    if constexpr (rows_overlap) {
      whole_.add(v);
      bool any = false;
      key_.for_each_index(r, [&](std::size_t i) {
        slots_[i].add(v);
        any = true;
      });
      if (!any) unkeyed_.add(v);
    } else if constexpr (flat) {
      const std::size_t i = key_.index_of(r);
      if (i < slots_.size())
        slots_[i].add(v);
      else
        unkeyed_.add(v);
    } else if constexpr (windowed) {
      const window_slot w = key_.slot_of(r);
      if (w.period == no_period) {
        unkeyed_.add(v);
        return;
      }
      std::size_t p = static_cast<std::size_t>(w.period - first_);
      if (w.period < first_ || p >= periods_) {
        grow(w.period, true);
        p = static_cast<std::size_t>(w.period - first_);
      }
      slots_[p * block_ + w.inner].add(v);
    } else {
      if (auto k = key_.key_of(r))
        slot_for(*k).add(v);
      else
        unkeyed_.add(v);
    }
  }

  /** The sum under a key; zero with records() == 0 when no record has it.
   *  Example: `t[trade_flow::imports].records()` */
  summed<M> operator[](const key_type& k) const {
    if (const state* s = find_state(k)) return s->result();
    return summed<M>{};
  }
  /** True when some record (with or without the value) has the key. */
  bool contains(const key_type& k) const { return find_state(k) != nullptr; }

  /** The rows that some record has, in key order (`before`): index order for a dense key, time
   *  order for a period, and for a tuple of keys the tuple's lexicographic order in the order the
   *  keys were given, whether the table is flat, windowed or sorted (`by(by_partner, by_year)`:
   *  by partner, then year; `by(by_year, by_partner)`: by year, then partner). */
  std::vector<row> rows() const {
    std::vector<row> out;
    if constexpr (flat) {
      for (std::size_t i = 0; i < slots_.size(); ++i)
        if (!slots_[i].empty()) out.push_back(row{key_.key_at(i), slots_[i].result()});
    } else if constexpr (windowed) {
      std::vector<std::pair<key_type, std::size_t>> met;  // the keys met and their slots, in slot order
      for (std::size_t i = 0; i < slots_.size(); ++i)
        if (!slots_[i].empty())
          met.emplace_back(key_.key_at(window_slot{first_ + static_cast<long long>(i / block_), i % block_}), i);
      // The slots run period by period; a tuple whose period is not its first part orders otherwise.
      if constexpr (detail::is_tuple_key_v<Key>) detail::sort_by_key(key_, met);
      out.reserve(met.size());
      for (auto& [k, i] : met) out.push_back(row{std::move(k), slots_[i].result()});
    } else {
      out.reserve(sorted_.size());
      for (const auto& [k, s] : sorted_) out.push_back(row{k, s.result()});
    }
    return out;
  }
  /** True when the row of key `a` comes before the row of key `b` in rows().
   *  Example: `keyed_table<year_key, money<CNY>>{by_year}.before(year{2024}, year{2025})` // true */
  bool before(const key_type& a, const key_type& b) const { return detail::key_before(key_, a, b); }

  /** The number of rows that some record has. */
  std::size_t size() const {
    if constexpr (flat || windowed) {
      return static_cast<std::size_t>(std::count_if(slots_.begin(), slots_.end(), [](const state& s) { return !s.empty(); }));
    } else {
      return sorted_.size();
    }
  }

  /** The records without a key, summed. */
  summed<M> unkeyed() const { return unkeyed_.result(); }
  /** Every record once, whatever its keys: the base of shares for overlapping groups too. */
  summed<M> whole() const {
    if constexpr (rows_overlap) {
      return whole_.result();
    } else {
      state s = rows_state();
      s.merge(unkeyed_);
      return s.result();
    }
  }
  /** The sum of the rows, for a partition only (for overlapping groups it does not compile).
   *  Example: `t.rows_total().value() + t.unkeyed().value() == t.whole().value()` */
  summed<M> rows_total() const
    requires(!rows_overlap)
  {
    return rows_state().result();
  }
  // clang-format off
  rule::the_rows_of_overlapping_groups_do_not_add_up__a_record_counts_in_every_group_it_belongs_to__use_whole rows_total() const requires(rows_overlap);  // the rows of overlapping groups do not add up: use whole()
  // clang-format on

  /** Adds another table's sums (same key): exact, associative and commutative, and an empty table
   *  is the identity, so partial tables of any split of the input merge into the same table. */
  keyed_table& merge(const keyed_table& other) {
    if constexpr (flat) {
      if (slots_.size() < other.slots_.size()) slots_.resize(other.slots_.size());
      for (std::size_t i = 0; i < other.slots_.size(); ++i) slots_[i].merge(other.slots_[i]);
    } else if constexpr (windowed) {
      if (other.periods_ > 0) {  // the windows may differ: cover both, then add slot by slot
        grow(other.first_, false);
        grow(other.first_ + static_cast<long long>(other.periods_) - 1, false);
        const std::size_t offset = static_cast<std::size_t>(other.first_ - first_) * block_;
        for (std::size_t i = 0; i < other.slots_.size(); ++i) slots_[offset + i].merge(other.slots_[i]);
      }
    } else {
      std::vector<std::pair<key_type, state>> out;
      out.reserve(sorted_.size() + other.sorted_.size());
      auto a = sorted_.begin();
      auto b = other.sorted_.begin();
      while (a != sorted_.end() || b != other.sorted_.end()) {
        if (b == other.sorted_.end() || (a != sorted_.end() && a->first < b->first)) {
          out.push_back(std::move(*a++));
        } else if (a == sorted_.end() || b->first < a->first) {
          out.push_back(*b++);
        } else {
          out.push_back(std::move(*a++));
          out.back().second.merge((b++)->second);
        }
      }
      sorted_ = std::move(out);
      last_ = 0;
    }
    unkeyed_.merge(other.unkeyed_);
    whole_.merge(other.whole_);
    return *this;
  }
  /** The merge of two tables. */
  friend keyed_table merge(keyed_table a, const keyed_table& b) { return std::move(a.merge(b)); }

  const Key& key() const noexcept { return key_; }

  /** Equal when every row and the unkeyed sum are equal (the same figures, however computed). */
  friend bool operator==(const keyed_table& a, const keyed_table& b) {
    return a.rows() == b.rows() && a.unkeyed_ == b.unkeyed_ && a.whole_ == b.whole_;
  }

 private:
  state rows_state() const {
    state s;
    if constexpr (flat || windowed) {
      for (const auto& slot : slots_) s.merge(slot);
    } else {
      for (const auto& [k, v] : sorted_) s.merge(v);
    }
    return s;
  }
  const state* find_state(const key_type& k) const {
    if constexpr (flat) {
      const std::size_t i = key_.index(k);
      return i < slots_.size() && !slots_[i].empty() ? &slots_[i] : nullptr;
    } else if constexpr (windowed) {
      const window_slot w = key_.slot(k);
      if (w.period < first_ || static_cast<std::size_t>(w.period - first_) >= periods_ || w.inner >= block_) return nullptr;
      const state& s = slots_[static_cast<std::size_t>(w.period - first_) * block_ + w.inner];
      return s.empty() ? nullptr : &s;
    } else {
      auto it = std::lower_bound(sorted_.begin(), sorted_.end(), k,
                                 [](const auto& entry, const key_type& key) { return entry.first < key; });
      return it != sorted_.end() && it->first == k ? &it->second : nullptr;
    }
  }
  // The row of a key in the sorted array, inserted if new; the last row used is tried first, since
  // records of one key tend to come together.
  state& slot_for(const key_type& k) {
    if (last_ < sorted_.size() && sorted_[last_].first == k) return sorted_[last_].second;
    auto it = std::lower_bound(sorted_.begin(), sorted_.end(), k,
                               [](const auto& entry, const key_type& key) { return entry.first < key; });
    if (it == sorted_.end() || !(it->first == k)) it = sorted_.insert(it, {k, state{}});
    last_ = static_cast<std::size_t>(it - sorted_.begin());
    return it->second;
  }

  // Widens the window of a windowed table to cover period p; with slack, the window at least doubles,
  // so records in order of time cost few copies. Slots outside the old window are empty.
  void grow(long long p, bool slack) {
    if (periods_ == 0) {
      block_ = key_.block_size();
      first_ = p;
      periods_ = 1;
      slots_.assign(block_, state{});
      return;
    }
    const long long last = first_ + static_cast<long long>(periods_) - 1;
    if (p >= first_ && p <= last) return;
    const long long span = slack ? static_cast<long long>(periods_) : 0;
    long long new_first = first_, new_last = last;
    if (p < first_) {
      new_first = std::max(std::min(p, first_ - span), 0LL);
      new_first = std::min(new_first, p);
    } else {
      new_last = std::max(p, last + span);
    }
    const std::size_t new_periods = static_cast<std::size_t>(new_last - new_first + 1);
    std::vector<state> out(new_periods * block_);
    const std::size_t offset = static_cast<std::size_t>(first_ - new_first) * block_;
    std::move(slots_.begin(), slots_.end(), out.begin() + static_cast<std::ptrdiff_t>(offset));
    slots_ = std::move(out);
    first_ = new_first;
    periods_ = new_periods;
  }

  Key key_{};
  std::vector<state> slots_{};                          // flat: one per dense index; windowed: block_ per period
  std::vector<std::pair<key_type, state>> sorted_{};   // sorted: by key
  std::size_t last_ = 0;
  long long first_ = 0;     // windowed: the first period of the window (its index())
  std::size_t periods_ = 0;  // windowed: the periods in the window
  std::size_t block_ = 0;    // windowed: rows per period
  state unkeyed_{};
  state whole_{};  // overlapping keys only: every record once
};

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_KEYED_TABLE_HPP
