// Compile-time facts and negative checks for exchange rates: compiling this file is passing.
#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/units/rate_table.hpp>
#include <tradestat/calendar/chrono.hpp>

#include <concepts>

namespace {
using namespace tradestat;
using usd_cny = exchange_rate<USD, CNY>;

template <class M, class R>
concept can_convert = requires(M m, R r) {
  convert(m, r, rounding::half_up);
};
template <class M, class R>
concept can_convert_without_policy = requires(M m, R r) {
  convert(m, r);
};
template <class A, class B>
concept can_multiply = requires(A a, B b) {
  a* b;
};

static_assert(can_convert<money<USD>, usd_cny>);
static_assert(can_convert<money<USD, billion>, usd_cny>);
static_assert(std::same_as<decltype(convert(money<USD, yi>{}, std::declval<usd_cny>(), rounding::half_up)),
                           money<CNY, yi>>);
static_assert(
    std::same_as<decltype(convert<billion>(money<USD, yi>{}, std::declval<usd_cny>(), rounding::half_up)),
                 money<CNY, billion>>);
// The wrong direction, another pair, no policy, or multiplication: none compiles.
static_assert(!can_convert<money<CNY>, usd_cny>);
static_assert(!can_convert<money<EUR>, usd_cny>);
static_assert(can_convert<money<CNY>, exchange_rate<CNY, USD>>);
static_assert(!can_convert_without_policy<money<USD>, usd_cny>);
static_assert(!can_multiply<money<USD>, usd_cny>);
static_assert(!can_multiply<usd_cny, money<USD>>);
static_assert(std::same_as<decltype(std::declval<usd_cny>().inverse()), exchange_rate<CNY, USD>>);
static_assert(!std::is_convertible_v<usd_cny, exchange_rate<CNY, USD>>);
// Rates are never built from a binary float.
static_assert(!std::is_constructible_v<usd_cny, double, month, rate_kind>);
static_assert(std::is_constructible_v<usd_cny, const char*, month, rate_kind>);
// Rates and tables are dated by the library's periods (a month by default), or by a day.
static_assert(std::same_as<usd_cny::period_type, month>);
static_assert(std::same_as<rate_table<USD, CNY>::rate_type::period_type, month>);
template <class P>
concept table_period = requires { typename rate_table<USD, CNY, P>; };
template <class P>
concept rate_period_of = requires { typename exchange_rate<USD, CNY, P>; };
static_assert(table_period<month> && table_period<quarter> && table_period<half> && table_period<year> &&
              table_period<ytd> && table_period<date>);
// One day type: a std::chrono::year_month_day converts to a date, but keys no table of its own.
static_assert(!table_period<std::chrono::year_month_day> && !rate_period_of<std::chrono::year_month_day>);
static_assert(!table_period<std::chrono::year_month> && !table_period<std::chrono::year> && !table_period<int>);
static_assert(rate_period_of<month> && !rate_period_of<std::chrono::year_month> && !rate_period_of<int>);
// A table keyed by months is not asked for a date, nor a date table for a month.
template <class T, class P>
concept can_look_up = requires(const T t, P p) {
  t.at(p);
};
static_assert(can_look_up<rate_table<USD, CNY>, month>);
static_assert(!can_look_up<rate_table<USD, CNY>, year>);
static_assert(!can_look_up<rate_table<USD, CNY>, std::chrono::year_month_day>);
static_assert(!can_look_up<rate_table<USD, CNY, date>, month>);
static_assert(can_look_up<rate_table<USD, CNY, date>, std::chrono::year_month_day>);

// Exact arithmetic at compile time: 100 dollars at 7.1586 is 715.86 yuan.
static_assert(convert(money<USD>{100},
                      usd_cny("7.1586", month{2025, 3}, rate_kind::customs_monthly),
                      rounding::half_up) == money<CNY>{716});

}  // namespace
