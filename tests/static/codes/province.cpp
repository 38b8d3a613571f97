// Compile-time facts about provinces and customs districts; compiling is passing.
#include <tradestat/codes/customs_district.hpp>
#include <tradestat/codes/province.hpp>

#include <concepts>
#include <type_traits>

namespace {
using namespace tradestat;

static_assert(province::from_gb2260(65).iso_3166_2() == "CN-XJ");
static_assert(prefecture::from_gb2260(650100).province_of() == parse<province>("65"));
static_assert(customs_district{"9401"}.directly_under().code() == "9400");

// Negative: a province is not a bare number, and region dimensions do not mix.
static_assert(!std::is_constructible_v<province, int>);
static_assert(!std::is_convertible_v<int, province>);
static_assert(!std::equality_comparable_with<province, prefecture>);
static_assert(!std::equality_comparable_with<province, customs_district>);
static_assert(!std::is_constructible_v<customs_district, int>);
static_assert(!std::is_default_constructible_v<province>);

}  // namespace
