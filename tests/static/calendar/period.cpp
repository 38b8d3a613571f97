// Compile-time facts about periods: what compiles, and (in-language) what must not.
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/chrono.hpp>

#include <concepts>

#include "../operations.hpp"

namespace {
using namespace tradestat::test;

using namespace tradestat;

template <class C, class F>
concept can_contain = requires(const C& c, const F& f) {
  contains(c, f);
};
template <class To, class From>
concept converts_implicitly = std::convertible_to<From, To>;

// Positive: same-kind arithmetic gives typed counts and periods of the same kind.
static_assert(std::same_as<decltype(month{2025, 3} - month{2025, 1}), month_count>);
static_assert(std::same_as<decltype(quarter{2025, 3} - quarter{2025, 1}), quarter_count>);
static_assert(std::same_as<decltype(half{2025, 2} - half{2025, 1}), half_count>);
static_assert(std::same_as<decltype(year{2025} - year{2020}), year_count>);
static_assert(std::same_as<decltype(ytd{2025, 11} - ytd{2024, 11}), month_count>);
static_assert(month{2025, 11} - month{2025, 1} == month_count{10});
static_assert(month{2025, 12} + month_count{1} == month{2026, 1});
static_assert(quarter{2025, 1} - quarter_count{1} == quarter{2024, 4});
static_assert(year{2020} + year_count{5} == year{2025});
static_assert(ytd{2024, 12} + month_count{1} == ytd{2025, 1});
static_assert(same_period_last_year(ytd{2025, 11}) == ytd{2024, 11});
static_assert(same_period_last_year(month{2024, 2}) == month{2023, 2});
static_assert(previous(quarter{2025, 1}) == quarter{2024, 4});
static_assert(contains(year{2025}, quarter{2025, 4}));
static_assert(!contains(ytd{2025, 5}, quarter{2025, 2}));
static_assert(quarter{month{2025, 6}} == quarter{2025, 2});
static_assert(year{half{2025, 2}} == year{2025});
static_assert(month{2024, 2}.days() == 29 && month{2023, 2}.days() == 28);
static_assert(month{2025, 3} == std::chrono::year{2025} / std::chrono::March);

// Concepts.
static_assert(calendar_period<month> && calendar_period<quarter> && calendar_period<half> &&
              calendar_period<year> && calendar_period<ytd>);
static_assert(!calendar_period<int> && !calendar_period<std::chrono::year_month> &&
              !calendar_period<month_count>);
static_assert(regular_period<month> && regular_period<year> && !regular_period<ytd>);

// Negative: mixing kinds does not compile.
static_assert(can_subtract<month, month> && !can_subtract<month, year>);
static_assert(!can_subtract<quarter, month> && !can_subtract<ytd, month> && !can_subtract<year, ytd>);
static_assert(!can_add<month, month>);  // adding two dates means nothing
static_assert(can_add<month, month_count> && !can_add<month, year_count> && !can_add<month, quarter_count>);
static_assert(!can_add<quarter, month_count> && !can_add<year, month_count> && !can_add<half, quarter_count>);
static_assert(!can_subtract<year, month_count> && can_subtract<ytd, month_count> &&
              !can_add<ytd, year_count>);
static_assert(!can_add<month, int>);  // a bare number has no kind
static_assert(!can_add<month_count, year_count> && !can_subtract<month_count, quarter_count>);
static_assert(!std::equality_comparable_with<month, year>);
// Comparing kinds: ==, <, <=> between two kinds do not compile; within a kind, and after converting
// the finer one, they do.
static_assert(can_equal<month, month> && can_equal<year, year> && can_equal<ytd, ytd>);
static_assert(!can_equal<month, year> && !can_equal<year, month> && !can_equal<quarter, month> &&
              !can_equal<ytd, month> && !can_equal<half, year>);
static_assert(can_compare<month, month> && can_compare<quarter, quarter>);
static_assert(!can_compare<month, year> && !can_compare<year, month> && !can_compare<ytd, month> &&
              !can_compare<quarter, half>);
static_assert(can_three_way<month, month> && !can_three_way<month, year> && !can_three_way<ytd, quarter>);
static_assert(!std::totally_ordered_with<month, year> && !std::three_way_comparable_with<quarter, year>);
static_assert(can_subtract<ytd, ytd> && !can_subtract<ytd, month> && !can_subtract<month, ytd>);
static_assert(!can_add<month, year> && !can_add<year_count, month>);
// Within a kind, comparisons still hold after the rejected mixed-kind overloads were declared;
// a month still compares with a std::chrono::year_month.
static_assert(month{2025, 3} < month{2025, 4} && year{month{2025, 12}} == year{2025});
static_assert(can_equal<month, std::chrono::year_month> && can_compare<month, std::chrono::year_month>);
// The rejected call names its rule in its type, which is what the compilers print first.
static_assert(std::same_as<decltype(month{} - year{}), rule::cannot_mix_period_kinds__convert_the_finer_one_first>);
static_assert(std::same_as<decltype(month{} == year{}),
                           rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first>);
static_assert(std::same_as<decltype(ytd{} <=> month{}),
                           rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first>);
static_assert(!std::equality_comparable_with<month_count, year_count>);

// Negative: a finer fixed period cannot contain a coarser one; the other way round can.
static_assert(can_contain<year, month> && !can_contain<month, year> && !can_contain<quarter, half>);
static_assert(can_contain<ytd, quarter> && can_contain<year, ytd>);

// Conversions: to the enclosing coarser period explicitly, never to a finer one, never from an int.
static_assert(std::constructible_from<quarter, month> && !converts_implicitly<quarter, month>);
static_assert(!std::constructible_from<month, quarter> && !std::constructible_from<quarter, year>);
static_assert(!std::constructible_from<half, year> && !std::constructible_from<ytd, year>);
static_assert(std::constructible_from<year, ytd> && !std::constructible_from<quarter, ytd> &&
              !std::constructible_from<half, ytd>);  // 1–11月 lies in one year, not in one quarter or half
static_assert(!converts_implicitly<year, int> && !converts_implicitly<month_count, int>);
static_assert(converts_implicitly<std::chrono::year_month, month> &&
              converts_implicitly<month, std::chrono::year_month>);

}  // namespace
