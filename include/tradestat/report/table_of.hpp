// Printed tables of the analysis results: a comparison table (analysis/compare.hpp) or a keyed
// table (analysis/keyed_table.hpp) as a text_table at a chosen unit and precision, with English or
// Chinese headers.
#ifndef TRADESTAT_REPORT_TABLE_OF_HPP
#define TRADESTAT_REPORT_TABLE_OF_HPP

#include <tradestat/analysis/comparison_row.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/report/detail/amount_text.hpp>
#include <tradestat/report/detail/shapes.hpp>
#include <tradestat/report/subject.hpp>
#include <tradestat/report/text_table.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/quotient.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tradestat {

/** How a table of figures is printed: its language (headers, key names, "no base"), the display
 *  scale of amounts as a power of ten (8 for 亿元, 9 for billion yuan, 6 for USD million), digits
 *  after the point of amounts (rounded half up from the exact sums; -1 prints every digit) and of
 *  ratios, the header of the key column, and the caption (empty: one is written from the periods
 *  and the unit).
 *  Example: `table_options{.lang = language::zh, .exponent = 8, .key_header = {"Partner", "伙伴"}}` */
struct table_options {
  language lang = language::en;
  int exponent = 0;
  int amount_precision = 1;
  int ratio_precision = 1;
  subject key_header{"Item", "项目"};
  std::string caption{};
};

namespace detail {

inline text_format text_of(const table_options& o) noexcept { return {.lang = o.lang, .precision = o.ratio_precision}; }

template <class M>
std::string unit_of_table(const table_options& o) {
  return unit_words(M::currency_type::alpha, o.exponent, o.lang);
}

/** "Growth (%)", "增长（%）": the unit in brackets of the language. */
inline std::string header_with(std::string_view name, std::string_view unit, language lang) {
  std::string out(name);
  out.append(lang == language::zh ? "（" : " (");
  out.append(unit);
  out.append(lang == language::zh ? "）" : ")");
  return out;
}

template <class M>
table_cell amount_cell(const M& m, const table_options& o) {
  const bool group = o.lang == language::en;
  return table_cell::number(amount_number(m, o.exponent, o.amount_precision, group),
                            amount_number(m, o.exponent, o.amount_precision, false));
}

/** A ratio cell as a number in the unit its header names (percent or points), or, without a base,
 *  as the library prints it ("no base", "—"). */
template <ratio_kind K>
table_cell ratio_table_cell(const ratio_cell<K>& c, const table_options& o) {
  if (!c.has_value()) return table_cell::none(to_string(c, text_of(o)));
  return table_cell::number(fraction_text(c->value(), 2, ratio_precision(text_of(o))));
}

template <class Row>
std::vector<table_cell> comparison_cells(std::string key, const Row& r, const table_options& o) {
  std::vector<table_cell> cells;
  cells.push_back(table_cell::text(std::move(key)));
  cells.push_back(amount_cell(r.current, o));
  cells.push_back(amount_cell(r.prior, o));
  cells.push_back(ratio_table_cell(r.growth, o));
  cells.push_back(ratio_table_cell(r.share, o));
  cells.push_back(ratio_table_cell(r.share_change, o));
  cells.push_back(ratio_table_cell(r.contribution, o));
  return cells;
}

inline std::string rows_without_value_note(std::size_t n, std::string_view currency, language lang) {
  std::string out;
  if (lang == language::zh) {
    out.append(std::to_string(n));
    out.append("条记录没有");
    out.append(currency);
    out.append("金额，未计入本表。");
  } else {
    out.append(std::to_string(n));
    out.append(n == 1 ? " record has" : " records have");
    out.append(" no value in ");
    out.append(currency);
    out.append(n == 1 ? " and is left out of every figure." : " and are left out of every figure.");
  }
  return out;
}

/** What the rows of an overlapping table gather, for its note: product groups when every key is
 *  one, partner groups when every key is one, else not known (the note then speaks of partners, as
 *  for the other overlapping keys). */
template <class Table>
group_dimension overlap_dimension_of(const Table& table) {
  if constexpr (std::same_as<typename Table::key_type, group_key>) {
    std::optional<group_dimension> d;
    for (const auto& e : table.rows()) {
      if (d && *d != e.key.dimension) return group_dimension::unknown;
      d = e.key.dimension;
    }
    return d.value_or(group_dimension::unknown);
  } else {
    (void)table;
    return group_dimension::unknown;
  }
}

/** The note under an overlapping table: a record counts in every group its commodity lies in
 *  (product groups) or its partner belongs to (partner groups and every other key). */
inline std::string overlap_note(std::string_view total, group_dimension d, language lang) {
  std::string out;
  if (lang == language::zh) {
    out.append("各行相互重叠：一条记录计入其");
    out.append(d == group_dimension::products ? "商品" : "贸易伙伴");
    out.append("所属的每一个组别，各行之和不是合计，故不列合计行；比重以全部记录合计（");
    out.append(total);
    out.append("）为基数。");
  } else {
    out.append(d == group_dimension::products ? "The rows overlap: a record counts in every group its commodity lies in"
                                              : "The rows overlap: a record counts in every group its partner belongs to");
    out.append(", so the rows do not add up and there is no total row; shares are of every record counted once (");
    out.append(total);
    out.append(").");
  }
  return out;
}

/** What both tables begin with: the language, the text format and the unit of their options. */
template <class M>
struct table_preamble {
  language lang;
  bool zh;
  text_format f;
  std::string unit;
  explicit table_preamble(const table_options& o)
      : lang(o.lang), zh(o.lang == language::zh), f(text_of(o)), unit(unit_of_table<M>(o)) {}
};

/** The overlap note of a table whose rows overlap: the base of the shares, every record once. */
template <class M, class Table>
std::string overlap_note_of(const Table& table, const M& whole, const table_options& o, const table_preamble<M>& p) {
  std::string total = amount_number(whole, o.exponent, o.amount_precision, !p.zh);
  total.append(p.zh ? "" : " ");
  total.append(p.unit);
  return overlap_note(total, overlap_dimension_of(table), p.lang);
}

}  // namespace detail

/** The comparison table as a printed table: one row per key (key, current, prior, growth %, share %,
 *  share change and contribution in percentage points), then for a partition the row of records
 *  without the key (when it is not zero) and the total; for overlapping groups no total row but a
 *  note naming the base of the shares, and the all-records row (JSON only). Cells without a base
 *  print as the library prints them. `name_key(key, text_format)` names the keys (by default
 *  `to_string(key, f)` or `to_string(key)`).
 *  Example: `to_markdown(table_of(compare<CNY>(rows, year{2025}, year{2024}, by_flow), {.exponent = 8}))` */
template <detail::comparison_table_shape T, class KeyNamer = detail::default_key_namer>
  requires std::invocable<const KeyNamer&, const typename T::key_type&, text_format>
text_table table_of(const T& table, const table_options& o = {}, const KeyNamer& name_key = {}) {
  using M = typename T::money_type;
  const detail::table_preamble<M> p(o);
  const auto& [lang, zh, f, unit] = p;
  const std::string current = to_string(table.current_period(), f);
  const std::string prior = to_string(table.prior_period(), f);
  std::string caption = o.caption;
  if (caption.empty()) {
    caption.append(current);
    caption.append(zh ? "与" : " compared with ");
    caption.append(prior);
    caption.append(zh ? "对比；单位：" : "; amounts in ");
    caption.append(unit);
  }
  std::vector<table_column> columns{
      {"key", name_of(o.key_header, f), column_align::left},
      {"current", detail::header_with(current, unit, lang)},
      {"prior", detail::header_with(prior, unit, lang)},
      {"growth_pct", detail::header_with(zh ? "增长" : "Growth", "%", lang)},
      {"share_pct", detail::header_with(zh ? "比重" : "Share", "%", lang)},
      {"share_change_pp", detail::header_with(zh ? "比重变化" : "Share change", zh ? "百分点" : "percentage points", lang)},
      {"contribution_pp", detail::header_with(zh ? "拉动" : "Contribution", zh ? "百分点" : "percentage points", lang)},
  };
  text_table out(std::move(caption), std::move(columns), T::overlapping, lang);
  for (const auto& e : table.rows()) out.add_row(detail::comparison_cells(std::string(name_key(e.key, f)), e.row, o));
  if constexpr (T::overlapping) {
    out.add_row(row_role::all_records, detail::comparison_cells(zh ? "全部记录" : "All records", table.total(), o));
    out.add_note(detail::overlap_note_of(table, table.total().current, o, p));
  } else {
    const auto rest = table.unassigned();
    if (rest.current != M{} || rest.prior != M{})
      out.add_row(row_role::unassigned, detail::comparison_cells(zh ? "未归类" : "Unassigned", rest, o));
    out.add_row(row_role::total, detail::comparison_cells(zh ? "合计" : "Total", table.total(), o));
  }
  if (table.rows_without_value() != 0)
    out.add_note(detail::rows_without_value_note(table.rows_without_value(), M::currency_type::alpha, lang));
  return out;
}

/** The keyed table as a printed table: key, amount, share of every record (%); then for a
 *  partition the records without a key (when there are any) and the total; for overlapping keys no
 *  total row but a note naming every record once, the base of the shares, and that row in JSON.
 *  Example: `to_csv(table_of(rows | sum_by(by_flow, &record::value_cny), {.exponent = 8}))` */
template <detail::keyed_table_shape T, class KeyNamer = detail::default_key_namer>
  requires std::invocable<const KeyNamer&, const typename T::key_type&, text_format>
text_table table_of(const T& table, const table_options& o = {}, const KeyNamer& name_key = {}) {
  using M = typename T::money_type;
  const detail::table_preamble<M> p(o);
  const auto& [lang, zh, f, unit] = p;
  std::string caption = o.caption;
  if (caption.empty()) {
    caption.append(zh ? "单位：" : "Amounts in ");
    caption.append(unit);
  }
  std::vector<table_column> columns{
      {"key", name_of(o.key_header, f), column_align::left},
      {"value", detail::header_with(zh ? "金额" : "Value", unit, lang)},
      {"share_pct", detail::header_with(zh ? "比重" : "Share", "%", lang)},
  };
  const M whole = table.whole().present_total();
  auto cells = [&](std::string key, const M& m) {
    std::vector<table_cell> c;
    c.push_back(table_cell::text(std::move(key)));
    c.push_back(detail::amount_cell(m, o));
    c.push_back(whole == M{} ? detail::ratio_table_cell(share_cell{}, o)
                             : detail::ratio_table_cell(share_cell{share_of(m, whole)}, o));
    return c;
  };
  text_table out(std::move(caption), std::move(columns), T::rows_overlap, lang);
  for (const auto& r : table.rows()) out.add_row(cells(std::string(name_key(r.key, f)), r.value.present_total()));
  if constexpr (T::rows_overlap) {
    out.add_row(row_role::all_records, cells(zh ? "全部记录" : "All records", whole));
    out.add_note(detail::overlap_note_of(table, whole, o, p));
  } else {
    if (table.unkeyed().records() != 0)
      out.add_row(row_role::unassigned, cells(zh ? "未归类" : "Unassigned", table.unkeyed().present_total()));
    out.add_row(row_role::total, cells(zh ? "合计" : "Total", whole));
  }
  if (table.whole().absent() != 0)
    out.add_note(detail::rows_without_value_note(static_cast<std::size_t>(table.whole().absent()),
                                                 M::currency_type::alpha, lang));
  return out;
}

}  // namespace tradestat

#endif  // TRADESTAT_REPORT_TABLE_OF_HPP
