// Totals of a series over coarser periods: month → quarter → half → year, year → plan, and any span.
#ifndef TRADESTAT_CALENDAR_ROLLUP_HPP
#define TRADESTAT_CALENDAR_ROLLUP_HPP

#include <tradestat/calendar/incomplete.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/series.hpp>
#include <tradestat/calendar/span.hpp>
#include <tradestat/error.hpp>

#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tradestat {

/** `Fine` periods group into whole `Coarse` periods: month → quarter, half, year; quarter → half,
    year; half → year; year → plan. Example: `rolls_up_into<month, quarter>` is true,
    `rolls_up_into<quarter, month>` false. */
template <class Fine, class Coarse>
concept rolls_up_into = (regular_period<Fine> && regular_period<Coarse> &&
                         (Fine::per_year > Coarse::per_year) && std::constructible_from<Coarse, Fine>) ||
                        (std::same_as<Fine, year> && std::same_as<Coarse, plan>);

namespace detail {

template <class Coarse, class Fine>
std::optional<Coarse> enclosing(const Fine& f) {
  if constexpr (std::same_as<Coarse, plan>) {
    return plan_of(f);
  } else {
    return Coarse{f};
  }
}

// The `Fine` periods that make up `coarse`; throws when `coarse` is not made of whole ones.
template <regular_period Fine, calendar_period Coarse>
span<Fine> parts_of(const Coarse& coarse, std::string_view fine_name) {
  const Fine first{coarse.first_month()};
  const Fine last{coarse.last_month()};
  if (first.first_month() != coarse.first_month() || last.last_month() != coarse.last_month()) {
    throw error(error_kind::invalid_argument, to_string(coarse) + " is not made of whole " + std::string(fine_name));
  }
  return span<Fine>{first, last};
}

template <class Fine>
constexpr std::string_view plural_name() noexcept {
  if constexpr (std::same_as<Fine, month>)
    return "months";
  else if constexpr (std::same_as<Fine, quarter>)
    return "quarters";
  else if constexpr (std::same_as<Fine, half>)
    return "halves";
  else
    return "years";
}

// "2025-02 is missing" or "2025-02, 2025-03 are missing".
template <regular_period Fine, class V>
std::string missing_parts(const series<Fine, V>& s, const span<Fine>& parts) {
  std::string list;
  int count = 0;
  for (const Fine f : parts) {
    if (s.contains(f)) continue;
    list += (count++ == 0 ? "" : ", ") + to_string(f);
  }
  return list + (count == 1 ? " is missing" : " are missing");
}

inline constexpr std::string_view say_how =
    " (pass incomplete::drop or incomplete::sum_available to say how)";

}  // namespace detail

/** Totals a series over each enclosing coarser period, refusing (by default) a period that lacks
    some of its parts. Example: months 2025-01..03 with 10, 20, 30 roll up to `{quarter{2025, 1}, 60}`;
    `rollup<plan>(yearly)` totals each five-year plan. */
template <class Coarse, regular_period Fine, detail::summable V>
requires rolls_up_into<Fine, Coarse> series<Coarse, V> rollup(const series<Fine, V>& s,
                                                              incomplete policy = incomplete::refuse) {
  series<Coarse, V> out;
  if constexpr (regular_period<Coarse>)
    out.reserve(s.size() / static_cast<std::size_t>(Fine::per_year / Coarse::per_year) + 1);
  auto it = s.begin();
  while (it != s.end()) {
    if constexpr (regular_period<Coarse>) {
      // Fast path for a complete group of fixed kinds: sorted and unique, so `ratio` entries ending at
      // the group's last part are all its parts; the count is a constant the compiler can unroll.
      constexpr int ratio = Fine::per_year / Coarse::per_year;
      const int coarse_index = it->period.index() / ratio;
      if (s.end() - it >= ratio && it[ratio - 1].period.index() == coarse_index * ratio + ratio - 1) {
        V total = it->value;
        for (int k = 1; k < ratio; ++k) total = static_cast<V>(total + it[k].value);
        out.append(Coarse::from_index(coarse_index), std::move(total));
        it += ratio;
        continue;
      }
    }
    const std::optional<Coarse> c = detail::enclosing<Coarse>(it->period);
    if (!c) {  // a year in no five-year plan (1963-1965)
      if (policy == incomplete::refuse) {
        throw incomplete_error("cannot roll up " + to_string(it->period) + ": it belongs to no " +
                               std::string(std::same_as<Coarse, plan> ? "five-year plan" : "period") +
                               " (pass incomplete::drop to leave it out)");
      }
      ++it;
      continue;
    }
    const span<Fine> parts = detail::parts_of<Fine>(*c, detail::plural_name<Fine>());
    // Sorted, so the parts of `c` are the entries up to its last part.
    V total = it->value;
    std::size_t present = 1;
    for (++it; it != s.end() && !(parts.last() < it->period); ++it, ++present) {
      total = static_cast<V>(total + it->value);
    }
    if (present < parts.size()) {
      if (policy == incomplete::refuse) {
        throw incomplete_error("cannot roll up " + to_string(*c) + ": " + detail::missing_parts(s, parts) +
                               std::string(detail::say_how));
      }
      if (policy == incomplete::drop) continue;
    }
    out.append(*c, std::move(total));
  }
  return out;
}

/** The total of a series over one coarser period made of whole periods of the series' kind: a
    quarter, a year, a span of years, a plan. Refuses (by default) when a part is missing.
    Example: `sum_over(yearly, plan{14})` is the sum over 2021–2025;
    `sum_over(yearly, span{year{2016}, year{2020}})` the sum over 2016–2020. */
template <regular_period Fine, detail::summable V, calendar_period Coarse>
requires(!detail::finer_fixed_kind<Coarse, Fine>()) V
    sum_over(const series<Fine, V>& s, const Coarse& coarse, incomplete policy = incomplete::refuse) {
  if (policy == incomplete::drop) {
    throw error(error_kind::invalid_argument, 
        "incomplete::drop leaves periods out of a rollup; sum_over has a single total to "
        "give: use incomplete::refuse or incomplete::sum_available");
  }
  const span<Fine> parts = detail::parts_of<Fine>(coarse, detail::plural_name<Fine>());
  std::optional<V> total;
  std::size_t present = 0;
  for (const Fine f : parts) {
    const V* v = s.find(f);
    if (v == nullptr) continue;
    ++present;
    total = total ? static_cast<V>(*total + *v) : *v;
  }
  if (present < parts.size() && policy == incomplete::refuse) {
    throw incomplete_error("cannot total " + to_string(coarse) + ": " + detail::missing_parts(s, parts) +
                           " (pass incomplete::sum_available for a partial total)");
  }
  if (!total) throw incomplete_error("cannot total " + to_string(coarse) + ": the series has no value in it");
  return *std::move(total);
}

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_ROLLUP_HPP
