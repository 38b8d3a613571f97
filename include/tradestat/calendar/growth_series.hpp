// Year-on-year (同比) and period-on-period (环比) growth of a series, for any value type.
#ifndef TRADESTAT_CALENDAR_GROWTH_SERIES_HPP
#define TRADESTAT_CALENDAR_GROWTH_SERIES_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/series.hpp>
#include <tradestat/error.hpp>

#include <concepts>
#include <functional>
#include <string>
#include <type_traits>

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

template <class P, class V, class F, class Base>
auto growth_over(const series<P, V>& s, F change, Base base_of) {
  using result = std::remove_cvref_t<std::invoke_result_t<F&, const V&, const V&>>;
  series<P, result> out;
  for (const auto& [p, v] : s) {
    const V* base = s.find(base_of(p));
    if (base == nullptr) continue;  // no comparison period: no growth, and the result shows the gap
    try {
      out.append(p, std::invoke(change, *base, v));
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
} && std::invocable<F&, const V&, const V&>
auto year_on_year(const series<P, V>& s, F change = {}) {
  return detail::growth_over(s, change, [](const P& p) { return same_period_last_year(p); });
}

/** Period-on-period growth (环比): each period against the one just before it.
    Example: over a series of plans, `period_on_period` gives the 14th plan's growth on the 13th. */
template <calendar_period P, std::copyable V, class F = relative_change>
requires requires(const P& p) {
  { previous(p) } -> std::same_as<P>;
} && std::invocable<F&, const V&, const V&>
auto period_on_period(const series<P, V>& s, F change = {}) {
  return detail::growth_over(s, change, [](const P& p) { return previous(p); });
}

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_GROWTH_SERIES_HPP
