// Currencies as Boost.Units base dimensions: one dimension, and one base unit, per currency.
#ifndef TRADESTAT_UNITS_CURRENCY_HPP
#define TRADESTAT_UNITS_CURRENCY_HPP

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/unit.hpp>

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

// Ordinals of Boost.Units must be unique program-wide; currencies take 10000 + ISO numeric code.
inline constexpr long currency_ordinal_base = 10000;

/** Base of every generated currency type: numeric code and minor units as constants. */
template <std::uint16_t Numeric, int MinorUnits, bool Uncertain>
struct iso_currency {
  static constexpr std::uint16_t numeric = Numeric;
  static constexpr int minor_units = MinorUnits;
  static constexpr bool minor_units_uncertain = Uncertain;
};

}  // namespace detail

/** A currency type: a tag with an alpha code, numeric code, name and minor units.
 *  Example: `static_assert(currency<cny>);` // holds */
template <class C>
concept currency = requires {
  { C::alpha } -> std::convertible_to<std::string_view>;
  { C::name } -> std::convertible_to<std::string_view>;
  { C::numeric } -> std::convertible_to<std::uint16_t>;
  { C::minor_units } -> std::convertible_to<int>;
};

namespace detail {

/** The Boost.Units base dimension of one currency ("amount of CNY"). */
template <class C>
struct currency_dimension : boost::units::base_dimension<currency_dimension<C>, currency_ordinal_base + C::numeric> {};

/** The Boost.Units base unit of one currency: one unit of the currency (one yuan). */
template <class C>
struct currency_base_unit
    : boost::units::base_unit<currency_base_unit<C>, typename currency_dimension<C>::dimension_type,
                              currency_ordinal_base + C::numeric> {
  static constexpr const char* name() { return C::alpha.data(); }
  static constexpr const char* symbol() { return C::alpha.data(); }
};

}  // namespace detail

/** The Boost.Units unit of a currency, for dimensional analysis with physical units.
 *  Example: `currency_unit<cny>{} / boost::units::si::kilogram` // yuan per kilogram */
template <currency C>
using currency_unit = typename detail::currency_base_unit<C>::unit_type;

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_CURRENCY_HPP
