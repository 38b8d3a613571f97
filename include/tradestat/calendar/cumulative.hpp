// Cumulative (year-to-date, 1–N月) figures and single-month figures, each from the other.
#ifndef TRADESTAT_CALENDAR_CUMULATIVE_HPP
#define TRADESTAT_CALENDAR_CUMULATIVE_HPP

#include <tradestat/calendar/incomplete.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/series.hpp>
#include <tradestat/error.hpp>

#include <optional>
#include <string>
#include <utility>

namespace tradestat {

/** Single months from cumulative releases: month N = YTD_N − YTD_{N−1}, and January = YTD_1.
    A month whose previous release is missing is refused (by default) or, with `incomplete::drop`,
    left out. Example: 2024 Jan-Sep 3223.9 and Jan-Oct 3627.9 give October 2024 = 404.0. */
template <detail::subtractable V>
series<month, V> to_single_months(const series<ytd, V>& cumulative, incomplete policy = incomplete::refuse) {
  if (policy == incomplete::sum_available) {
    throw error(error_kind::invalid_argument, 
        "incomplete::sum_available cannot split a cumulative figure into months: "
        "use incomplete::refuse or incomplete::drop");
  }
  series<month, V> out;
  for (const auto& [t, v] : cumulative) {
    if (t.length() == 1) {
      out.append(t.last_month(), v);
      continue;
    }
    const ytd before = previous(t);
    if (const V* b = cumulative.find(before)) {
      out.append(t.last_month(), static_cast<V>(v - *b));
    } else if (policy == incomplete::refuse) {
      throw incomplete_error("cannot derive " + to_string(t.last_month()) + " from " + to_string(t) + ": " +
                             to_string(before) +
                             " is missing (pass incomplete::drop to leave such months out)");
    }
  }
  return out;
}

/** Cumulative figures from single months: YTD_N = month 1 + … + month N of one year. A missing
    month is refused (by default); `incomplete::drop` stops that year's totals at the gap, and
    `incomplete::sum_available` cumulates the months present (an explicitly partial figure).
    Example: January 10 and February 20 give `{ytd{2025, 1}, 10}` and `{ytd{2025, 2}, 30}`. */
template <detail::summable V>
series<ytd, V> to_cumulative(const series<month, V>& monthly, incomplete policy = incomplete::refuse) {
  series<ytd, V> out;
  std::optional<V> running;
  int running_year = 0;
  bool stopped = false;  // incomplete::drop: this year's totals ended at a gap
  int expected = 1;      // the month that continues this year's run without a gap
  for (const auto& [m, v] : monthly) {
    if (m.year_number() != running_year) {
      running.reset();
      running_year = m.year_number();
      stopped = false;
      expected = 1;
    }
    if (m.number() != expected) {
      const month missing{running_year, expected};
      if (policy == incomplete::refuse) {
        throw incomplete_error("cannot cumulate " + to_string(m) + ": " + to_string(missing) +
                               " is missing (pass incomplete::drop or incomplete::sum_available to say how)");
      }
      if (policy == incomplete::drop) stopped = true;
    }
    expected = m.number() + 1;
    if (stopped) continue;
    running = running ? static_cast<V>(*running + v) : v;
    out.append(ytd{m}, *running);
  }
  return out;
}

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_CUMULATIVE_HPP
