// Compile-time facts about HS codes; compiling is passing.
#include <tradestat/codes/hs_code.hpp>

#include <concepts>
#include <type_traits>

namespace {
using namespace tradestat;

constexpr hs_code walnuts{"080231", hs_version::hs2022};
static_assert(walnuts.digits() == "080231");  // leading zero kept
static_assert(walnuts.heading().digits() == "0802");
static_assert(walnuts.section()->roman() == "II");
static_assert(walnuts.starts_with(hs_code{"08", hs_version::hs2022}));
static_assert(in_hs2022_nomenclature(walnuts));
static_assert(hs_version_from_comtrade("H5") == hs_version::hs2017);

// Negative: a code always has an edition and is never converted from text implicitly (a code made
// from a number fails with a message: see tests/compile_fail/codes/hs_code_from_number.cpp).
static_assert(!std::is_convertible_v<int, hs_code>);
static_assert(!std::is_constructible_v<hs_code, std::string_view>);
static_assert(!std::is_convertible_v<std::string_view, hs_code>);
static_assert(!std::is_default_constructible_v<hs_code>);
static_assert(!std::is_constructible_v<hs_section, hs_code>);
static_assert(!std::equality_comparable_with<hs_code, std::string_view>);

}  // namespace
