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

static_assert(!std::is_same_v<currency_unit<CNY>, currency_unit<USD>>);
static_assert(std::is_same_v<currency_unit<CNY>, currency_unit<iso4217::CNY>>);
static_assert(!std::is_same_v<bu::get_dimension<currency_unit<CNY>>::type,
                              bu::get_dimension<currency_unit<USD>>::type>);
// Yuan per yuan is dimensionless; yuan per dollar and yuan per kilogram are not.
static_assert(
    bu::is_dimensionless<bu::divide_typeof_helper<currency_unit<CNY>, currency_unit<CNY>>::type>::value);
static_assert(
    !bu::is_dimensionless<bu::divide_typeof_helper<currency_unit<CNY>, currency_unit<USD>>::type>::value);
static_assert(!bu::is_dimensionless<bu::divide_typeof_helper<currency_unit<CNY>, bu::si::mass>::type>::value);

}  // namespace
