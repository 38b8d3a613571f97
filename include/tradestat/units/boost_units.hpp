// The Boost.Units view of trade quantities and unit values, an interop header opted into by
// name (like calendar/chrono.hpp and the fmt.hpp headers): kilograms, tonnes, litres and items as
// Boost.Units units, trade quantities to and from Boost.Units quantities, money divided by a
// Boost.Units quantity, and a unit value's Boost.Units unit. Left out of the umbrella: Boost.Units
// costs 0.4 s of every compile that includes it, and the rest of the library needs none of it.
#ifndef TRADESTAT_UNITS_BOOST_UNITS_HPP
#define TRADESTAT_UNITS_BOOST_UNITS_HPP

#include <tradestat/units/currency.hpp>
#include <tradestat/units/currency_unit.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/quantity.hpp>
#include <tradestat/units/unit_value.hpp>

#include <concepts>
#include <cstdint>

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/base_units/metric/liter.hpp>
#include <boost/units/base_units/metric/ton.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/mass.hpp>

namespace tradestat {

namespace detail {

/** The dimension "number of items" (件, 个, 台): customs' unit for counted goods. */
struct item_dimension : boost::units::base_dimension<item_dimension, 20001> {};
struct item_base_unit : boost::units::base_unit<item_base_unit, item_dimension::dimension_type, 20001> {
  static constexpr const char* name() { return "item"; }
  static constexpr const char* symbol() { return "item"; }
};

template <class U>
struct boost_unit_of;
template <>
struct boost_unit_of<kilogram_unit> {
  using type = boost::units::si::mass;
};
template <>
struct boost_unit_of<tonne_unit> {
  using type = boost::units::metric::ton_base_unit::unit_type;
};
template <>
struct boost_unit_of<litre_unit> {
  using type = boost::units::metric::liter_base_unit::unit_type;
};
template <>
struct boost_unit_of<item_unit> {
  using type = item_base_unit::unit_type;
};

template <class BoostUnit>
struct trade_unit_of {};
template <class U>
  requires trade_quantity_unit<U>
struct trade_unit_of_helper {
  using type = U;
};
template <>
struct trade_unit_of<boost::units::si::mass> : trade_unit_of_helper<kilogram_unit> {};
template <>
struct trade_unit_of<boost::units::metric::ton_base_unit::unit_type> : trade_unit_of_helper<tonne_unit> {};
template <>
struct trade_unit_of<boost::units::metric::liter_base_unit::unit_type> : trade_unit_of_helper<litre_unit> {};
template <>
struct trade_unit_of<item_base_unit::unit_type> : trade_unit_of_helper<item_unit> {};

/** A Boost.Units unit that is one of the trade quantity units (si::mass is kilograms). */
template <class BoostUnit>
concept boost_trade_unit = requires { typename trade_unit_of<BoostUnit>::type; };

}  // namespace detail

/** The Boost.Units unit of a trade quantity unit: `boost_unit<kilogram_unit>` is
 *  `boost::units::si::mass`; tonnes and litres are the metric base units, items a dimension of
 *  their own. Example: `currency_unit<CNY>{} / boost_unit<kilogram_unit>{}` // yuan per kilogram */
template <trade_quantity_unit U>
using boost_unit = typename detail::boost_unit_of<U>::type;

/** A trade quantity as a Boost.Units quantity, for dimensional analysis beyond trade.
 *  Example: `to_boost_units(kilograms_of(3)).value()` // 3, a quantity<si::mass, std::int64_t> */
template <trade_quantity_unit U>
constexpr boost::units::quantity<boost_unit<U>, std::int64_t> to_boost_units(trade_quantity<U> q) noexcept {
  return boost::units::quantity<boost_unit<U>, std::int64_t>::from_value(q.value());
}

/** A Boost.Units quantity in one of the trade units, as a trade quantity.
 *  Example: `from_boost_units(3 * boost::units::si::kilogram)` // kilograms_of(3) (from an integer
 *  quantity; any signed integer representation) */
template <detail::boost_trade_unit BoostUnit, std::signed_integral R>
constexpr trade_quantity<typename detail::trade_unit_of<BoostUnit>::type> from_boost_units(
    const boost::units::quantity<BoostUnit, R>& q) noexcept {
  return trade_quantity<typename detail::trade_unit_of<BoostUnit>::type>::from_value(q.value());
}

/** The Boost.Units unit of a unit value: its currency's unit divided by its quantity unit's.
 *  Example: `boost_unit_of_value<unit_value<CNY, one, kilogram_unit>>` // CNY kg^-1 */
template <class UV>
  requires requires {
    typename UV::currency_type;
    typename UV::quantity_unit;
  }
using boost_unit_of_value = typename boost::units::divide_typeof_helper<currency_unit<typename UV::currency_type>,
                                                                        boost_unit<typename UV::quantity_unit>>::type;

/** The same for a Boost.Units quantity in a trade unit (si::mass is kilograms).
 *  Example: `money<CNY>{100} / (8 * boost::units::si::kilogram)` // money<CNY>{100} / kilograms_of(8) */
template <currency C, money_scale S, std::signed_integral R, detail::boost_trade_unit BoostUnit,
          std::signed_integral QR>
constexpr auto operator/(const money<C, S, R>& m, const boost::units::quantity<BoostUnit, QR>& q) {
  return m / from_boost_units(q);
}

// Rejected, as in money.hpp: declared, never defined, returning a rule that is never completed.
namespace rule {
struct money_divides_only_by_trade_quantities__kilograms_tonnes_litres_or_items;
}  // namespace rule

// clang-format off
template <currency C, money_scale S, std::signed_integral R, class BoostUnit, class QR> requires(!detail::boost_trade_unit<BoostUnit>)
rule::money_divides_only_by_trade_quantities__kilograms_tonnes_litres_or_items operator/(const money<C, S, R>&, const boost::units::quantity<BoostUnit, QR>&);  // money divides only by trade quantities: kilograms, tonnes, litres or items
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_BOOST_UNITS_HPP
