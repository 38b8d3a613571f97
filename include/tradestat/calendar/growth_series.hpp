// Year-on-year (同比) and period-on-period (环比) growth of a series, for any value type.
#ifndef TRADESTAT_CALENDAR_GROWTH_SERIES_HPP
#define TRADESTAT_CALENDAR_GROWTH_SERIES_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/series.hpp>
#include <tradestat/error.hpp>

#include <concepts>
#include <string>
#include <type_traits>
#include <utility>

namespace tradestat {

/** The default growth: `to / from − 1` as a `double`, for values that convert explicitly to
    `double`; a zero base throws `tradestat::error` (division_by_zero). Example: `relative_change{}(4340L, 5204L)` is
    about 0.199. Pass the ratio layer's `growth` instead to get a typed growth rate. */
struct relative_change {
  template <class V>
  requires requires(const V& v) { static_cast<double>(v); }
  double operator()(const V& from, const V& to) const {
    const auto base = static_cast<double>(from);
    if (base == 0.0) throw error(error_kind::division_by_zero, "growth from a zero base is undefined");
    return static_cast<double>(to) / base - 1.0;
  }
};

namespace detail {

// A growth function: called as change(from, to) on two values of the series (a function object or
// a function; spelled as a call rather than std::invocable, whose std::invoke needs <functional>).
template <class F, class V>
concept change_function = requires(F& change, const V& from, const V& to) { change(from, to); };

template <class P, class V, class F, class Base>
auto growth_over(const series<P, V>& s, F change, Base base_of) {
  using result = std::remove_cvref_t<decltype(change(std::declval<const V&>(), std::declval<const V&>()))>;
  series<P, result> out;
  for (const auto& [p, v] : s) {
    const V* base = s.find(base_of(p));
    if (base == nullptr) continue;  // no comparison period: no growth, and the result shows the gap
    try {
      out.append(p, change(*base, v));
    } catch (const error& e) {
      std::string message = to_string(p);
      message += " against ";
      message += to_string(base_of(p));
      message += ": ";
      message += e.what();
      throw error(e.kind(), message);
    }
  }
  return out;
}

}  // namespace detail

/** Year-on-year growth (同比): each period against the same period a year earlier, where the
    series has it. `change(from, to)` computes one growth, by default `relative_change`.
    Example: `year_on_year(series<ytd, long>{{ytd{2024, 10}, 100}, {ytd{2025, 10}, 120}})` holds
    `{ytd{2025, 10}, 0.2}`. Not defined for plans (compare plans with `period_on_period`). */
template <calendar_period P, std::copyable V, class F = relative_change>
requires requires(const P& p) {
  { same_period_last_year(p) } -> std::same_as<P>;
} && detail::change_function<F, V>
auto year_on_year(const series<P, V>& s, F change = {}) {
  return detail::growth_over(s, change, [](const P& p) { return same_period_last_year(p); });
}

/** Period-on-period growth (环比): each period against the one just before it.
    Example: over a series of plans, `period_on_period` gives the 14th plan's growth on the 13th. */
template <calendar_period P, std::copyable V, class F = relative_change>
requires requires(const P& p) {
  { previous(p) } -> std::same_as<P>;
} && detail::change_function<F, V>
auto period_on_period(const series<P, V>& s, F change = {}) {
  return detail::growth_over(s, change, [](const P& p) { return previous(p); });
}

/** The growth of a series from one of its periods to another: `change(s.at(from), s.at(to))`, both
    periods of the series' own kind. Throws `tradestat::error` naming a period the series lacks, or
    both periods when the change fails (a zero base).
    Example: `growth_between(series<year, long>{{year{2020}, 100}, {year{2025}, 150}}, year{2020},
    year{2025})` is 0.5. A month against a year does not compile: convert the finer one first. */
template <calendar_period P, std::copyable V, class F = relative_change>
requires detail::change_function<F, V>
auto growth_between(const series<P, V>& s, const std::type_identity_t<P>& from, const std::type_identity_t<P>& to,
                    F change = {}) {
  const V& base = s.at(from);
  const V& value = s.at(to);
  try {
    return change(base, value);
  } catch (const error& e) {
    std::string message = to_string(to);
    message += " against ";
    message += to_string(from);
    message += ": ";
    message += e.what();
    throw error(e.kind(), message);
  }
}

// Rejected, as in period.hpp: declared, never defined, returning a rule that is never completed,
// so the mistaken call names the rule on its first line and `requires` sees no such growth.
namespace rule {
struct a_growth_compares_two_periods_of_the_series_kind__convert_the_finer_period_first;
}  // namespace rule
namespace detail {
template <class P, class A, class B>
concept other_period_kinds = (!std::same_as<A, P> || !std::same_as<B, P>) && a_period<A> && a_period<B>;
}  // namespace detail
// The rule stays on the line the compiler quotes: not reformatted.
// clang-format off
template <calendar_period P, class V, class A, class B, class... F> requires detail::other_period_kinds<P, A, B>
rule::a_growth_compares_two_periods_of_the_series_kind__convert_the_finer_period_first growth_between(const series<P, V>&, const A&, const B&, F...);  // a growth compares two periods of the series' kind: convert the finer period first, e.g. year{m}
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_GROWTH_SERIES_HPP
