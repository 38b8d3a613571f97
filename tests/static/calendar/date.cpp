// Compile-time facts about days: what compiles, and (in-language) what must not. No <chrono> here:
// the conversions are in tests/static/calendar/chrono.cpp.
#include <tradestat/calendar/date.hpp>
#include <tradestat/calendar/period.hpp>

#include <compare>
#include <concepts>
#include <type_traits>

#include "../operations.hpp"

namespace {
using namespace tradestat;
using namespace tradestat::test;

// Positive: a day is a regular, ordered, constexpr value, with its parts and its text.
static_assert(std::regular<date> && std::totally_ordered<date>);
static_assert(std::is_trivially_copyable_v<date> && sizeof(date) == sizeof(int));
static_assert(date{2025, 10, 26}.year_number() == 2025 && date{2025, 10, 26}.month_number() == 10 &&
              date{2025, 10, 26}.day_number() == 26);
static_assert(date{2024, 2, 29} < date{2024, 3, 1} && date{} == date::min() && date::min() < date::max());
static_assert(month{2024, 2}.last_day() == date{2024, 2, 29} && month{2023, 2}.last_day() == date{2023, 2, 28});
static_assert(month{date{2025, 12, 31}} == month{2025, 12} && year{date{2025, 12, 31}} == year{2025});
static_assert(parsable<date>);

// Negative: a day is not a period (no months to cover), not an int, and not mixed with periods.
static_assert(!calendar_period<date>);
static_assert(!std::constructible_from<date, int> && !std::constructible_from<date, int, int>);
static_assert(!std::convertible_to<month, date> && !std::convertible_to<date, month>);  // month{d} is explicit
static_assert(std::constructible_from<month, date> && std::constructible_from<year, date>);
static_assert(!can_equal<date, month> && !can_compare<date, year> && !can_subtract<date, date>);
static_assert(!can_add<date, int> && !can_add<date, month_count>);

}  // namespace
