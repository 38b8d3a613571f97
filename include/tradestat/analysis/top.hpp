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
#include <vector>

namespace tradestat {

/** The `n` rows with the largest totals, largest first; rows of equal total keep key order. Rows
 *  are ranked by the total of the records that have the value (each row's absent() says how many
 *  lack it). Example: `top(v | sum_by(by_partner, &record::value_cny), 10).front().key` // the largest partner */
template <class Key, money_type M>
std::vector<keyed_row<typename Key::key_type, M>> top(const keyed_table<Key, M>& table, std::size_t n) {
  auto rows = table.rows();
  auto larger = [](const auto& a, const auto& b) { return b.value.present_total() < a.value.present_total(); };
  std::stable_sort(rows.begin(), rows.end(), larger);
  if (n < rows.size()) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(n), rows.end());  // rows need no default
  return rows;
}

/** The `n` rows of a comparison table with the largest current values, largest first; rows of
 *  equal current value keep the table's order (for overlapping groups too: ranking them is no sum).
 *  Example: `top(compare(now, before, year{2025}, year{2024}), 10).front().key` // the largest partner of 2025 */
template <class Key, money_type M, calendar_period P, rows_are Rows>
std::vector<typename comparison_table<Key, M, P, Rows>::entry> top(const comparison_table<Key, M, P, Rows>& table,
                                                                   std::size_t n) {
  std::vector<typename comparison_table<Key, M, P, Rows>::entry> rows(table.begin(), table.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return b.row.current < a.row.current; });
  if (n < rows.size()) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(n), rows.end());  // rows need no default
  return rows;
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
