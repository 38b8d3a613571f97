#include <tradestat/calendar/cumulative.hpp>
#include <tradestat/calendar/first_crossing.hpp>
#include <tradestat/calendar/growth_series.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/rollup.hpp>
#include <tradestat/calendar/series.hpp>

#include <string>
#include <type_traits>

#include <range/v3/range/concepts.hpp>

// A value that adds but cannot be subtracted or converted to double (declared only: never called,
// outside the unnamed namespace so that no compiler warns that it is never defined).
namespace calendar_static_test {
struct addable {
  long v;
  friend addable operator+(addable a, addable b);
};
}  // namespace calendar_static_test

namespace {

using namespace tradestat;
using calendar_static_test::addable;

template <class P, class V>
concept can_make_series = requires {
  typename series<P, V>;
};
template <class Coarse, class S>
concept can_roll_up = requires(const S& s) {
  rollup<Coarse>(s);
};
template <class S, class C>
concept can_sum_over = requires(const S& s, const C& c) {
  sum_over(s, c);
};
template <class S>
concept can_year_on_year = requires(const S& s) {
  year_on_year(s);
};
template <class S>
concept can_period_on_period = requires(const S& s) {
  period_on_period(s);
};
template <class S>
concept can_single_months = requires(const S& s) {
  to_single_months(s);
};
template <class S>
concept can_cumulate = requires(const S& s) {
  to_cumulative(s);
};

// A series is a random-access range that range-v3 accepts.
static_assert(ranges::random_access_range<series<month, long>>);
static_assert(ranges::random_access_range<decltype(std::declval<const series<month, long>&>().values())>);
static_assert(can_make_series<month, long> && can_make_series<plan, addable> && !can_make_series<int, long>);

static_assert(detail::summable<long> && detail::summable<addable> && !detail::summable<month>);
static_assert(detail::subtractable<long> && !detail::subtractable<addable>);

// Rollups go from finer to coarser kinds only; plans take years.
static_assert(rolls_up_into<month, quarter> && rolls_up_into<month, half> && rolls_up_into<month, year>);
static_assert(rolls_up_into<quarter, half> && rolls_up_into<quarter, year> && rolls_up_into<half, year>);
static_assert(rolls_up_into<year, plan>);
static_assert(!rolls_up_into<quarter, month> && !rolls_up_into<year, quarter> &&
              !rolls_up_into<month, month>);
static_assert(!rolls_up_into<month, plan> && !rolls_up_into<ytd, year> && !rolls_up_into<month, ytd>);
static_assert(can_roll_up<quarter, series<month, addable>> && !can_roll_up<month, series<quarter, long>>);
static_assert(!can_roll_up<year, series<ytd, long>>);                 // cumulative values do not add up
static_assert(!can_roll_up<quarter, series<month, std::nullptr_t>>);  // values that cannot be added

// sum_over: a coarser period of whole parts; never a finer period, never over cumulative values.
static_assert(can_sum_over<series<year, long>, plan> && can_sum_over<series<year, long>, span<year>>);
static_assert(can_sum_over<series<month, long>, ytd> && can_sum_over<series<quarter, addable>, year>);
static_assert(!can_sum_over<series<year, long>, month> && !can_sum_over<series<ytd, long>, year>);

// Growth: year on year exists for every kind but plans; period on period for all.
static_assert(can_year_on_year<series<ytd, long>> && can_year_on_year<series<span<year>, long>>);
static_assert(!can_year_on_year<series<plan, long>> && can_period_on_period<series<plan, long>>);
static_assert(!can_year_on_year<series<month, addable>>);  // no default growth without a double
static_assert(
    std::same_as<decltype(year_on_year(std::declval<const series<month, long>&>())), series<month, double>>);

// Cumulative conversions: ytd ↔ month only, with values that subtract (to months) or add (to ytd).
static_assert(can_single_months<series<ytd, long>> && !can_single_months<series<ytd, addable>>);
static_assert(!can_single_months<series<month, long>> && !can_single_months<series<quarter, long>>);
static_assert(can_cumulate<series<month, addable>> && !can_cumulate<series<quarter, long>>);

}  // namespace

// A user's own generic concepts keep their names beside `using namespace tradestat`: the library's
// generic helpers (summable, subtractable) are in tradestat::detail, so these are not ambiguous.
template <class T>
concept subtractable = std::is_arithmetic_v<T>;
template <class T>
concept summable = std::is_arithmetic_v<T>;
namespace users_code {
using namespace tradestat;
static_assert(subtractable<int> && !subtractable<month>);
static_assert(summable<double> && !summable<series<month, long>>);
}  // namespace users_code
