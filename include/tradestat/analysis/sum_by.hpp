// sum_by: exact sums of a money field by key, in one pass, into a keyed_table:
// `rows | where(year{2025}) | sum_by(by_partner, &record::value_cny)`.
#ifndef TRADESTAT_ANALYSIS_SUM_BY_HPP
#define TRADESTAT_ANALYSIS_SUM_BY_HPP

#include <tradestat/analysis/detail/pipe.hpp>
#include <tradestat/analysis/keyed_table.hpp>
#include <tradestat/analysis/keys.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/data/record.hpp>

#include <type_traits>
#include <utility>

namespace tradestat {

/** The aggregation `sum_by(key, field)`: a keyed_table, which is its own mergeable state. */
template <class Key, class Field>
class sum_by_of : public detail::aggregation_closure<sum_by_of<Key, Field>> {
 public:
  constexpr sum_by_of(Key key, Field field) : key_(std::move(key)), field_(std::move(field)) {}

  template <class Row>
  using money_type = detail::summed_money_t<detail::projected_t<Field, Row>>;
  template <class Row>
  using state_type = keyed_table<Key, money_type<Row>>;

  template <class Row>
  state_type<Row> start() const {
    return state_type<Row>{key_};
  }
  template <class State>
  void add(State& table, const record& row) const {
    table.add(row, detail::project(field_, row));
  }
  template <class State>
  State finish(State&& table) const {
    return std::forward<State>(table);
  }
  const Key& key() const noexcept { return key_; }
  const Field& field() const noexcept { return field_; }

 private:
  Key key_;
  Field field_;
};

/** Exact sums of a money field by key: a table with a row per key, a flat array for a key with a
 *  dense index (partner, flow, trade mode, enterprise type, region, brand type, HS chapter, tuples
 *  of these), a flat array over the periods met for a period key (by_year, by_month, ..., or a tuple
 *  of one with dense keys), sorted otherwise. Records without the key are summed in unkeyed(); records without
 *  the field are counted in each row's absent(). Example: `v | sum_by(by_partner, &record::value_cny)` */
template <grouping_key Key, class Row, class T>
  requires detail::summable_value<T>
constexpr sum_by_of<Key, T Row::*> sum_by(Key key, T Row::*field) {
  return {std::move(key), field};
}
template <grouping_key Key, class F>
  requires(detail::record_callable<F> && detail::summable_value<std::invoke_result_t<const F&, const record&>>)
constexpr sum_by_of<Key, F> sum_by(Key key, F field) {
  return {std::move(key), std::move(field)};
}
// clang-format off
template <grouping_key Key, class Row, class T> requires detail::ratio_value<T>
rule::a_ratio_does_not_sum__sum_the_amounts_then_take_the_ratio_of_the_totals sum_by(Key, T Row::*);  // a ratio does not sum: sum the amounts, then take the ratio of the totals
template <grouping_key Key, class Row, class T> requires(!detail::summable_value<T> && !detail::ratio_value<T>)
rule::sum_adds_money__give_a_field_that_holds_money_or_optional_money sum_by(Key, T Row::*);  // sum_by adds money: give a field that holds money<C> or std::optional<money<C>>
template <grouping_key Key, class F> requires(detail::record_callable<F> && detail::ratio_value<std::invoke_result_t<const F&, const record&>>)
rule::a_ratio_does_not_sum__sum_the_amounts_then_take_the_ratio_of_the_totals sum_by(Key, F);  // a ratio does not sum: sum the amounts, then take the ratio of the totals
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_SUM_BY_HPP
