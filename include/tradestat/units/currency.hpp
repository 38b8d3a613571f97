// What a currency is: an ISO 4217 tag with its codes and minor units. Its Boost.Units dimension
// is in currency_unit.hpp, kept apart so that money.hpp compiles without Boost.Units.
#ifndef TRADESTAT_UNITS_CURRENCY_HPP
#define TRADESTAT_UNITS_CURRENCY_HPP

#include <concepts>
#include <cstdint>
#include <string_view>

namespace tradestat {

/** One row of the ISO 4217 table, usable at run time.
 *  Example: `find_currency("JPY")->minor_units` // 0 */
struct currency_record {
  std::string_view alpha;      // "CNY"
  std::uint16_t numeric;       // 156
  int minor_units;             // 2: the yuan has 100 fen
  bool minor_units_uncertain;  // true where the sources disagree (see currencies.hpp)
  std::string_view name;       // "Yuan Renminbi"
};

namespace detail {

/** Base of every generated currency type: numeric code and minor units as constants. */
template <std::uint16_t Numeric, int MinorUnits, bool Uncertain>
struct iso_currency {
  static constexpr std::uint16_t numeric = Numeric;
  static constexpr int minor_units = MinorUnits;
  static constexpr bool minor_units_uncertain = Uncertain;
};

}  // namespace detail

/** A currency type: a tag with an alpha code, numeric code, name and minor units.
 *  Example: `static_assert(currency<CNY>);` // holds */
template <class C>
concept currency = requires {
  { C::alpha } -> std::convertible_to<std::string_view>;
  { C::name } -> std::convertible_to<std::string_view>;
  { C::numeric } -> std::convertible_to<std::uint16_t>;
  { C::minor_units } -> std::convertible_to<int>;
};

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_CURRENCY_HPP
