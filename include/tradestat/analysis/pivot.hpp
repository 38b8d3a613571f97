// pivot: a table of rows (partners, HS chapters, ...) by columns (months, quarters, years), e.g.
// exports by partner and year, from one pass: `v | pivot_by(by_partner, by_year, &record::value_cny)`.
#ifndef TRADESTAT_ANALYSIS_PIVOT_HPP
#define TRADESTAT_ANALYSIS_PIVOT_HPP

#include <tradestat/analysis/detail/pipe.hpp>
#include <tradestat/analysis/keyed_table.hpp>
#include <tradestat/analysis/keys.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>

#include <algorithm>
#include <cstddef>
#include <tuple>
#include <utility>
#include <vector>

namespace tradestat {

/** Sums by row key and column key as a grid: every row has a cell in every column (zero with no
 *  records where no record has both keys). Rows and columns are in key order.
 *  Example: `p.at(kazakhstan, year{2025}).value()` */
template <class RowKey, class ColumnKey, money_type M>
class pivot_table {
 public:
  using row_key = RowKey;
  using column_key = ColumnKey;

  pivot_table() = default;
  /** From a table keyed by a (row, column) pair. */
  template <class Key>
    requires std::same_as<typename Key::key_type, std::tuple<RowKey, ColumnKey>>
  explicit pivot_table(const keyed_table<Key, M>& table) : unkeyed_{table.unkeyed()} {
    const auto rows = table.rows();
    for (const auto& r : rows) {
      rows_.push_back(std::get<0>(r.key));
      columns_.push_back(std::get<1>(r.key));
    }
    unique_sorted(rows_);
    unique_sorted(columns_);
    cells_.resize(rows_.size() * columns_.size());
    for (const auto& r : rows) cells_[position(std::get<0>(r.key), std::get<1>(r.key))] = r.value;
  }

  const std::vector<RowKey>& rows() const noexcept { return rows_; }
  const std::vector<ColumnKey>& columns() const noexcept { return columns_; }
  /** The cell of a row and a column; zero with no records when either key is not in the table. */
  summed<M> at(const RowKey& r, const ColumnKey& c) const {
    const std::size_t p = position(r, c);
    return p < cells_.size() ? cells_[p] : summed<M>{};
  }
  /** Records that lacked the row or the column key, summed. */
  const summed<M>& unkeyed() const noexcept { return unkeyed_; }

 private:
  template <class T>
  static void unique_sorted(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  template <class T>
  static std::size_t find(const std::vector<T>& v, const T& k) {
    const auto it = std::lower_bound(v.begin(), v.end(), k);
    return it != v.end() && *it == k ? static_cast<std::size_t>(it - v.begin()) : static_cast<std::size_t>(-1);
  }
  std::size_t position(const RowKey& r, const ColumnKey& c) const {
    const std::size_t i = find(rows_, r);
    const std::size_t j = find(columns_, c);
    return i == static_cast<std::size_t>(-1) || j == static_cast<std::size_t>(-1) ? static_cast<std::size_t>(-1)
                                                                                  : i * columns_.size() + j;
  }

  std::vector<RowKey> rows_;
  std::vector<ColumnKey> columns_;
  std::vector<summed<M>> cells_;
  summed<M> unkeyed_;
};

/** The grid of a table keyed by a pair. Example: `pivot(v | sum_by(by(by_partner, by_year), &record::value_cny))` */
template <class Key, money_type M>
  requires(std::tuple_size_v<typename Key::key_type> == 2)
auto pivot(const keyed_table<Key, M>& table) {
  using K = typename Key::key_type;
  return pivot_table<std::tuple_element_t<0, K>, std::tuple_element_t<1, K>, M>{table};
}

/** The aggregation `pivot_by(row key, column key, field)`: sum_by over the pair, finished as a grid. */
template <class RowKey, class ColumnKey, class Field>
class pivot_by_of : public detail::aggregation_closure<pivot_by_of<RowKey, ColumnKey, Field>> {
 public:
  constexpr pivot_by_of(RowKey r, ColumnKey c, Field f) : inner_{by(r, c), std::move(f)} {}
  template <class Row>
  auto start() const {
    return inner_.template start<Row>();
  }
  template <class State>
  void add(State& s, const record& row) const {
    inner_.add(s, row);
  }
  template <class State>
  auto finish(const State& s) const {
    return pivot(s);
  }

 private:
  sum_by_of<tuple_key<RowKey, ColumnKey>, Field> inner_;
};

/** Sums of a money field by a row key and a column key (a period key, typically), as a grid.
 *  Example: `v | pivot_by(by_partner, by_year, &record::value_cny)` */
template <grouping_key RowKey, grouping_key ColumnKey, class Field>
  requires(!overlapping_key<RowKey> && !overlapping_key<ColumnKey>)
constexpr pivot_by_of<RowKey, ColumnKey, Field> pivot_by(RowKey r, ColumnKey c, Field f) {
  (void)sum_by(by(r, c), f);  // the same checks of the field as sum_by
  return {std::move(r), std::move(c), std::move(f)};
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_PIVOT_HPP
