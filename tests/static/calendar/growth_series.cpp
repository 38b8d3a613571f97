// Compile-time facts about growth between periods: what compiles, and (in-language) what must not.
#include <tradestat/calendar/chrono.hpp>
#include <tradestat/calendar/growth_series.hpp>

#include <concepts>

namespace {
using namespace tradestat;

template <class P, class A, class B>
concept can_grow_between = requires(const series<P, long>& s, const A& from, const B& to) {
  growth_between(s, from, to);
};

// Positive: two periods of the series' own kind; the default change is a double.
static_assert(can_grow_between<month, month, month> && can_grow_between<year, year, year> &&
              can_grow_between<ytd, ytd, ytd>);
static_assert(std::same_as<decltype(growth_between(series<year, long>{}, year{}, year{})), double>);
// A std::chrono::year_month converts to the series' month, as it does everywhere.
static_assert(can_grow_between<month, std::chrono::year_month, month>);
// Negative: a period of another kind than the series', at either end.
static_assert(!can_grow_between<month, year, month> && !can_grow_between<month, month, year>);
static_assert(!can_grow_between<year, month, month> && !can_grow_between<ytd, ytd, month> &&
              !can_grow_between<quarter, quarter, half>);
static_assert(std::same_as<decltype(growth_between(series<month, long>{}, year{}, month{})),
                           rule::a_growth_compares_two_periods_of_the_series_kind__convert_the_finer_period_first>);

// The growth function is called as change(from, to).
struct gain {
  long total = 0;
  long minus(const gain& earlier) const { return total - earlier.total; }
};
template <class F>
concept change_for_gains = requires(const series<year, gain>& s, F change) { year_on_year(s, change); };
using difference = long (*)(const gain& from, const gain& to);
// Positive: a lambda and a function pointer (relative_change, the default, is a function object).
static_assert(change_for_gains<decltype([](const gain& from, const gain& to) { return to.total - from.total; })>);
static_assert(change_for_gains<difference>);
static_assert(std::same_as<decltype(year_on_year(series<year, gain>{}, difference{})), series<year, long>>);
// Negative: a pointer to a member function is not called as change(from, to); nor is a function of
// one value, or one of other values.
static_assert(!change_for_gains<decltype(&gain::minus)>);
static_assert(!change_for_gains<long (*)(const gain&)>);
static_assert(!change_for_gains<long (*)(const month&, const month&)>);

}  // namespace
