// Compile-time facts of the generated ISO 4217 table: compiling this file is passing.
#include <tradestat/units/currencies.hpp>

#include <type_traits>

namespace {
using namespace tradestat;

static_assert(currency<cny> && currency<usd> && currency<eur> && currency<kzt> && currency<rub>);
static_assert(currency<kgs> && currency<uzs> && currency<tjs> && currency<tmt>);
static_assert(!currency<int>);
static_assert(cny::alpha == "CNY" && cny::numeric == 156 && cny::minor_units == 2);
static_assert(usd::alpha == "USD" && usd::numeric == 840 && usd::minor_units == 2);
static_assert(jpy::minor_units == 0 && kwd::minor_units == 3);
static_assert(std::is_same_v<cny, iso4217::cny>);
static_assert(find_currency("EUR")->numeric == 978);
static_assert(!find_currency("ZZZ").has_value());
static_assert(iso4217_table.size() > 150);

}  // namespace
