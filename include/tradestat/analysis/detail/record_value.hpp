// What the comparison and unit-value headers read from a record: its value in CNY or USD (by
// reference, as the record holds it) and the last month of its period.
#ifndef TRADESTAT_ANALYSIS_DETAIL_RECORD_VALUE_HPP
#define TRADESTAT_ANALYSIS_DETAIL_RECORD_VALUE_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/money.hpp>

#include <concepts>
#include <iterator>
#include <optional>
#include <type_traits>
#include <variant>

namespace tradestat::detail {

/** The record's value in C, CNY or USD (the two currencies a record holds). */
template <class C>
constexpr const std::optional<money<C>>& record_value(const record& r) noexcept {
  static_assert(std::same_as<C, CNY> || std::same_as<C, USD>,
                "a record holds values in CNY (value_cny) and USD (value_usd) only: convert the table with an exchange_rate");
  if constexpr (std::same_as<C, CNY>) {
    return r.value_cny;
  } else {
    return r.value_usd;
  }
}

/** The last month of a record's period. */
constexpr month last_month_of(const record_period& rp) noexcept {
  const month* m = std::get_if<month>(&rp);
  return m ? *m : std::get<year>(rp).last_month();
}

template <class R>
concept record_range =
    std::ranges::input_range<R> && std::same_as<std::remove_cvref_t<std::ranges::range_reference_t<R>>, record>;

}  // namespace tradestat::detail

#endif  // TRADESTAT_ANALYSIS_DETAIL_RECORD_VALUE_HPP
