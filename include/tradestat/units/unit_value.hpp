// Physical quantities (kilograms, tonnes, litres, items) through Boost.Units, and unit values:
// money divided by a quantity, such as yuan per kilogram.
#ifndef TRADESTAT_UNITS_UNIT_VALUE_HPP
#define TRADESTAT_UNITS_UNIT_VALUE_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/currency_unit.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
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

}  // namespace detail

using kilogram_unit = boost::units::si::mass;                         ///< kg (千克)
using tonne_unit = boost::units::metric::ton_base_unit::unit_type;    ///< t = 1000 kg (吨)
using litre_unit = boost::units::metric::liter_base_unit::unit_type;  ///< L (升)
using item_unit = detail::item_base_unit::unit_type;                  ///< one item (件, 个)

/** A count of a physical unit, held exactly as an integer. */
using kilograms = boost::units::quantity<kilogram_unit, std::int64_t>;
using tonnes = boost::units::quantity<tonne_unit, std::int64_t>;
using litres = boost::units::quantity<litre_unit, std::int64_t>;
using items = boost::units::quantity<item_unit, std::int64_t>;

/** `n` kilograms. Example: `kilograms_of(159'525'200).value()` // 159525200 */
constexpr kilograms kilograms_of(std::int64_t n) noexcept { return kilograms::from_value(n); }
/** `n` tonnes. Example: `tonnes_of(3).value()` // 3 */
constexpr tonnes tonnes_of(std::int64_t n) noexcept { return tonnes::from_value(n); }
/** `n` litres. Example: `litres_of(750).value()` // 750 */
constexpr litres litres_of(std::int64_t n) noexcept { return litres::from_value(n); }
/** `n` items. Example: `items_of(12).value()` // 12 */
constexpr items items_of(std::int64_t n) noexcept { return items::from_value(n); }

/** Tonnes as kilograms, exactly (Boost.Units would convert through double); throws overflow_error.
 *  Example: `to_kilograms(tonnes_of(3)).value()` // 3000 */
constexpr kilograms to_kilograms(tonnes t) {
  return kilograms_of(detail::checked_mul(t.value(), 1000, "tonnes to kilograms"));
}

/** A unit in which trade quantities are counted: kilograms, tonnes, litres or items.
 *  Example: `static_assert(trade_quantity_unit<kilogram_unit>);` // holds */
template <class U>
concept trade_quantity_unit = std::same_as<U, kilogram_unit> || std::same_as<U, tonne_unit> ||
    std::same_as<U, litre_unit> || std::same_as<U, item_unit>;

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
  using unit_type = typename boost::units::divide_typeof_helper<currency_unit<C>, Q>::type;

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
template <currency C, money_scale S, std::signed_integral R, trade_quantity_unit Q, std::signed_integral QR>
constexpr unit_value<C, S, Q> operator/(const money<C, S, R>& m, const boost::units::quantity<Q, QR>& q) {
  if (q.value() == 0) {
    throw error(error_kind::division_by_zero, "tradestat: a unit value needs a non-zero quantity (leave rows without a quantity out of unit values)");
  }
  return unit_value<C, S, Q>(quotient::from_wide(m.count(), q.value()));
}

/** The money for a quantity at a unit value, rounded by the policy; the quantity must be in the
 *  unit value's own unit.
 *  Example: `value_of(money<CNY>{100} / kilograms_of(8), kilograms_of(3), rounding::half_up)`
 *  // money<CNY>{38} */
template <currency C, money_scale S, trade_quantity_unit Q, std::signed_integral QR, rounding_policy P>
constexpr money<C, S> value_of(const unit_value<C, S, Q>& price, const boost::units::quantity<Q, QR>& q,
                               P policy) {
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
template <currency C, money_scale S, trade_quantity_unit Q, class Q2, std::signed_integral QR, rounding_policy P> requires(!std::same_as<Q, Q2>)
rule::a_unit_value_applies_to_its_own_quantity_unit__convert_the_quantity_first value_of(const unit_value<C, S, Q>&, const boost::units::quantity<Q2, QR>&, P) = delete;  // a unit value applies to its own quantity unit: convert the quantity first
template <currency C, money_scale S, std::signed_integral R, class Q, class QR> requires(!trade_quantity_unit<Q>)
rule::money_divides_only_by_trade_quantities__kilograms_tonnes_litres_or_items operator/(const money<C, S, R>&, const boost::units::quantity<Q, QR>&) = delete;  // money divides only by trade quantities: kilograms, tonnes, litres or items
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_UNIT_VALUE_HPP
