// The shapes of the analysis results that report/ prints, as concepts on their members, so that
// report headers need not include analysis/compare.hpp and analysis/keyed_table.hpp (over a second
// of compile time, with the record and the pipelines): whoever has such a table has included them.
#ifndef TRADESTAT_REPORT_DETAIL_SHAPES_HPP
#define TRADESTAT_REPORT_DETAIL_SHAPES_HPP

#include <tradestat/analysis/comparison_row.hpp>
#include <tradestat/units/money.hpp>

#include <concepts>
#include <cstddef>
#include <type_traits>

namespace tradestat::detail {

template <class T>
inline constexpr bool is_comparison_row_v = false;
template <class M>
inline constexpr bool is_comparison_row_v<comparison_row<M>> = true;

/** A comparison table (analysis/compare.hpp): two periods, entries of a key and a
 *  `comparison_row`, a totals row, and whether its rows overlap. */
template <class T>
concept comparison_table_shape = requires(const T& t) {
  typename T::key_type;
  typename T::money_type;
  typename T::period_type;
  { T::overlapping } -> std::convertible_to<bool>;
  { t.current_period() } -> std::convertible_to<const typename T::period_type&>;
  { t.prior_period() } -> std::convertible_to<const typename T::period_type&>;
  { t.total() } -> std::convertible_to<const comparison_row<typename T::money_type>&>;
  { t.rows().begin()->key } -> std::convertible_to<const typename T::key_type&>;
  { t.rows().begin()->row } -> std::convertible_to<const comparison_row<typename T::money_type>&>;
  { t.rows_without_value() } -> std::convertible_to<std::size_t>;
} && money_type<typename T::money_type>;

/** A keyed table (analysis/keyed_table.hpp): rows of a key and a sum, the records without a key,
 *  every record once, and whether its rows overlap. */
template <class T>
concept keyed_table_shape = requires(const T& t) {
  typename T::key_type;
  typename T::money_type;
  { T::rows_overlap } -> std::convertible_to<bool>;
  { t.rows().begin()->key } -> std::convertible_to<const typename T::key_type&>;
  { t.rows().begin()->value.present_total() } -> std::convertible_to<typename T::money_type>;
  { t.whole().present_total() } -> std::convertible_to<typename T::money_type>;
  { t.whole().absent() };
  { t.unkeyed().records() };
} && money_type<typename T::money_type>;

}  // namespace tradestat::detail

#endif  // TRADESTAT_REPORT_DETAIL_SHAPES_HPP
