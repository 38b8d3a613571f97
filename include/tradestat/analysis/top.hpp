// top: the N rows of a keyed table with the largest values, e.g. the ten largest export partners.
#ifndef TRADESTAT_ANALYSIS_TOP_HPP
#define TRADESTAT_ANALYSIS_TOP_HPP

#include <tradestat/analysis/keyed_table.hpp>

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
  if (n < rows.size()) {
    std::stable_sort(rows.begin(), rows.end(), larger);
    rows.resize(n);
  } else {
    std::stable_sort(rows.begin(), rows.end(), larger);
  }
  return rows;
}

/** The pipe stage `top(n)`: `v | sum_by(by_partner, &record::value_cny) | top(10)`. */
struct top_stage {
  std::size_t n;
  template <class Key, money_type M>
  friend std::vector<keyed_row<typename Key::key_type, M>> operator|(const keyed_table<Key, M>& table, top_stage s) {
    return top(table, s.n);
  }
};
/** The stage that keeps the `n` largest rows of a table. */
constexpr top_stage top(std::size_t n) noexcept { return top_stage{n}; }

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_TOP_HPP
