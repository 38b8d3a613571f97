// Compile-time facts and negative checks for quantities and unit values: compiling is passing.
// The Boost.Units view is tests/static/units/boost_units.cpp.
#include <tradestat/units/unit_value.hpp>

#ifdef BOOST_UNITS_QUANTITY_HPP
#error "units/unit_value.hpp must not include Boost.Units (units/boost_units.hpp is the view)"
#endif

#include <concepts>
#include <cstdint>

namespace {
using namespace tradestat;

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

using yuan_per_kg = unit_value<CNY, one, kilogram_unit>;
using yuan_per_tonne = unit_value<CNY, one, tonne_unit>;

// Money per kilogram, tonne, litre or item is a unit value.
static_assert(std::same_as<decltype(money<CNY>{} / kilograms_of(1)), yuan_per_kg>);
static_assert(std::same_as<decltype(money<USD, wan>{} / litres_of(1)), unit_value<USD, wan, litre_unit>>);
static_assert(can_divide<money<CNY>, items> && can_divide<money<CNY>, tonnes>);
// Dividing by a unit that is not a trade quantity, or by a plain number, does not compile.
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
// Exact and usable at compile time: 100 yuan for 8 kg, 3 kg cost 37.5 -> 38 yuan.
static_assert(value_of(money<CNY>{100} / kilograms_of(8), kilograms_of(3), rounding::half_up) ==
              money<CNY>{38});
static_assert(to_kilograms(tonnes_of(2)).value() == 2000);

}  // namespace
