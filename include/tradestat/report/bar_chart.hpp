// SVG bar charts of comparison tables: per key a bar for the prior period and one for the
// current period (trade by partner group, 2024 against 2025), on a value axis at round values.
#ifndef TRADESTAT_REPORT_BAR_CHART_HPP
#define TRADESTAT_REPORT_BAR_CHART_HPP

#include <tradestat/calendar/period_io.hpp>
#include <tradestat/report/chart_options.hpp>
#include <tradestat/report/detail/amount_text.hpp>
#include <tradestat/report/detail/shapes.hpp>
#include <tradestat/report/detail/svg.hpp>
#include <tradestat/text.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace tradestat {

namespace detail {

inline constexpr std::string_view prior_colour = "#9fb7d4";
inline constexpr std::string_view current_colour = "#1f5b99";

}  // namespace detail

/** The comparison table as an SVG bar chart: per key (in the table's order) a bar of the prior
 *  period and one of the current period, heights proportional to the amounts from a zero
 *  baseline; a value axis with ticks and labels at round values in the display unit of
 *  `o.exponent`; key labels, a legend of the two periods and the title (by default "2025
 *  compared with 2024"). Text is XML-escaped, numbers are printed from exact integers (the same
 *  bytes on every machine). Each bar carries `data-key`, `data-series` (prior or current),
 *  `data-period` and `data-value`. Negative amounts (a balance) throw tradestat::error (invalid_argument).
 *  Example: `bar_chart_svg(compare<CNY>(rows, year{2025}, year{2024}, {groups::asean(), groups::central_asia()}), {.title = "Trade by partner group"})` */
template <detail::comparison_table_shape T, class KeyNamer = detail::default_key_namer>
  requires std::invocable<const KeyNamer&, const typename T::key_type&, text_format>
std::string bar_chart_svg(const T& table, chart_options o = {}, const KeyNamer& name_key = {}) {
  using M = typename T::money_type;
  constexpr int e = M::exponent;
  const text_format f{.lang = o.lang};
  const bool zh = o.lang == language::zh;
  const std::string current = to_string(table.current_period(), f);
  const std::string prior = to_string(table.prior_period(), f);
  if (o.title.empty()) {
    detail::put(o.title, {current, zh ? "与" : " compared with ", prior, zh ? "对比" : ""});
  }
  std::vector<detail::plotted_value> values;
  std::vector<std::string> keys;
  for (const auto& entry : table.rows()) {
    keys.push_back(std::string(name_key(entry.key, f)));
    for (const std::string* period : {&prior, &current}) {
      detail::plotted_value v;
      detail::put(v.label, {keys.back(), " (", *period, ")"});
      v.count = period == &prior ? entry.row.prior.count() : entry.row.current.count();
      values.push_back(std::move(v));
    }
  }
  if (keys.empty()) {
    throw error(error_kind::invalid_argument, "tradestat: a bar chart of a comparison table needs at least one row");
  }
  std::string out;
  const detail::value_chart chart = detail::open_value_chart(out, values, e, M::currency_type::alpha, o, "bar charts");
  const detail::value_axis& axis = chart.axis;
  const detail::plot_area& a = chart.area;
  const auto n = static_cast<detail::centipixels>(keys.size());
  const detail::centipixels group = a.width() / n;
  const detail::centipixels bar = group * 35 / 100;
  const detail::centipixels gap = (group - 2 * bar) / 3;
  out.append("<g class=\"bars\">\n");
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const detail::centipixels left = a.left + group * static_cast<detail::centipixels>(k);
    const std::string key = detail::xml_escape(keys[k]);
    for (int s = 0; s < 2; ++s) {
      const detail::int128 count = values[2 * k + static_cast<std::size_t>(s)].count;
      const detail::centipixels height = detail::scaled_length(a.height(), count, axis.top());
      const detail::centipixels x = left + gap + static_cast<detail::centipixels>(s) * (gap + bar);
      const std::string exact = detail::decimal_string(detail::scaled_decimal(count, e, o.exponent, -1));
      detail::put(out, {"<rect class=\"bar ", s == 0 ? "prior" : "current", "\" data-key=\"", key,
                        "\" data-series=\"", s == 0 ? "prior" : "current", "\" data-period=\"",
                        detail::xml_escape(s == 0 ? prior : current), "\" data-value=\"", exact, "\" x=\"",
                        detail::px(x), "\" y=\"", detail::px(a.bottom - height), "\" width=\"", detail::px(bar),
                        "\" height=\"", detail::px(height), "\" fill=\"",
                        s == 0 ? detail::prior_colour : detail::current_colour, "\"/>\n"});
      if (o.value_precision >= 0) {
        detail::put(out, {"<text class=\"value-label\" x=\"", detail::px(x + bar / 2), "\" y=\"",
                          detail::px(a.bottom - height - 400), "\" text-anchor=\"middle\" font-size=\"10\">",
                          detail::decimal_string(detail::scaled_decimal(count, e, o.exponent, o.value_precision)),
                          "</text>\n"});
      }
    }
    detail::put(out, {"<text class=\"key-label\" x=\"", detail::px(left + group / 2), "\" y=\"",
                      detail::px(a.bottom + 1800), "\" text-anchor=\"middle\">", key, "</text>\n"});
  }
  out.append("</g>\n<g class=\"legend\">\n");
  const detail::centipixels legend_y = static_cast<detail::centipixels>(o.height) * 100 - 4000;
  detail::legend_entry(out, a.left, legend_y, detail::prior_colour, prior);
  detail::legend_entry(out, a.left + 12000, legend_y, detail::current_colour, current);
  out.append("</g>\n</svg>\n");
  return out;
}

}  // namespace tradestat

#endif  // TRADESTAT_REPORT_BAR_CHART_HPP
