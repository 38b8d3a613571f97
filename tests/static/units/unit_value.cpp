// Compile-time facts and negative checks for quantities and unit values: compiling is passing.
#include <tradestat/units/unit_value.hpp>

#include <concepts>
#include <cstdint>

#include <boost/units/systems/si/length.hpp>
#include <boost/units/systems/si/time.hpp>

namespace {
using namespace tradestat;
namespace bu = boost::units;

template <class A, class B>
concept can_divide = requires(A a, B b) {
  a / b;
};
template <class P, class Q>
concept can_value = requires(P p, Q q) {
  value_of(p, q, rounding::half_up);
};
template <class A, class B>
concept can_compare = requires(A a, B b) {
  a < b;
};

using metres = bu::quantity<bu::si::length, std::int64_t>;
using seconds = bu::quantity<bu::si::time, std::int64_t>;
using yuan_per_kg = unit_value<CNY, one, kilogram_unit>;
using yuan_per_tonne = unit_value<CNY, one, tonne_unit>;

// Money per kilogram, tonne, litre or item is a unit value with a derived Boost.Units unit.
static_assert(std::same_as<decltype(money<CNY>{} / kilograms_of(1)), yuan_per_kg>);
static_assert(std::same_as<decltype(money<USD, wan>{} / litres_of(1)), unit_value<USD, wan, litre_unit>>);
static_assert(can_divide<money<CNY>, items> && can_divide<money<CNY>, tonnes>);
static_assert(!std::same_as<yuan_per_kg::unit_type, unit_value<USD, one, kilogram_unit>::unit_type>);
static_assert(!std::same_as<yuan_per_kg::unit_type, yuan_per_tonne::unit_type>);
// Dividing by a unit that is not a trade quantity, or by a plain number, does not compile.
static_assert(!can_divide<money<CNY>, metres>);
static_assert(!can_divide<money<CNY>, seconds>);
static_assert(!can_divide<money<CNY>, std::int64_t>);
static_assert(!can_divide<kilograms, money<CNY>>);
// A price per kilogram applies to kilograms only.
static_assert(can_value<yuan_per_kg, kilograms>);
static_assert(!can_value<yuan_per_kg, tonnes>);
static_assert(!can_value<yuan_per_kg, litres>);
static_assert(!can_value<yuan_per_kg, std::int64_t>);
// Prices per different units or in different currencies do not compare.
static_assert(can_compare<yuan_per_kg, yuan_per_kg>);
static_assert(!can_compare<yuan_per_kg, yuan_per_tonne>);
static_assert(!can_compare<yuan_per_kg, unit_value<USD, one, kilogram_unit>>);
static_assert(!trade_quantity_unit<bu::si::length>);
// Exact and usable at compile time: 100 yuan for 8 kg, 3 kg cost 37.5 -> 38 yuan.
static_assert(value_of(money<CNY>{100} / kilograms_of(8), kilograms_of(3), rounding::half_up) ==
              money<CNY>{38});
static_assert(to_kilograms(tonnes_of(2)).value() == 2000);

// The Boost.Units view of trade quantities: kilograms are si::mass, and back again; money divides
// by a Boost.Units quantity in a trade unit as by the trade quantity itself.
static_assert(std::same_as<boost_unit<kilogram_unit>, bu::si::mass>);
static_assert(std::same_as<decltype(to_boost_units(kilograms_of(3))), bu::quantity<bu::si::mass, std::int64_t>>);
static_assert(to_boost_units(kilograms_of(3)).value() == 3);
static_assert(from_boost_units(to_boost_units(tonnes_of(4))) == tonnes_of(4));
static_assert(std::same_as<decltype(money<CNY>{} / to_boost_units(kilograms_of(1))), yuan_per_kg>);
static_assert(std::same_as<yuan_per_kg::unit_type,
                           bu::divide_typeof_helper<currency_unit<CNY>, bu::si::mass>::type>);
static_assert(!can_divide<money<CNY>, bu::quantity<bu::si::length, std::int64_t>>);

}  // namespace
