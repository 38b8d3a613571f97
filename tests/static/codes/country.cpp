// Compile-time facts about partner codes and countries; compiling is passing.
#include <tradestat/codes/country.hpp>

#include <concepts>
#include <type_traits>

namespace {
using namespace tradestat;

// Positive: lookups work in constant expressions.
static_assert(country_from(gacc_code{502}) == country_from(comtrade_code{842}));
static_assert(country_from(iso_alpha2_code{"KZ"}).code<code_scheme::gacc>()->value() == 145);
static_assert(country_from(comtrade_code{490}).kind() == country_kind::aggregate);
static_assert(country_from(gacc_code{198}, or_unrecognised) == country::unrecognised());
static_assert(find_country_by_name("Kazakhstan") == country_from(iso_alpha3_code{"KAZ"}));
static_assert(parse<gacc_code>("502").value() == 502);

// Negative: a partner code is never a bare integer, and schemes do not mix.
static_assert(!std::is_convertible_v<int, gacc_code>);
static_assert(!std::is_convertible_v<const char*, iso_alpha2_code>);
static_assert(!std::is_constructible_v<gacc_code, const char*>);  // digits as text: use parse()
static_assert(!std::is_constructible_v<iso_alpha3_code, int>);
static_assert(!std::equality_comparable_with<gacc_code, comtrade_code>);
static_assert(!std::equality_comparable_with<iso_numeric_code, comtrade_code>);
static_assert(!std::is_convertible_v<gacc_code, comtrade_code>);
static_assert(!std::equality_comparable_with<country, gacc_code>);
template <class T>
concept has_text = requires(T c) {
  c.text();
};
template <class T>
concept has_value = requires(T c) {
  c.value();
};
static_assert(has_text<iso_alpha2_code> && !has_text<gacc_code>);
static_assert(has_value<gacc_code> && !has_value<iso_alpha2_code>);
template <class T>
concept lookup_by_bare_value = requires(T v) {
  country_from(v);
};
static_assert(lookup_by_bare_value<gacc_code>);
// A default-constructed country is the explicit "no country", never a real one.
static_assert(std::is_default_constructible_v<country>);
static_assert(country{} == country::none() && !country{}.is_recognised() && country{}.kind() == country_kind::none);
static_assert(country{} != country::unrecognised());
static_assert(!std::is_default_constructible_v<gacc_code>);

}  // namespace
