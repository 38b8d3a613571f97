// Compile-time facts about the std::chrono interop (calendar/chrono.hpp): month and date convert to
// and from year_month and year_month_day, compare with them, and nothing else converts.
#include <tradestat/calendar/chrono.hpp>

#include <chrono>
#include <concepts>

#include "../operations.hpp"

namespace {
using namespace tradestat;
using namespace tradestat::test;
namespace chr = std::chrono;

// Positive: lossless both ways, and comparisons with the std types (either side first).
static_assert(month{chr::year{2025} / chr::March} == month{2025, 3});
static_assert(chr::year_month{month{2025, 3}} == chr::year{2025} / chr::March);
static_assert(month{2025, 3} == chr::year{2025} / chr::March && chr::year{2025} / chr::March == month{2025, 3});
static_assert(month{2025, 3} < chr::year{2025} / chr::April && chr::year{2024} / chr::December < month{2025, 1});
static_assert(date{chr::year{2025} / chr::October / 26} == date{2025, 10, 26});
static_assert(chr::year_month_day{date{2025, 10, 26}} == chr::year{2025} / chr::October / 26);
static_assert(date{2025, 10, 26} == chr::year{2025} / chr::October / 26);
static_assert(chr::year{2025} / chr::October / 25 < date{2025, 10, 26});
static_assert(month{2024, 2}.last_day() == chr::year{2024} / chr::February / chr::day{29});
static_assert(can_equal<month, chr::year_month> && can_compare<month, chr::year_month>);
static_assert(can_equal<date, chr::year_month_day> && can_compare<date, chr::year_month_day>);

// Negative: a day is not a month nor a month a day, a weekday-dated month is neither, and a bare
// std::chrono::year or month is no period.
static_assert(!std::convertible_to<chr::year_month_day, month> && !std::convertible_to<chr::year_month, date>);
static_assert(!std::convertible_to<chr::year_month_weekday, month> && !std::convertible_to<chr::year_month_weekday, date>);
static_assert(!std::convertible_to<chr::year, month> && !std::convertible_to<chr::month, month>);
static_assert(!std::convertible_to<month, chr::year_month_day> && !std::convertible_to<date, chr::year_month>);
static_assert(!can_equal<date, chr::year_month> && !can_equal<month, chr::year_month_day>);
static_assert(!calendar_period<chr::year_month>);

}  // namespace
