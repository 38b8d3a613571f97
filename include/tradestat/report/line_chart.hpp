// SVG line charts of series of amounts (calendar/series.hpp): yearly totals 2016-2025, monthly
// exports, on a value axis at round values.
#ifndef TRADESTAT_REPORT_LINE_CHART_HPP
#define TRADESTAT_REPORT_LINE_CHART_HPP

#include <tradestat/calendar/period_io.hpp>
#include <tradestat/error.hpp>
#include <tradestat/report/chart_options.hpp>
#include <tradestat/report/detail/amount_text.hpp>
#include <tradestat/report/detail/svg.hpp>
#include <tradestat/report/subject.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace tradestat {

namespace detail {

/** A series of amounts (calendar/series.hpp's `series<P, money<...>>`, or any sized range of
 *  entries with a `period` and a money `value`, in period order). */
template <class S>
concept money_series_shape = requires(const S& s) {
  typename S::period_type;
  { s.begin()->period } -> std::convertible_to<const typename S::period_type&>;
  { s.size() } -> std::convertible_to<std::size_t>;
} && money_type<std::remove_cvref_t<decltype(std::declval<const S&>().begin()->value)>>;

inline constexpr std::string_view line_colour = "#1f5b99";

}  // namespace detail

/** The series as an SVG line chart: one point per period, evenly spaced in period order (a
 *  series with a gap throws tradestat::error, invalid_argument, naming it: a line would join
 *  across it), heights proportional to the amounts from a zero baseline; a value axis with ticks
 *  and labels at round values in the unit of `o.exponent`, period labels (at most 12, evenly
 *  picked), a legend naming the series, and the title. Each point carries `data-period` and
 *  `data-value`. Negative amounts throw tradestat::error (invalid_argument).
 *  Example: `line_chart_svg(totals, {"Total trade", "进出口总值"}, {.title = "Xinjiang's trade, 2016-2025"})` */
template <detail::money_series_shape S>
std::string line_chart_svg(const S& s, const subject& name, const chart_options& o = {}) {
  using M = std::remove_cvref_t<decltype(s.begin()->value)>;
  constexpr int e = M::exponent;
  const text_format f{.lang = o.lang};
  if (s.size() == 0) throw error(error_kind::invalid_argument, "tradestat: a line chart needs at least one period");
  if constexpr (requires { s.gaps(); }) {
    const auto gaps = s.gaps();
    if (!gaps.empty()) {
      std::string m = "tradestat: the series lacks ";
      detail::put(m, {to_string(gaps.front()), gaps.size() > 1 ? " (and more)" : "",
                      ": a line would join across the gap; chart the periods that follow one another"});
      throw error(error_kind::invalid_argument, m);
    }
  }
  std::vector<detail::plotted_value> values;
  std::vector<std::string> periods;
  for (const auto& entry : s) {
    periods.push_back(to_string(entry.period, f));
    values.push_back({periods.back(), entry.value.count()});
  }
  std::string out;
  const detail::value_chart chart = detail::open_value_chart(out, values, e, M::currency_type::alpha, o, "line charts");
  const detail::value_axis& axis = chart.axis;
  const detail::plot_area& a = chart.area;
  const auto n = static_cast<detail::centipixels>(values.size());
  const detail::centipixels pad = 2000;
  auto x_of = [&](std::size_t i) {
    if (n == 1) return a.left + a.width() / 2;
    return a.left + pad + (a.width() - 2 * pad) * static_cast<detail::centipixels>(i) / (n - 1);
  };
  auto y_of = [&](std::size_t i) { return a.bottom - detail::scaled_length(a.height(), values[i].count, axis.top()); };
  // At most 12 period labels, the first and the last among them, the rest evenly between.
  std::vector<bool> labelled(values.size(), values.size() <= 12);
  if (values.size() > 12) {
    const std::size_t last = values.size() - 1;
    for (std::size_t j = 0; j < 12; ++j) labelled[(j * last * 2 + 11) / 22] = true;  // j * last / 11, rounded
  }
  out.append("<g class=\"series\">\n<polyline class=\"line\" fill=\"none\" stroke=\"");
  out.append(detail::line_colour);
  out.append("\" stroke-width=\"2\" points=\"");
  for (std::size_t i = 0; i < values.size(); ++i) {
    detail::put(out, {i > 0 ? " " : "", detail::px(x_of(i)), ",", detail::px(y_of(i))});
  }
  out.append("\"/>\n");
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string period = detail::xml_escape(periods[i]);
    detail::put(out, {"<circle class=\"point\" data-period=\"", period, "\" data-value=\"",
                      detail::decimal_string(detail::scaled_decimal(values[i].count, e, o.exponent, -1)), "\" cx=\"",
                      detail::px(x_of(i)), "\" cy=\"", detail::px(y_of(i)), "\" r=\"3.5\" fill=\"",
                      detail::line_colour, "\"/>\n"});
    if (o.value_precision >= 0) {
      detail::put(out, {"<text class=\"value-label\" x=\"", detail::px(x_of(i)), "\" y=\"", detail::px(y_of(i) - 800),
                        "\" text-anchor=\"middle\" font-size=\"10\">",
                        detail::decimal_string(detail::scaled_decimal(values[i].count, e, o.exponent, o.value_precision)),
                        "</text>\n"});
    }
    if (labelled[i]) {
      detail::put(out, {"<text class=\"period-label\" x=\"", detail::px(x_of(i)), "\" y=\"",
                        detail::px(a.bottom + 1800), "\" text-anchor=\"middle\">", period, "</text>\n"});
    }
  }
  out.append("</g>\n<g class=\"legend\">\n");
  detail::legend_entry(out, a.left, static_cast<detail::centipixels>(o.height) * 100 - 4000, detail::line_colour,
                       name_of(name, f));
  out.append("</g>\n</svg>\n");
  return out;
}

}  // namespace tradestat

#endif  // TRADESTAT_REPORT_LINE_CHART_HPP
