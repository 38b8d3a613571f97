// Currencies as Boost.Units base dimensions: one dimension, and one base unit, per currency.
#ifndef TRADESTAT_UNITS_CURRENCY_UNIT_HPP
#define TRADESTAT_UNITS_CURRENCY_UNIT_HPP

#include <tradestat/units/currency.hpp>

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/unit.hpp>

namespace tradestat {

namespace detail {

// Ordinals of Boost.Units must be unique program-wide; currencies take 10000 + ISO numeric code.
inline constexpr long currency_ordinal_base = 10000;

/** The Boost.Units base dimension of one currency ("amount of CNY"). */
template <class C>
struct currency_dimension
    : boost::units::base_dimension<currency_dimension<C>, currency_ordinal_base + C::numeric> {};

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
 *  Example: `currency_unit<CNY>{} / boost::units::si::kilogram` // yuan per kilogram */
template <currency C>
using currency_unit = typename detail::currency_base_unit<C>::unit_type;

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_CURRENCY_UNIT_HPP
