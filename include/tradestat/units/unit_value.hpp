// Unit values: money divided by a trade quantity, such as yuan per kilogram; and the Boost.Units
// view of trade quantities (kilograms, tonnes, litres, items; units/quantity.hpp holds them light).
#ifndef TRADESTAT_UNITS_UNIT_VALUE_HPP
#define TRADESTAT_UNITS_UNIT_VALUE_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/currency_unit.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quantity.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <type_traits>

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

/** Money per unit of quantity (yuan per kilogram), held as an exact quotient of counts: money
 *  counts of scale S per one quantity count. Its Boost.Units unit is currency / quantity unit.
 *  Example: `money<CNY>{639'240'426} / kilograms_of(159'525'200)` // about 4.007 yuan per kilogram */
template <currency C, money_scale S, trade_quantity_unit Q>
class unit_value {
 public:
  using currency_type = C;
  using scale_type = S;
  using quantity_unit = Q;
  /** The derived Boost.Units unit, e.g. CNY kg^-1. */
  using unit_type = typename boost::units::divide_typeof_helper<currency_unit<C>, boost_unit<Q>>::type;

  constexpr explicit unit_value(quotient per_unit) noexcept : per_unit_(per_unit) {}

  /** Money counts of scale S per one unit of quantity. */
  constexpr quotient per_unit() const noexcept { return per_unit_; }

  /** The money for one unit of quantity, rounded to scale S by the policy.
   *  Example: `(money<CNY>{7} / kilograms_of(2)).per_one(rounding::half_up)` // money<CNY>{4} */
  template <rounding_policy P>
  constexpr money<C, S> per_one(P policy) const {
    return money<C, S>(detail::narrow<std::int64_t>(
        detail::divide_rounded(per_unit_.numerator(), per_unit_.denominator(), policy), "unit value"));
  }

  friend constexpr bool operator==(const unit_value&, const unit_value&) = default;
  friend constexpr std::strong_ordering operator<=>(const unit_value& a, const unit_value& b) noexcept {
    return a.per_unit_ <=> b.per_unit_;
  }

 private:
  quotient per_unit_;
};

/** Money divided by a trade quantity is a unit value; throws tradestat::error (division_by_zero) for zero quantity.
 *  Example: `money<CNY>{100} / kilograms_of(8)` // 12.5 yuan per kilogram */
template <currency C, money_scale S, std::signed_integral R, trade_quantity_unit Q>
constexpr unit_value<C, S, Q> operator/(const money<C, S, R>& m, const trade_quantity<Q>& q) {
  if (q.value() == 0) {
    throw error(error_kind::division_by_zero, "tradestat: a unit value needs a non-zero quantity (leave rows without a quantity out of unit values)");
  }
  return unit_value<C, S, Q>(quotient::from_wide(m.count(), q.value()));
}

/** The same for a Boost.Units quantity in a trade unit (si::mass is kilograms).
 *  Example: `money<CNY>{100} / (8 * boost::units::si::kilogram)` // money<CNY>{100} / kilograms_of(8) */
template <currency C, money_scale S, std::signed_integral R, detail::boost_trade_unit BoostUnit,
          std::signed_integral QR>
constexpr auto operator/(const money<C, S, R>& m, const boost::units::quantity<BoostUnit, QR>& q) {
  return m / from_boost_units(q);
}

/** The money for a quantity at a unit value, rounded by the policy; the quantity must be in the
 *  unit value's own unit.
 *  Example: `value_of(money<CNY>{100} / kilograms_of(8), kilograms_of(3), rounding::half_up)`
 *  // money<CNY>{38} */
template <currency C, money_scale S, trade_quantity_unit Q, rounding_policy P>
constexpr money<C, S> value_of(const unit_value<C, S, Q>& price, const trade_quantity<Q>& q, P policy) {
  const quotient r = price.per_unit();
  return money<C, S>(detail::narrow<std::int64_t>(
      detail::divide_rounded(static_cast<detail::int128>(r.numerator()) * q.value(), r.denominator(), policy),
      "value_of"));
}

namespace rule {
struct a_unit_value_applies_to_its_own_quantity_unit__convert_the_quantity_first {};
struct money_divides_only_by_trade_quantities__kilograms_tonnes_litres_or_items {};
}  // namespace rule

// clang-format off
template <currency C, money_scale S, trade_quantity_unit Q, trade_quantity_unit Q2, rounding_policy P> requires(!std::same_as<Q, Q2>)
rule::a_unit_value_applies_to_its_own_quantity_unit__convert_the_quantity_first value_of(const unit_value<C, S, Q>&, const trade_quantity<Q2>&, P) = delete;  // a unit value applies to its own quantity unit: convert the quantity first
template <currency C, money_scale S, std::signed_integral R, class BoostUnit, class QR> requires(!detail::boost_trade_unit<BoostUnit>)
rule::money_divides_only_by_trade_quantities__kilograms_tonnes_litres_or_items operator/(const money<C, S, R>&, const boost::units::quantity<BoostUnit, QR>&) = delete;  // money divides only by trade quantities: kilograms, tonnes, litres or items
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_UNIT_VALUE_HPP
