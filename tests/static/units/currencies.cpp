// Compile-time facts of the generated ISO 4217 table: compiling this file is passing.
#include <tradestat/units/catalogue/iso4217.hpp>

#include <type_traits>

namespace {
using namespace tradestat;

static_assert(currency<CNY> && currency<USD> && currency<EUR> && currency<KZT> && currency<RUB>);
static_assert(currency<iso4217::KGS> && currency<iso4217::UZS> && currency<iso4217::TJS> && currency<iso4217::TMT>);
static_assert(!currency<int>);
static_assert(CNY::alpha == "CNY" && CNY::numeric == 156 && CNY::minor_units == 2);
static_assert(USD::alpha == "USD" && USD::numeric == 840 && USD::minor_units == 2);
static_assert(JPY::minor_units == 0 && iso4217::KWD::minor_units == 3);
static_assert(std::is_same_v<CNY, iso4217::CNY>);
static_assert(find_currency("EUR")->numeric == 978);
static_assert(!find_currency("ZZZ").has_value());
static_assert(iso4217_table.size() > 150);

}  // namespace
