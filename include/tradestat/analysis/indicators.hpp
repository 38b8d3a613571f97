// Indicators over a series of annual values: CAGR between two years or over a five-year plan, and
// the plan-period comparison (Σ of the 14th plan's years against Σ of the 13th's).
#ifndef TRADESTAT_ANALYSIS_INDICATORS_HPP
#define TRADESTAT_ANALYSIS_INDICATORS_HPP

#include <tradestat/analysis/cagr.hpp>
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/detail/record_value.hpp>
#include <tradestat/analysis/keys.hpp>
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
#include <tradestat/codes/country_group.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_access.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>
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

namespace detail {

/** The period of kind P a record lies in: a monthly record in the one holding its month; a yearly
 *  record only in a year (in a finer period it lies partly: tradestat::error, incomplete). */
template <regular_period P>
P period_holding(const record_period& p) {
  if (const month* m = std::get_if<month>(&p)) {
    if constexpr (std::same_as<P, month>) {
      return *m;
    } else {
      return P{*m};
    }
  } else if constexpr (std::same_as<P, year>) {
    return std::get<year>(p);
  } else {
    (void)contains(P{std::get<year>(p).first_month()}, p);  // throws: a yearly record cannot be split
    return P{};
  }
}

template <class C, class R, class P, class Matches>
series<P, share_cell> share_series_of(R&& records, const span<P>& periods, Matches matches, trade_measure measure) {
  const std::size_t n = periods.size();
  std::vector<int128> part(n), total(n);
  for (const record& r : records) {
    const int sign = measure_sign(measure, r.flow);
    if (sign == 0) continue;
    const auto& v = record_value<C>(r);
    if (!v) continue;
    const P p = period_holding<P>(r.period);
    if (p < periods.first() || periods.last() < p) continue;
    const auto at = static_cast<std::size_t>((p - periods.first()).count());
    const int128 x = sign > 0 ? int128{v->count()} : -int128{v->count()};
    total[at] += x;
    if (matches(r)) part[at] += x;
  }
  series<P, share_cell> out;
  out.reserve(n);
  std::size_t at = 0;
  for (const P p : periods) {
    out.append(p, total[at] == 0 ? share_cell{} : share_cell{share(quotient::from_wide(part[at], total[at]))});
    ++at;
  }
  return out;
}

}  // namespace detail

/** The share of a country group in the total, for every period of a span, from records in one
 *  pass: the series `first_crossing` reads ("above 10 % for the first time"). Membership follows
 *  `options.membership` over the whole span (by default the members on its last day, in every
 *  period); a period without trade has no base. Records without a value in C are left out.
 *  Example: `first_crossing(share_series<CNY>(rows, span{year{2015}, year{2025}}, groups::asean()), share{quotient(1, 10)})`
 *  // year{2025} for Xinjiang */
template <currency C = CNY, detail::record_range R, regular_period P>
series<P, share_cell> share_series(R&& records, const span<P>& periods, const country_group& group,
                                   compare_options options = {}) {
  const detail::group_router router({detail::group_arg{group}}, options.membership, periods.last(), periods.first());
  return detail::share_series_of<C>(
      records, periods,
      [&](const record& r) {
        bool in = false;
        router.route(r, [&](std::size_t) { in = true; });
        return in;
      },
      options.measure);
}

/** The share of one key's rows (a partner, a trade mode, an HS chapter) in the total, for every
 *  period of a span, from records in one pass.
 *  Example: `share_series<CNY>(rows, span{year{2020}, year{2025}}, by_mode, trade_mode{19})` // border trade's share, by year */
template <currency C = CNY, detail::record_range R, regular_period P, grouping_key Key>
  requires(!overlapping_key<Key>)
series<P, share_cell> share_series(R&& records, const span<P>& periods, const Key& by,
                                   const typename Key::key_type& key, compare_options options = {}) {
  return detail::share_series_of<C>(
      records, periods,
      [&](const record& r) {
        if constexpr (dense_key<Key>) {
          return by.index_of(r) == by.index(key);
        } else {
          const auto k = by.key_of(r);
          return k.has_value() && *k == key;
        }
      },
      options.measure);
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_INDICATORS_HPP
