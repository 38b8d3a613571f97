// Compile-time facts about country groups; compiling is passing.
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/calendar/chrono.hpp>

#include <concepts>
#include <type_traits>

namespace {
using namespace tradestat;
using namespace std::chrono;

// Positive: membership is asked of a country on a calendar day.
template <class G, class C, class D>
concept membership_query = requires(const G& g, C c, D d) {
  { member(g, c, d) } -> std::same_as<bool>;
};
static_assert(membership_query<country_group, country, year_month_day>);
static_assert(membership{country::unrecognised()}.covers(2025y / January / 1));
static_assert(!membership{country::unrecognised(), 2025y / October / 26}.covers(2025y / October / 25));

// Negative: not with a bare code, a partner code, or a year instead of a day.
static_assert(!membership_query<country_group, int, year_month_day>);
static_assert(!membership_query<country_group, gacc_code, year_month_day>);
static_assert(!membership_query<country_group, country, int>);
static_assert(!membership_query<country_group, country, std::chrono::year>);
static_assert(!membership_query<country_group, country, std::chrono::year_month>);
static_assert(!std::is_default_constructible_v<country_group>);

}  // namespace
