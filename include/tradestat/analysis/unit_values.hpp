// Unit values of records (value per kilogram, per item): the value and the quantity summed over the
// rows that give both, then divided once, exactly.
#ifndef TRADESTAT_ANALYSIS_UNIT_VALUES_HPP
#define TRADESTAT_ANALYSIS_UNIT_VALUES_HPP

#include <tradestat/analysis/detail/record_value.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quantity.hpp>
#include <tradestat/units/unit_value.hpp>

#include <concepts>
#include <cstddef>
#include <iterator>  // std::ranges concepts and accessors, without all of <ranges>
#include <optional>
#include <type_traits>

namespace tradestat {

/** The totals a unit value is computed from: the value and the quantity summed over the `rows`
 *  that give both (in the unit asked), and how many rows were left out (no value in the currency,
 *  no quantity, or a quantity in another unit). A unit value only exists within one quantity unit.
 *  Example: `unit_value_by_weight<CNY>(rows).per_unit()` // yuan per kilogram, or empty for no weight */
template <currency C, trade_quantity_unit Q>
struct unit_value_total {
  money<C> value{};
  trade_quantity<Q> quantity{};
  std::size_t rows = 0;
  std::size_t rows_left_out = 0;

  /** Σ value / Σ quantity, exactly; empty when the quantity is zero (no base). */
  std::optional<unit_value<C, one, Q>> per_unit() const {
    if (quantity.value() == 0) return std::nullopt;
    return value / quantity;
  }
};

namespace detail {

template <class C, class Q, class R, class Quantity>
unit_value_total<C, Q> total_unit_value(R&& records, Quantity quantity_of) {
  int128 value = 0;
  int128 quantity = 0;
  unit_value_total<C, Q> out;
  for (const record& r : records) {
    const auto& v = record_value<C>(r);
    const std::optional<std::int64_t> q = quantity_of(r);
    if (!v || !q) {
      ++out.rows_left_out;
      continue;
    }
    value += v->count();
    quantity += *q;
    ++out.rows;
  }
  out.value = money<C>(narrow<std::int64_t>(value, "unit value (sum of values)"));
  out.quantity = trade_quantity<Q>::from_value(narrow<std::int64_t>(quantity, "unit value (sum of quantities)"));
  return out;
}

}  // namespace detail

/** Value per kilogram of net weight over records, in CNY or USD: rows without a value in that
 *  currency or without a net weight are left out (and counted).
 *  Example: `unit_value_by_weight<CNY>(rows).per_unit()->per_one(rounding::half_up)` // yuan per kg */
template <currency C = CNY, detail::record_range R>
unit_value_total<C, kilogram_unit> unit_value_by_weight(R&& records) {
  return detail::total_unit_value<C, kilogram_unit>(records, [](const record& r) -> std::optional<std::int64_t> {
    if (!r.net_weight) return std::nullopt;
    return r.net_weight->value();
  });
}

/** Value per item over records whose counted quantity is in `unit` ("件", "台", "个": the source's own
 *  name for an item); rows in another unit, or without a quantity or a value, are left out.
 *  Example: `unit_value_by_count<USD>(rows, quantity_unit{"台"}).per_unit()` // dollars per set */
template <currency C = CNY, detail::record_range R>
unit_value_total<C, item_unit> unit_value_by_count(R&& records, const quantity_unit& unit) {
  return detail::total_unit_value<C, item_unit>(records, [&](const record& r) -> std::optional<std::int64_t> {
    if (!r.quantity || !(r.quantity->unit == unit)) return std::nullopt;
    return r.quantity->amount;
  });
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_UNIT_VALUES_HPP
