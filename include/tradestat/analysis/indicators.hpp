// Indicators over a series of annual values: CAGR between two years or over a five-year plan, and
// the plan-period comparison (Σ of the 14th plan's years against Σ of the 13th's).
#ifndef TRADESTAT_ANALYSIS_INDICATORS_HPP
#define TRADESTAT_ANALYSIS_INDICATORS_HPP

#include <tradestat/analysis/cagr.hpp>
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/calendar/first_crossing.hpp>
#include <tradestat/calendar/incomplete.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/series.hpp>
#include <tradestat/calendar/span.hpp>
#include <tradestat/error.hpp>
#include <tradestat/units/money.hpp>

#include <optional>
#include <string>

namespace tradestat {

/** The CAGR of an annual series from one of its years to a later one, `to - from` years.
 *  Throws tradestat::error (invalid_argument) naming a year the series lacks, or when `to` is not after `from`.
 *  Example: `cagr(series<year, money<CNY, yi>>{{year{2020}, money<CNY, yi>{100}}, {year{2022}, money<CNY, yi>{121}}}, year{2020}, year{2022})`
 *  // exactly 10 % a year */
template <money_type M>
cagr_bounds cagr(const series<year, M>& annual, const year& from, const year& to) {
  if (!(from < to)) {
    throw error(error_kind::invalid_argument, "tradestat: a CAGR runs from an earlier year to a later one, got " +
                                                  to_string(from) + " to " + to_string(to));
  }
  return cagr(annual.at(from), annual.at(to), (to - from).count());
}

/** Average annual growth over the years of a span (年均增长): from the year before its first year to
 *  its last, `length` years; 2021–2025 runs from 2020 to 2025, five years.
 *  Example: `cagr(s, span{year{2021}, year{2025}})` // cagr(s.at(year{2020}), s.at(year{2025}), 5) */
template <money_type M>
cagr_bounds cagr(const series<year, M>& annual, const span<year>& years) {
  return cagr(annual, previous(years.first()), years.last());
}

/** Average annual growth over a five-year plan (“十四五”期间年均增长): from the year before the plan to
 *  its last year. Example: `cagr(s, plan{14})` // from 2020 to 2025, five years */
template <money_type M>
cagr_bounds cagr(const series<year, M>& annual, const plan& p) {
  return cagr(annual, p.years());
}

/** A plan period against the one before (Σ 14th vs Σ 13th): both totals and the growth, `no_base`
 *  when the earlier plan's total is zero.
 *  Example: a series whose 2016–2020 values sum to 7,000亿元 and 2021–2025 to 17,100亿元 gives
 *  `growth` 101/70 - 1, printed "144.3 %". */
template <money_type M>
struct plan_comparison {
  plan current_plan;
  plan prior_plan;
  M current_total{};
  M prior_total{};
  growth_cell growth{};

  friend bool operator==(const plan_comparison&, const plan_comparison&) = default;
};

namespace detail {
template <class M>
M plan_total(const series<year, M>& annual, const plan& p) {
  M total{};
  std::string missing;
  for (const year y : p.years()) {
    if (const M* v = annual.find(y)) {
      total += *v;
    } else {
      if (!missing.empty()) missing += ", ";
      missing += to_string(y);
    }
  }
  if (!missing.empty()) {
    throw incomplete_error("the total of the " + std::to_string(p.number()) + "th five-year plan needs every year: " +
                           missing + " missing from the series");
  }
  return total;
}
}  // namespace detail

/** The plan-period comparison of `p` with the plan before it, from an annual series holding all ten
 *  years; throws `incomplete_error` naming the missing years (a five-year total never silently
 *  misses a year). Example: `plan_comparison_of(annual, plan{14}).growth` // Σ2021..2025 / Σ2016..2020 - 1 */
template <money_type M>
plan_comparison<M> plan_comparison_of(const series<year, M>& annual, const plan& p) {
  plan_comparison<M> out{p, p.previous()};
  out.prior_total = detail::plan_total(annual, out.prior_plan);
  out.current_total = detail::plan_total(annual, p);
  if (out.prior_total != M{}) {
    out.growth = tradestat::growth(out.prior_total, out.current_total);
  }
  return out;
}

/** The first period whose ratio reaches `threshold`, in a series of cells (shares from comparison
 *  tables, one per period): as `first_crossing` on a series of values, with a cell that has no base
 *  treated like a missing period: before the crossing it throws `incomplete_error` (that period
 *  might have crossed first). Example: ASEAN's shares 7.8 % (2024) and 12.9 % (2025) first reach
 *  `share{quotient(1, 10)}` in 2025. */
template <steppable_period P, ratio_kind K>
std::optional<P> first_crossing(const series<P, ratio_cell<K>>& cells, const K& threshold) {
  series<P, K> known;
  for (const auto& [p, c] : cells) {
    if (c.has_value()) {
      known.append(p, *c);
    } else if (!known.empty() && known.back().value >= threshold) {
      break;  // crossed before this cell: what follows does not matter
    } else {
      bool later_crossing = false;
      for (const auto& [q, d] : cells)
        if (p < q && d.has_value() && *d >= threshold) later_crossing = true;
      if (later_crossing) {
        throw incomplete_error("cannot tell whether a later period is the first crossing: " + to_string(p) +
                               " has no base");
      }
    }
  }
  return first_crossing(known, threshold);
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_INDICATORS_HPP
