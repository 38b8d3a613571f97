// Physical trade quantities (kilograms, tonnes, litres, items) as exact integer counts whose unit is
// part of the type. Light: no Boost.Units here, so that the customs record and the readers compile
// without it; unit values and the Boost.Units conversions are in units/unit_value.hpp.
#ifndef TRADESTAT_UNITS_QUANTITY_HPP
#define TRADESTAT_UNITS_QUANTITY_HPP

#include <tradestat/units/overflow.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <string_view>

namespace tradestat {

/** The units trade quantities are counted in, as types: kilograms (千克), tonnes (吨), litres
 *  (升) and items (件, 个). Example: `kilogram_unit::symbol` // "kg" */
struct kilogram_unit {
  static constexpr std::string_view symbol = "kg";
};
struct tonne_unit {
  static constexpr std::string_view symbol = "t";
};
struct litre_unit {
  static constexpr std::string_view symbol = "L";
};
struct item_unit {
  static constexpr std::string_view symbol = "item";
};

/** A unit in which trade quantities are counted: kilograms, tonnes, litres or items.
 *  Example: `static_assert(trade_quantity_unit<kilogram_unit>);` // holds */
template <class U>
concept trade_quantity_unit = std::same_as<U, kilogram_unit> || std::same_as<U, tonne_unit> ||
    std::same_as<U, litre_unit> || std::same_as<U, item_unit>;

/** A count of a trade quantity unit, held exactly as a 64-bit integer. Quantities of one unit add,
 *  subtract and compare (throwing overflow_error rather than wrapping); quantities of different
 *  units do neither: convert first (`to_kilograms`).
 *  Example: `(kilograms_of(2) + kilograms_of(3)).value()` // 5 */
template <trade_quantity_unit U>
class trade_quantity {
 public:
  using unit_type = U;
  using rep = std::int64_t;

  constexpr trade_quantity() noexcept = default;
  /** The quantity of `n` units. Example: `kilograms::from_value(7).value()` // 7 */
  static constexpr trade_quantity from_value(rep n) noexcept { return trade_quantity(n); }

  /** The count of units. */
  constexpr rep value() const noexcept { return value_; }

  friend constexpr bool operator==(const trade_quantity&, const trade_quantity&) = default;
  friend constexpr auto operator<=>(const trade_quantity&, const trade_quantity&) = default;

  friend constexpr trade_quantity operator+(trade_quantity a, trade_quantity b) {
    return trade_quantity(detail::checked_add(a.value_, b.value_, "quantity +"));
  }
  friend constexpr trade_quantity operator-(trade_quantity a, trade_quantity b) {
    return trade_quantity(detail::checked_sub(a.value_, b.value_, "quantity -"));
  }
  constexpr trade_quantity& operator+=(trade_quantity b) { return *this = *this + b; }
  constexpr trade_quantity& operator-=(trade_quantity b) { return *this = *this - b; }

 private:
  constexpr explicit trade_quantity(rep n) noexcept : value_(n) {}
  rep value_ = 0;
};

using kilograms = trade_quantity<kilogram_unit>;  ///< kg (千克)
using tonnes = trade_quantity<tonne_unit>;        ///< t = 1000 kg (吨)
using litres = trade_quantity<litre_unit>;        ///< L (升)
using items = trade_quantity<item_unit>;          ///< items (件, 个)

/** `n` kilograms. Example: `kilograms_of(159'525'200).value()` // 159525200 */
constexpr kilograms kilograms_of(std::int64_t n) noexcept { return kilograms::from_value(n); }
/** `n` tonnes. Example: `tonnes_of(3).value()` // 3 */
constexpr tonnes tonnes_of(std::int64_t n) noexcept { return tonnes::from_value(n); }
/** `n` litres. Example: `litres_of(750).value()` // 750 */
constexpr litres litres_of(std::int64_t n) noexcept { return litres::from_value(n); }
/** `n` items. Example: `items_of(12).value()` // 12 */
constexpr items items_of(std::int64_t n) noexcept { return items::from_value(n); }

/** Tonnes as kilograms, exactly; throws overflow_error.
 *  Example: `to_kilograms(tonnes_of(3)).value()` // 3000 */
constexpr kilograms to_kilograms(tonnes t) {
  return kilograms_of(detail::checked_mul(t.value(), 1000, "tonnes to kilograms"));
}

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_QUANTITY_HPP
