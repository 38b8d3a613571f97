// Compile-time facts and negative checks for trade quantities (units/quantity.hpp), which need no
// Boost.Units: compiling is passing.
#include <tradestat/units/quantity.hpp>

#include "../operations.hpp"

#include <concepts>
#include <cstdint>

namespace {
using namespace tradestat;
using namespace tradestat::test;

// The unit is part of the type: quantities of one unit add, subtract and compare exactly.
static_assert((kilograms_of(2) + kilograms_of(3)) == kilograms_of(5));
static_assert((tonnes_of(2) - tonnes_of(3)).value() == -1);
static_assert(kilograms_of(2) < kilograms_of(3));
static_assert(std::same_as<kilograms::unit_type, kilogram_unit>);
static_assert(kilograms{}.value() == 0);
// Quantities of different units, and quantities and plain numbers, do not mix.
static_assert(can_add<kilograms, kilograms> && can_subtract<litres, litres> && can_compare<items, items>);
static_assert(!can_add<kilograms, tonnes>);
static_assert(!can_subtract<kilograms, litres>);
static_assert(!can_equal<kilograms, tonnes>);
static_assert(!can_compare<kilograms, items>);
static_assert(!can_add<kilograms, std::int64_t>);
static_assert(!std::convertible_to<std::int64_t, kilograms>);
static_assert(!std::convertible_to<kilograms, std::int64_t>);
// Tonnes convert to kilograms exactly.
static_assert(to_kilograms(tonnes_of(2)) == kilograms_of(2'000));
static_assert(trade_quantity_unit<kilogram_unit> && trade_quantity_unit<item_unit>);
static_assert(!trade_quantity_unit<int> && !trade_quantity_unit<kilograms>);

// The header is light: it brings no Boost.Units.
#ifdef BOOST_UNITS_QUANTITY_HPP
#error "units/quantity.hpp includes Boost.Units"
#endif

}  // namespace
