#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/span.hpp>

#include <iterator>

namespace {

using namespace tradestat;

template <class P>
concept can_span = requires {
  typename span<P>;
};
template <class P>
concept has_same_period_last_year = requires(const P& p) {
  same_period_last_year(p);
};

static_assert(std::random_access_iterator<span<month>::iterator>);
static_assert(span{year{2021}, year{2025}}.size() == 5);
static_assert(months_of(quarter{2025, 2}).first() == month{2025, 4});
static_assert(previous(span{year{2021}, year{2025}}) == span{year{2016}, year{2020}});
static_assert(calendar_period<span<year>> && calendar_period<plan>);

// A span is of one fixed kind; a span of year-to-date periods means nothing.
static_assert(can_span<year> && can_span<month> && !can_span<ytd> && !can_span<int>);

// Plans: the 14th is 2021–2025 and follows the 13th; they have no "same period last year".
static_assert(plan{14}.years() == span{year{2021}, year{2025}});
static_assert(plan{14}.previous() == plan{13} && plan{13}.years() == span{year{2016}, year{2020}});
static_assert(has_same_period_last_year<span<year>> && !has_same_period_last_year<plan>);
static_assert(plan_of(year{2023}) == plan{14} && !plan_of(year{1964}));

}  // namespace
