// aggregate: several aggregations (sum, sum_by, ...) in one pass over the rows, e.g. totals by year
// and flow, exports by partner and the grand total from one reading of a file.
#ifndef TRADESTAT_ANALYSIS_AGGREGATE_HPP
#define TRADESTAT_ANALYSIS_AGGREGATE_HPP

#include <tradestat/analysis/detail/pipe.hpp>

#include <cstddef>
#include <iterator>
#include <tuple>
#include <utility>

namespace tradestat {

/** An aggregation over rows of type Row: start<Row>() makes its state, add(state, row) adds a row,
 *  finish(state) gives the result, and states merge (state.merge(other)): sum(...), sum_by(...).
 *  Example: `static_assert(aggregation<decltype(sum(&record::value_cny)), record>)` */
template <class A, class Row>
concept aggregation = requires(const A& a, decltype(a.template start<Row>()) s, const Row& row) {
  a.add(s, row);
  s.merge(s);
  a.finish(s);
};

namespace detail {
template <class Row, class... A>
using states_t = std::tuple<decltype(std::declval<const A&>().template start<Row>())...>;

template <class Row, class... A>
states_t<Row, A...> start_all(const std::tuple<const A&...>& aggs) {
  return std::apply([](const A&... a) { return states_t<Row, A...>{a.template start<Row>()...}; }, aggs);
}
template <class States, class Aggs, class Row, std::size_t... I>
void add_all(States& states, const Aggs& aggs, const Row& row, std::index_sequence<I...>) {
  (std::get<I>(aggs).add(std::get<I>(states), row), ...);
}
template <class States, std::size_t... I>
void merge_all(States& into, const States& from, std::index_sequence<I...>) {
  (std::get<I>(into).merge(std::get<I>(from)), ...);
}
template <class States, class Aggs, std::size_t... I>
auto finish_all(States&& states, const Aggs& aggs, std::index_sequence<I...>) {
  return std::tuple{std::get<I>(aggs).finish(std::move(std::get<I>(states)))...};
}
// One pass over one range: the states of every aggregation.
template <class Row, class R, class... A>
states_t<Row, A...> run_all(R&& rows, const std::tuple<const A&...>& aggs) {
  auto states = start_all<Row>(aggs);
  for (auto&& row : rows) add_all(states, aggs, row, std::index_sequence_for<A...>{});
  return states;
}
}  // namespace detail

/** Runs every aggregation over the rows in one pass and returns their results as a tuple, in order.
 *  Example: `auto [total, by_p] = aggregate(rows, sum(&record::value_cny), sum_by(by_partner, &record::value_cny));` */
template <std::ranges::input_range R, class... A>
  requires(sizeof...(A) >= 1 && (aggregation<A, std::ranges::range_value_t<R>> && ...))
auto aggregate(R&& rows, const A&... aggs) {
  using Row = std::ranges::range_value_t<R>;
  const std::tuple<const A&...> all{aggs...};
  return detail::finish_all(detail::run_all<Row>(std::forward<R>(rows), all), all, std::index_sequence_for<A...>{});
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_AGGREGATE_HPP
