// top: the N rows of a keyed table or a comparison table with the largest values, e.g. the ten
// largest export partners.
#ifndef TRADESTAT_ANALYSIS_TOP_HPP
#define TRADESTAT_ANALYSIS_TOP_HPP

#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/keyed_table.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/units/money.hpp>

#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <utility>
#include <vector>

namespace tradestat {

namespace detail {

/** The places of the `n` largest of `totals`, largest first, equal totals in the order given (what a
 *  stable sort gives). It depends on the money type alone, so the tables of every key share one sort. */
template <money_type M>
std::vector<std::size_t> largest_first(const std::vector<M>& totals, std::size_t n) {
  std::vector<std::size_t> order(totals.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // A total order (ties by place), so the partial sort gives what a stable sort would.
  const auto before = [&](std::size_t a, std::size_t b) {
    return totals[b] < totals[a] || (!(totals[a] < totals[b]) && a < b);
  };
  const std::size_t kept = std::min(n, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(), before);
  order.resize(kept);
  return order;
}

/** The `n` rows with the largest `total_of(row)`, largest first, equal totals in the order given.
 *  Only the gathering of totals and rows is instantiated per row type; the sort is largest_first's. */
template <class Row, class Total>
std::vector<Row> largest_rows(std::vector<Row> rows, Total total_of, std::size_t n) {
  using M = std::remove_cvref_t<decltype(total_of(std::declval<const Row&>()))>;
  std::vector<M> totals;
  totals.reserve(rows.size());
  for (const Row& r : rows) totals.push_back(total_of(r));
  const std::vector<std::size_t> order = largest_first(totals, n);
  std::vector<Row> out;  // moved, in ranked order: rows need no default
  out.reserve(order.size());
  for (std::size_t i : order) out.push_back(std::move(rows[i]));
  return out;
}

}  // namespace detail

/** The `n` rows with the largest totals, largest first; rows of equal total keep key order. Rows
 *  are ranked by the total of the records that have the value (each row's absent() says how many
 *  lack it). Example: `top(v | sum_by(by_partner, &record::value_cny), 10).front().key` // the largest partner */
template <class Key, money_type M>
std::vector<keyed_row<typename Key::key_type, M>> top(const keyed_table<Key, M>& table, std::size_t n) {
  return detail::largest_rows(table.rows(), [](const auto& r) { return r.value.present_total(); }, n);
}

/** The `n` rows of a comparison table with the largest current values, largest first; rows of
 *  equal current value keep the table's order (for overlapping groups too: ranking them is no sum).
 *  Example: `top(compare(now, before, year{2025}, year{2024}), 10).front().key` // the largest partner of 2025 */
template <class Key, money_type M, calendar_period P, rows_are Rows>
std::vector<typename comparison_table<Key, M, P, Rows>::entry> top(const comparison_table<Key, M, P, Rows>& table,
                                                                   std::size_t n) {
  return detail::largest_rows(
      std::vector<typename comparison_table<Key, M, P, Rows>::entry>(table.begin(), table.end()),
      [](const auto& e) { return e.row.current; }, n);
}

/** The pipe stage `top(n)`: `v | sum_by(by_partner, &record::value_cny) | top(10)`, or after a
 *  comparison table. */
struct top_stage {
  std::size_t n;
  template <class Key, money_type M>
  friend std::vector<keyed_row<typename Key::key_type, M>> operator|(const keyed_table<Key, M>& table, top_stage s) {
    return top(table, s.n);
  }
  template <class Key, money_type M, calendar_period P, rows_are Rows>
  friend std::vector<typename comparison_table<Key, M, P, Rows>::entry> operator|(
      const comparison_table<Key, M, P, Rows>& table, top_stage s) {
    return top(table, s.n);
  }
};
/** The stage that keeps the `n` largest rows of a table. */
constexpr top_stage top(std::size_t n) noexcept { return top_stage{n}; }

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_TOP_HPP
