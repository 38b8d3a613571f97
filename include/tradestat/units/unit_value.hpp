// Unit values: money divided by a trade quantity, such as yuan per kilogram. No Boost: the
// Boost.Units view of trade quantities and unit values is the interop header units/boost_units.hpp.
#ifndef TRADESTAT_UNITS_UNIT_VALUE_HPP
#define TRADESTAT_UNITS_UNIT_VALUE_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/currency.hpp>
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

namespace tradestat {

/** Money per unit of quantity (yuan per kilogram), held as an exact quotient of counts: money
 *  counts of scale S per one quantity count. Its Boost.Units unit (currency / quantity unit) is
 *  `boost_unit_of_value<UV>`, in units/boost_units.hpp.
 *  Example: `money<CNY>{639'240'426} / kilograms_of(159'525'200)` // about 4.007 yuan per kilogram */
namespace detail {
/** The base of every unit_value of one currency and scale, whatever its quantity unit: what the
 *  rejected value_of below takes, so that the compilers print one type, not two. */
template <class C, class S>
struct unit_value_base {};
}  // namespace detail

template <currency C, money_scale S, trade_quantity_unit Q>
class unit_value : public detail::unit_value_base<C, S> {
 public:
  using currency_type = C;
  using scale_type = S;
  using quantity_unit = Q;
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

// Rejected, as in money.hpp: declared, never defined, returning a rule that is never completed.
namespace rule {
struct a_unit_value_applies_to_its_own_quantity_unit__convert_the_quantity_first;
}  // namespace rule

// clang-format off
template <currency C, money_scale S, trade_quantity_unit Q, trade_quantity_unit Q2, rounding_policy P> requires(!std::same_as<Q, Q2>)
rule::a_unit_value_applies_to_its_own_quantity_unit__convert_the_quantity_first value_of(const unit_value<C, S, Q>&, const trade_quantity<Q2>&, P);  // a unit value applies to its own quantity unit: convert the quantity first
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_UNIT_VALUE_HPP
