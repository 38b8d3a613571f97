// Each currency is its own Boost.Units base dimension: compiling this file is passing.
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/currency_unit.hpp>

#include <type_traits>

#include <boost/units/get_dimension.hpp>
#include <boost/units/is_dimensionless.hpp>
#include <boost/units/systems/si/mass.hpp>

namespace {
using namespace tradestat;
namespace bu = boost::units;

static_assert(!std::is_same_v<currency_unit<cny>, currency_unit<usd>>);
static_assert(std::is_same_v<currency_unit<cny>, currency_unit<iso4217::cny>>);
static_assert(!std::is_same_v<bu::get_dimension<currency_unit<cny>>::type,
                              bu::get_dimension<currency_unit<usd>>::type>);
// Yuan per yuan is dimensionless; yuan per dollar and yuan per kilogram are not.
static_assert(
    bu::is_dimensionless<bu::divide_typeof_helper<currency_unit<cny>, currency_unit<cny>>::type>::value);
static_assert(
    !bu::is_dimensionless<bu::divide_typeof_helper<currency_unit<cny>, currency_unit<usd>>::type>::value);
static_assert(!bu::is_dimensionless<bu::divide_typeof_helper<currency_unit<cny>, bu::si::mass>::type>::value);

}  // namespace
