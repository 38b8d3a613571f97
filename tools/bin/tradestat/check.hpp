// `tradestat check CLAIMS_FILE --data FILE...`: the figures a claims file names, computed from
// records so that the library's checker tests each printed value against them. A claim gets a
// figure when its id names one (see record_figure_name) and its period is one the readers'
// records cover; each figure is the library's (compare over flows and partner groups).
#ifndef TRADESTAT_CLI_CHECK_HPP
#define TRADESTAT_CLI_CHECK_HPP

#include <tradestat/analysis/claims.hpp>
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/trade_flow.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "summary.hpp"

namespace tradestat::cli {

namespace detail {

/** The partner groups a claim id can name, by the id's stem. */
inline const std::vector<std::pair<std::string_view, const country_group*>>& record_figure_groups() {
  static const std::vector<std::pair<std::string_view, const country_group*>> named{
      {"asean", &groups::asean()},
      {"central_asia", &groups::central_asia()},
      {"sco", &groups::sco()},
      {"eu", &groups::eu()},
      {"brics", &groups::brics()},
      {"gcc", &groups::gcc()},
      {"africa", &groups::africa()},
      {"latin_america", &groups::latin_america_caribbean()},
      {"west_asia", &groups::west_asia()},
      {"middle_east", &groups::middle_east()},
      {"bri", &groups::belt_and_road()}};
  return named;
}

/** A claim id's stem: the id without a trailing `_growth` or `_share`. */
inline std::string_view figure_stem(std::string_view id) {
  for (std::string_view suffix : {std::string_view{"_growth"}, std::string_view{"_share"}})
    if (id.size() > suffix.size() && id.substr(id.size() - suffix.size()) == suffix)
      return id.substr(0, id.size() - suffix.size());
  return id;
}

/** Whether records give a figure for this claim: its kind is amount, growth or share, and its
 *  stem names a flow (total, exports, imports; balance as an amount) or a partner group. */
inline bool has_record_figure(const claim& c) {
  const std::string_view stem = figure_stem(c.id);
  const bool kind_ok = c.kind == claim_kind::amount || c.kind == claim_kind::growth || c.kind == claim_kind::share;
  if (!kind_ok) return false;
  if (stem == "balance") return c.kind == claim_kind::amount && stem == c.id;
  if (stem == "total" || stem == "exports" || stem == "imports") return true;
  for (const auto& [name, g] : record_figure_groups())
    if (stem == name) return true;
  return false;
}

}  // namespace detail

/** The claims of `file` that records give a figure for, by period: each distinct period text
 *  with its window and the window a year before. */
struct record_figure_period {
  std::string text;
  period_window now;
  period_window before;
};

/** The periods of the claims records can give figures for (periods that do not parse as a period
 *  are left to the claims' own relations). */
inline std::vector<record_figure_period> record_figure_periods(const claims_file& file) {
  std::vector<record_figure_period> out;
  for (const claim& c : file.claims) {
    if (!detail::has_record_figure(c)) continue;
    bool seen = false;
    for (const record_figure_period& p : out) seen = seen || p.text == c.period;
    if (seen) continue;
    try {
      period_window now = parse_period_option(c.period, "period");
      period_window before = bulletin_prior(now, std::nullopt);
      out.push_back({c.period, std::move(now), std::move(before)});
    } catch (const usage_error&) {
      // Not a period the records can be cut to (a plan's "2021-2025" is one; "late 2025" is not).
    }
  }
  return out;
}

/** Sets in `into` the figures of the claims of period `p` that records give, from `records` (each
 *  inside p.now or p.before), in currency C; returns how many it set. */
template <class C>
std::size_t add_record_figures(figures& into, const claims_file& file, const record_figure_period& p,
                               const std::vector<record>& records) {
  const span<month> a{p.now.first, p.now.last};
  const span<month> b{p.before.first, p.before.last};
  const auto trade = [&] { return records | where(detail::measure_filter{flow_choice{true}}); };
  const auto flows = compare<C>(trade(), a, b, by_flow, {.periods = pairing::any});
  if (flows.rows_without_value() != 0) detail::throw_without_value(flows.rows_without_value(), C::alpha);
  const auto& gs = detail::record_figure_groups();
  const auto partners =
      compare<C>(trade(), a, b,
                 {*gs[0].second, *gs[1].second, *gs[2].second, *gs[3].second, *gs[4].second, *gs[5].second,
                  *gs[6].second, *gs[7].second, *gs[8].second, *gs[9].second, *gs[10].second},
                 {.measure = trade_measure::total_trade, .periods = pairing::any});
  const auto& total = flows.total();
  std::size_t set = 0;
  for (const claim& c : file.claims) {
    if (c.period != p.text || !detail::has_record_figure(c)) continue;
    const std::string_view stem = detail::figure_stem(c.id);
    if (stem == "balance") {
      into.set(c.id, flows[trade_flow::exports].current - flows[trade_flow::imports].current);
      ++set;
      continue;
    }
    const auto* row = stem == "total" ? &total : stem == "exports" ? &flows[trade_flow::exports]
                                       : stem == "imports"        ? &flows[trade_flow::imports]
                                                                  : nullptr;
    decltype(row) group_row = nullptr;
    if (row == nullptr)
      for (const auto& [name, g] : gs)
        if (stem == name) group_row = &partners[group_key{*g}];
    const auto& r = row != nullptr ? *row : *group_row;
    if (c.kind == claim_kind::amount) {
      into.set(c.id, r.current);
      ++set;
    } else if (c.kind == claim_kind::growth) {
      if (r.growth.has_value()) into.set(c.id, r.growth.value()), ++set;
    } else if (total.current != money<C>{}) {
      into.set(c.id, share_of(r.current, total.current));
      ++set;
    }
  }
  return set;
}

}  // namespace tradestat::cli

#endif  // TRADESTAT_CLI_CHECK_HPP
