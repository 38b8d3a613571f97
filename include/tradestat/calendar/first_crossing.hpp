// The first period at which a series reaches a threshold ("above 10 % for the first time").
#ifndef TRADESTAT_CALENDAR_FIRST_CROSSING_HPP
#define TRADESTAT_CALENDAR_FIRST_CROSSING_HPP

#include <tradestat/calendar/incomplete.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/series.hpp>

#include <concepts>
#include <optional>
#include <string>

namespace tradestat {

/** The first period whose value is at least `threshold`, every earlier one being below it; empty
    when no value reaches it. The claim needs the history: a gap before that period throws
    `incomplete_error`, since the missing period might have crossed first. The claim holds within
    the series, so start the series where the claim starts. Example: ASEAN shares of 7.8 % (2024)
    and 12.9 % (2025) first cross 10 % in 2025. */
template <steppable_period P, std::copyable V, class T>
requires requires(const V& v, const T& t) {
  { v >= t } -> std::convertible_to<bool>;
}
std::optional<P> first_crossing(const series<P, V>& s, const T& threshold) {
  for (auto it = s.begin(); it != s.end(); ++it) {
    if (!static_cast<bool>(it->value >= threshold)) continue;
    for (auto before = s.begin(); before != it; ++before) {
      const auto after = before + 1;
      if (next(before->period) != after->period) {
        throw incomplete_error("cannot tell whether " + to_string(it->period) +
                               " is the first crossing: " + to_string(next(before->period)) + " is missing");
      }
    }
    return it->period;
  }
  return std::nullopt;
}

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_FIRST_CROSSING_HPP
