// `tradestat check CLAIMS_FILE --data FILE...`: the figures a claims file names, computed from
// records so that the library's checker tests each printed value against them. A claim gets a
// figure when its id names one (see has_record_figure) and its period is one the records can be
// cut to; each figure is the library's (compare over flows and over the partner groups).
#ifndef TRADESTAT_CLI_CHECK_HPP
#define TRADESTAT_CLI_CHECK_HPP

#include <tradestat/analysis/claims.hpp>
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/codes/trade_flow.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bulletin.hpp"
#include "summary.hpp"
#include "table.hpp"

namespace tradestat::cli {

namespace detail {

/** A claim id's stem: the id without a trailing `_growth` or `_share`. */
inline std::string_view figure_stem(std::string_view id) {
  for (std::string_view suffix : {std::string_view{"_growth"}, std::string_view{"_share"}})
    if (id.size() > suffix.size() && id.ends_with(suffix)) return id.substr(0, id.size() - suffix.size());
  return id;
}

/** The partner group a stem names: a `--by` group name (named_groups) with `_` for `-`
 *  (`central_asia`, `latin_america`); nullptr when it names none. */
inline const named_group* group_of_stem(std::string_view stem) {
  for (const named_group& g : named_groups) {
    bool same = g.name.size() == stem.size();
    for (std::size_t i = 0; same && i < stem.size(); ++i) same = (g.name[i] == '-' ? '_' : g.name[i]) == stem[i];
    if (same) return &g;
  }
  return nullptr;
}

/** Whether records give a figure for this claim: its kind is amount, growth or share, and its
 *  stem names a flow (total, exports, imports; balance as an amount) or a partner group. */
inline bool has_record_figure(const claim& c) {
  if (c.kind != claim_kind::amount && c.kind != claim_kind::growth && c.kind != claim_kind::share) return false;
  const std::string_view stem = figure_stem(c.id);
  if (stem == "balance") return c.kind == claim_kind::amount && stem == c.id;
  return stem == "total" || stem == "exports" || stem == "imports" || group_of_stem(stem) != nullptr;
}

}  // namespace detail

/** A period the claims give figures for: its text as the claims write it, its window and the
 *  window a year before. */
struct record_figure_period {
  std::string text;
  period_window now;
  period_window before;
};

/** The distinct periods of the claims records can give figures for (periods that do not parse as
 *  a period are left to the claims' own relations). */
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
      // Not a period the records can be cut to ("late 2025").
    }
  }
  return out;
}

/** Sets in `into` the figures of the claims of period `p` that records give, in currency C, from
 *  `records` (compare leaves out the records outside p.now and p.before). */
template <class C>
void add_record_figures(figures& into, const claims_file& file, const record_figure_period& p,
                        const std::vector<record>& records) {
  const span<month> a{p.now.first, p.now.last};
  const span<month> b{p.before.first, p.before.last};
  const auto trade = [&] { return records | where(detail::measure_filter{flow_choice{true}}); };
  const auto flows = compare<C>(trade(), a, b, by_flow, {.periods = pairing::any});
  if (flows.rows_without_value() != 0) detail::throw_without_value(flows.rows_without_value(), C::alpha);
  const auto partners = detail::compare_partner_groups<C>(trade(), a, b);
  const auto& total = flows.total();
  for (const claim& c : file.claims) {
    if (c.period != p.text || !detail::has_record_figure(c)) continue;
    const std::string_view stem = detail::figure_stem(c.id);
    if (stem == "balance") {
      into.set(c.id, flows[trade_flow::exports].current - flows[trade_flow::imports].current);
      continue;
    }
    const named_group* g = detail::group_of_stem(stem);
    const auto& r = g != nullptr          ? partners[group_key{g->group()}]
                    : stem == "exports" ? flows[trade_flow::exports]
                    : stem == "imports" ? flows[trade_flow::imports]
                                        : total;
    if (c.kind == claim_kind::amount)
      into.set(c.id, r.current);
    else if (c.kind == claim_kind::growth && r.growth.has_value())
      into.set(c.id, r.growth.value());
    else if (c.kind == claim_kind::share && total.current != money<C>{})
      into.set(c.id, share_of(r.current, total.current));
  }
}

}  // namespace tradestat::cli

#endif  // TRADESTAT_CLI_CHECK_HPP
