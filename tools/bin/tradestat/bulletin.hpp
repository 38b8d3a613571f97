// `tradestat bulletin`: the bulletin of a period against another for any records the readers
// accept: sentences for total trade, exports and imports, the comparison by partner group and, when
// the records carry HS codes, by product group; as text, Markdown or a self-contained HTML page,
// and the partner-group bar chart as SVG. Every figure is the library's (compare, where, sum); the
// tool only chooses the tables and prints the report layer's text.
#ifndef TRADESTAT_CLI_BULLETIN_HPP
#define TRADESTAT_CLI_BULLETIN_HPP

#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/report/bar_chart.hpp>
#include <tradestat/report/sentence.hpp>
#include <tradestat/report/table_of.hpp>
#include <tradestat/report/text_table.hpp>

#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "arguments.hpp"
#include "summary.hpp"
#include "table.hpp"

namespace tradestat::cli {

/** The prior period of a bulletin: --compare, else the year before --period when it is a year;
 *  throws usage_error otherwise. */
inline period_window bulletin_prior(const period_window& now, const std::optional<std::string>& compare) {
  if (compare) return compare_period(now, *compare);
  if (const year* y = std::get_if<year>(&now.period)) {
    const year before = previous(*y);
    return period_window{to_string(before), any_period{before}, before.first_month(), before.last_month()};
  }
  throw usage_error("--period " + now.text + " is not a year: give the period it is compared with (--compare P)");
}

namespace detail {

/** Text for HTML: &, <, >, " escaped. */
inline std::string html_text(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '&')
      out.append("&amp;");
    else if (c == '<')
      out.append("&lt;");
    else if (c == '>')
      out.append("&gt;");
    else if (c == '"')
      out.append("&quot;");
    else
      out.push_back(c);
  }
  return out;
}

/** A printed table as an HTML <table>: caption, header row, the rows printed in the grid, notes. */
inline std::string html_table(const text_table& t) {
  std::string out = "<table>\n<caption>";
  out.append(html_text(t.caption()));
  out.append("</caption>\n<tr>");
  for (const table_column& c : t.columns()) {
    out.append("<th>");
    out.append(html_text(c.header));
    out.append("</th>");
  }
  out.append("</tr>\n");
  for (const auto& r : t.rows()) {
    if (!tradestat::detail::printed_in_grid(r)) continue;
    out.append("<tr>");
    for (const table_cell& c : r.cells) {
      out.append("<td>");
      out.append(html_text(c.shown()));
      out.append("</td>");
    }
    out.append("</tr>\n");
  }
  out.append("</table>\n");
  for (const std::string& n : t.notes()) {
    out.append("<p class=\"note\">");
    out.append(html_text(n));
    out.append("</p>\n");
  }
  return out;
}

/** The comparison of `records` in `a` and `b` by every partner group `--by` names (named_groups, in
 *  its order), as total trade: the bulletin's table and chart, and check --data's group figures. */
template <class C, class Rows>
auto compare_partner_groups(Rows&& records, const span<month>& a, const span<month>& b) {
  constexpr const auto& g = named_groups;
  static_assert(std::size(named_groups) == 11, "compare_partner_groups lists every named group");
  return compare<C>(std::forward<Rows>(records), a, b,
                    {g[0].group(), g[1].group(), g[2].group(), g[3].group(), g[4].group(), g[5].group(),
                     g[6].group(), g[7].group(), g[8].group(), g[9].group(), g[10].group()},
                    {.measure = trade_measure::total_trade, .periods = pairing::any});
}

/** A flow's sentence: amount and, when there is a base, growth. */
template <class Row>
std::string flow_sentence(const subject& s, const Row& r, text_format f) {
  sentence out{s};
  out.amount(r.current);
  if (r.growth.has_value()) out.change(r.growth.value());
  return to_string(out, f);
}

}  // namespace detail

/** What the bulletin prints and where: language, output (text, markdown, html), chart file. */
struct bulletin_request {
  language lang = language::en;
  std::string output = "text";
  std::optional<std::string> chart;
};

/** Prints the bulletin of `records` (each inside `now` or `before`) in currency C. */
template <class C>
void print_bulletin(std::ostream& out, const std::vector<record>& records, const period_window& now,
                    const period_window& before, const bulletin_request& q) {
  const bool zh = q.lang == language::zh;
  const text_format f{.lang = q.lang};
  const int exponent = zh ? 8 : 9;
  const span<month> a{now.first, now.last};
  const span<month> b{before.first, before.last};
  const auto trade = [&] { return records | where(detail::measure_filter{flow_choice{true}}); };
  const auto flows = compare<C>(trade(), a, b, by_flow, {.periods = pairing::any});
  if (flows.rows_without_value() != 0)
    detail::throw_without_value(flows.rows_without_value(), C::alpha);

  std::vector<std::string> sentences{
      detail::flow_sentence({"Total trade", "进出口总值"}, flows.total(), f),
      detail::flow_sentence({"Exports", "出口"}, flows[trade_flow::exports], f),
      detail::flow_sentence({"Imports", "进口"}, flows[trade_flow::imports], f)};

  const auto partners = detail::compare_partner_groups<C>(trade(), a, b);
  const table_options to{.lang = q.lang, .exponent = exponent, .key_header = {"Partner group", "伙伴组别"}};
  std::vector<text_table> tables{table_of(partners, to)};
  bool with_hs = false;
  for (const record& r : records) with_hs = with_hs || r.commodity.has_value();
  if (with_hs) {
    const auto products = compare<C>(trade(), a, b, by_product_group(catalogue_product_groups()),
                                     {.measure = trade_measure::total_trade, .periods = pairing::any});
    tables.push_back(table_of(products, {.lang = q.lang, .exponent = exponent, .key_header = {"Product group", "商品组别"}}));
  }
  std::string title = zh ? "对外贸易快报：" : "Foreign trade bulletin: ";
  title.append(to_string(flows.current_period(), f));
  title.append(zh ? "与" : " compared with ");
  title.append(to_string(flows.prior_period(), f));
  std::string chart_title = zh ? "按伙伴组别进出口，" : "Trade by partner group, ";
  chart_title.append(to_string(flows.prior_period(), f));
  chart_title.append(zh ? "与" : " and ");
  chart_title.append(to_string(flows.current_period(), f));
  const chart_options co{.title = chart_title, .lang = q.lang, .exponent = exponent, .width = 1600};
  if (q.chart) {
    std::ofstream file(*q.chart, std::ios::binary);
    file << bar_chart_svg(partners, co);
    if (!file) throw input_error(*q.chart + ": cannot write the chart: is its folder there and writable?");
  }
  if (q.output == "html") {
    out << "<!DOCTYPE html>\n<html lang=\"" << (zh ? "zh" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        << detail::html_text(title) << "</title>\n</head>\n<body>\n<h1>" << detail::html_text(title) << "</h1>\n";
    for (const std::string& s : sentences) out << "<p>" << detail::html_text(s) << "</p>\n";
    out << detail::html_table(tables[0]) << bar_chart_svg(partners, co) << '\n';
    for (std::size_t k = 1; k < tables.size(); ++k) out << detail::html_table(tables[k]);
    out << "</body>\n</html>\n";
    return;
  }
  const bool md = q.output == "markdown";
  out << (md ? "# " : "") << title << "\n\n";
  for (const std::string& s : sentences) out << s << (md ? "\n\n" : "\n");
  for (const text_table& t : tables) out << (md ? "" : "\n") << (md ? to_markdown(t) : to_string(t)) << (md ? "\n" : "");
}

}  // namespace tradestat::cli

#endif  // TRADESTAT_CLI_BULLETIN_HPP
