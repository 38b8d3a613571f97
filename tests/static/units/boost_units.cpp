// Compile-time facts and negative checks for the Boost.Units view of trade quantities and unit
// values (units/boost_units.hpp): compiling is passing.
#include <tradestat/units/boost_units.hpp>

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

using metres = bu::quantity<bu::si::length, std::int64_t>;
using seconds = bu::quantity<bu::si::time, std::int64_t>;
using yuan_per_kg = unit_value<CNY, one, kilogram_unit>;
using yuan_per_tonne = unit_value<CNY, one, tonne_unit>;

// A unit value's Boost.Units unit is its currency's divided by its quantity unit's.
static_assert(!std::same_as<boost_unit_of_value<yuan_per_kg>, boost_unit_of_value<unit_value<USD, one, kilogram_unit>>>);
static_assert(!std::same_as<boost_unit_of_value<yuan_per_kg>, boost_unit_of_value<yuan_per_tonne>>);
static_assert(std::same_as<boost_unit_of_value<yuan_per_kg>,
                           bu::divide_typeof_helper<currency_unit<CNY>, bu::si::mass>::type>);
// Dividing by a Boost.Units quantity that is not in a trade unit does not compile.
static_assert(!can_divide<money<CNY>, metres>);
static_assert(!can_divide<money<CNY>, seconds>);
static_assert(!trade_quantity_unit<bu::si::length>);

// The Boost.Units view of trade quantities: kilograms are si::mass, and back again; money divides
// by a Boost.Units quantity in a trade unit as by the trade quantity itself.
static_assert(std::same_as<boost_unit<kilogram_unit>, bu::si::mass>);
static_assert(std::same_as<decltype(to_boost_units(kilograms_of(3))), bu::quantity<bu::si::mass, std::int64_t>>);
static_assert(to_boost_units(kilograms_of(3)).value() == 3);
static_assert(from_boost_units(to_boost_units(tonnes_of(4))) == tonnes_of(4));
static_assert(std::same_as<decltype(money<CNY>{} / to_boost_units(kilograms_of(1))), yuan_per_kg>);
static_assert(can_divide<money<CNY>, bu::quantity<bu::si::mass, std::int64_t>>);
static_assert(!can_divide<money<CNY>, bu::quantity<bu::si::length, std::int64_t>>);

}  // namespace
