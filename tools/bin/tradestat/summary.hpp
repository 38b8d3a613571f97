// `tradestat summary`: totals per flow over the selected period, in one currency, printed as text,
// CSV or JSON. Every sum, number and period goes through the library (sum_state, money_io, match).
#ifndef TRADESTAT_CLI_SUMMARY_HPP
#define TRADESTAT_CLI_SUMMARY_HPP

#include <tradestat/analysis/sum.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/span.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_access.hpp>
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/quantity.hpp>
#include <tradestat/units/rounding.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "arguments.hpp"

namespace tradestat::cli {

/** The period `--period` (or `--compare`) names, the text the user gave, and its months. */
struct period_window {
  std::string text;
  any_period period;
  month first;
  month last;
};

/** Reads `--period` in any form a period is written (2025, 2025-03, 2025年3月, 2025Q1, Q1 2025,
 *  2025年一季度, 2025H1, 2025年上半年, "2025 Jan-Nov", 2025年1-11月, "January-November 2025", 2021-2025,
 *  十四五, 2025M03, "March 2025" ...) with the library's `parse<any_period>`; throws usage_error
 *  naming the option with the offset where reading stopped. */
inline period_window parse_period_option(const std::string& text, std::string_view option = "--period") {
  try {
    const any_period p = parse<any_period>(text);
    return std::visit([&](const auto& v) { return period_window{text, p, v.first_month(), v.last_month()}; }, p);
  } catch (const parse_error& e) {
    throw usage_error(std::string(option) + ": " + e.what());
  }
}

/** Where a record lies against a period of any kind: the library's `match` on the record's period. */
inline period_match match_of(const period_window& w, const record& r) {
  return std::visit([&](const auto& p) { return match(p, r); }, w.period);
}

/** A row named in a message that blames its data: the index of its file among those read, its
 *  line, and the text naming it up to the reason: `t.csv: line 3: value_cny ""`. */
struct row_place {
  std::size_t file = 0;
  std::size_t line = 0;
  std::string text;
};

/** The rows without a CNY value and without a USD value: how many, and the first ones in file
 *  order (at most `shown` of each), for the message saying no total in that currency covers them. */
struct rows_without {
  static constexpr std::size_t shown = 10;
  std::size_t cny_count = 0;
  std::size_t usd_count = 0;
  std::vector<row_place> cny;
  std::vector<row_place> usd;

  /** Counts a row without a value in `c`; `where()` names it, asked only for the first ones. */
  template <class Where>
  void add(currency_choice c, const Where& where) {
    const bool is_cny = c == currency_choice::cny;
    ++(is_cny ? cny_count : usd_count);
    std::vector<row_place>& places = is_cny ? cny : usd;
    if (places.size() < shown) places.push_back(where(c));
  }

  /** Adds the rows of `o` (another part, file or flow): the first ones of both, in file order. */
  void merge(const rows_without& o) {
    cny_count += o.cny_count, usd_count += o.usd_count;
    merge_places(cny, o.cny);
    merge_places(usd, o.usd);
  }

  const std::vector<row_place>& places(currency_choice c) const { return c == currency_choice::cny ? cny : usd; }
  std::size_t count(currency_choice c) const { return c == currency_choice::cny ? cny_count : usd_count; }

  /** The rows without a value in `c`, one a line (`  t.csv: line 3: value_cny "": no CNY value`),
   *  the first ten, then `  and K more`; each line starts with a line end. */
  std::string list(currency_choice c) const {
    const std::string reason = c == currency_choice::cny ? ": no CNY value" : ": no USD value";
    std::string out;
    for (const row_place& p : places(c)) out += "\n  " + p.text + reason;
    if (count(c) > places(c).size()) out += "\n  and " + std::to_string(count(c) - places(c).size()) + " more";
    return out;
  }

 private:
  static void merge_places(std::vector<row_place>& a, const std::vector<row_place>& b) {
    if (b.empty()) return;
    a.insert(a.end(), b.begin(), b.end());
    const auto order = [](const row_place& x, const row_place& y) {
      return x.file != y.file ? x.file < y.file : x.line < y.line;
    };
    std::stable_sort(a.begin(), a.end(), order);
    // The same row seen twice (a flow and the total of the flows).
    a.erase(std::unique(a.begin(), a.end(),
                        [](const row_place& x, const row_place& y) { return x.file == y.file && x.line == y.line; }),
            a.end());
    if (a.size() > shown) a.resize(shown);
  }
};

/** Names no row: for sums whose rows cannot be located. */
inline row_place nowhere(currency_choice) { return {}; }

/** The sums over a set of rows, all through the library: money with `sum_state` (exact, counting
 *  rows without the currency), net weight with the checked addition of `kilograms`, and a counted
 *  quantity with the checked addition of `items` while every row has one in one unit (the record's
 *  unit name is kept beside it: 台, 件, ...). */
struct tally {
  std::size_t rows = 0;
  sum_state<money<CNY>> cny{};
  sum_state<money<USD>> usd{};
  kilograms kg{};
  std::size_t with_kg = 0;
  items quantity{};
  std::size_t with_quantity = 0;
  std::optional<quantity_unit> unit;
  bool mixed_units = false;
  std::size_t aggregate_rows = 0;  // totals and World rows: counted, never added to the detail rows
  rows_without missing;            // the rows without a CNY value, without a USD value

  /** Adds a row; `where(currency)` names it when it lacks a value in that currency. */
  template <class Where = decltype(&nowhere)>
  void add(const record& r, const Where& where = &nowhere) {
    if (r.aggregate) {
      ++aggregate_rows;
      return;
    }
    ++rows;
    if (!r.value_cny) missing.add(currency_choice::cny, where);
    if (!r.value_usd) missing.add(currency_choice::usd, where);
    cny.add(value<CNY>(r));
    usd.add(value<USD>(r));
    if (r.net_weight) kg += *r.net_weight, ++with_kg;
    if (r.quantity) {
      quantity += items::from_value(r.quantity->amount);
      ++with_quantity;
      if (!unit)
        unit = r.quantity->unit;
      else if (!(*unit == r.quantity->unit))
        mixed_units = true;
    }
  }

  void merge(const tally& t) {
    rows += t.rows, aggregate_rows += t.aggregate_rows;
    cny.merge(t.cny), usd.merge(t.usd);
    missing.merge(t.missing);
    kg += t.kg, with_kg += t.with_kg, quantity += t.quantity, with_quantity += t.with_quantity;
    if (t.mixed_units) mixed_units = true;
    if (t.unit) {
      if (!unit)
        unit = t.unit;
      else if (!(*unit == *t.unit))
        mixed_units = true;
    }
  }

  std::size_t with_cny() const { return static_cast<std::size_t>(cny.records()); }
  std::size_t with_usd() const { return static_cast<std::size_t>(usd.records()); }
  bool has_weight() const { return rows > 0 && with_kg == rows; }
  bool has_quantity() const { return rows > 0 && with_quantity == rows && !mixed_units; }
};

/** One input file's account, for the report. */
struct file_account {
  std::string path;
  input_format format;
  read_report report;
  std::optional<trade_flow> flow_given;  // for a file without a flow column (GACC): the --flow its rows take
  std::size_t set_aside = 0;             // accepted rows the reader did not give (Comtrade breakdowns)
};

/** The line saying which flow a file without a flow column holds. */
inline std::string flow_note(const file_account& f) {
  const std::string_view flow = to_string(*f.flow_given);
  return f.path + " has no flow column: its rows are " + std::string(flow) + "s (--flow " +
         std::string(flow) + ")";
}

/** Everything the summary prints. */
struct summary {
  std::optional<period_window> period;
  std::array<tally, 4> flows{};  // indexed by trade_flow
  std::vector<file_account> files;
  std::size_t outside_period = 0;
  std::size_t in_prior = 0;  // with --compare: rows of the prior period

  /** Adds one accepted record, or counts it as outside the period. Throws input_error for an
   *  annual record that the period covers only in part: it cannot be split into months.
   *  `line` is the line of the record's row (0: unknown), `where(currency)` names the row for a
   *  message when it lacks a value (row_place). */
  template <class Where = decltype(&nowhere)>
  void add(const record& r, const std::string& path, std::size_t line = 0, const Where& where = &nowhere) {
    if (period) {
      const period_match m = match_of(*period, r);
      if (m == period_match::outside) {
        ++outside_period;
        return;
      }
      if (m == period_match::partly) throw_partly(*period, r, path, line);
    }
    flows[static_cast<std::size_t>(r.flow)].add(r, where);
  }

  /** Adds the counts of the records that follow (another part of the file). */
  void merge(const summary& later) {
    for (std::size_t i = 0; i < flows.size(); ++i) flows[i].merge(later.flows[i]);
    outside_period += later.outside_period;
    in_prior += later.in_prior;
  }

  [[noreturn]] static void throw_partly(const period_window& w, const record& r, const std::string& path,
                                        std::size_t line) {
    throw input_error(path + (line == 0 ? std::string() : ": line " + std::to_string(line)) + ": a row for the year " + to_string(year_of(r)) + " covers more than " +
                      (w.text.empty() ? std::string() : "--period " + w.text) + " (" + to_string(w.first) + ".." +
                      to_string(w.last) + "), and an annual figure cannot be split into months: choose whole years");
  }
};

/** A line of the printed summary: a flow, or the total of exports and imports. */
struct summary_line {
  std::string name;
  tally sums;
};

namespace detail {

/** An amount's number in whole units of its currency, without the code: the library's money
 *  formatting ("CNY 3500300"), the code cut off. */
template <class M>
std::string plain_amount(const M& m) {
  const std::string text = to_string(m, money_format{language::en, currency_style::code, 0, -1, false});
  return text.substr(text.find(' ') + 1);
}

/** A count of kilograms or items, with thousands separators or not, through the digits the
 *  library's money formatting uses (the library has no to_string for trade quantities). */
template <class Q>
std::string quantity_text(const Q& q, bool group) {
  return tradestat::detail::decimal_text(q.value(), 0, group);
}

}  // namespace detail

/** `--unit`: the currency it implies (yuan, 万元, 亿元 are CNY; USD is USD; thousand, million and
 *  billion scale whichever currency is summed) and the power of ten the numbers are shown in. */
struct unit_choice {
  std::optional<currency_choice> currency;
  int exponent = 0;
  language lang = language::en;  // the language of the scale word (万, 亿 are Chinese)
  std::string name;              // as given, for the header
};

inline unit_choice unit_of(const options& o) {
  if (!o.unit) return {};
  const std::string& v = *o.unit;
  unit_choice u;
  u.name = v;
  if (v == "yuan")
    u.currency = currency_choice::cny;
  else if (v == "万元" || v == "wan")
    u = {currency_choice::cny, 4, language::zh, v};
  else if (v == "亿元" || v == "yi")
    u = {currency_choice::cny, 8, language::zh, v};
  else if (v == "USD" || v == "usd")
    u.currency = currency_choice::usd;
  else if (v == "thousand")
    u.exponent = 3;
  else if (v == "million")
    u.exponent = 6;
  else if (v == "billion")
    u.exponent = 9;
  else
    throw usage_error("--unit \"" + v + "\" is not a unit (yuan, 万元, 亿元, USD, thousand, million, billion)");
  if (u.currency && o.currency && *u.currency != *o.currency)
    throw usage_error("--unit " + v + " is in " + (*u.currency == currency_choice::cny ? "yuan" : "US dollars") +
                      ", and --currency asks for the other currency: give one of them");
  return u;
}

/** A figure as text ("CNY 1,000,300", "12.5 %", "no base") and as a bare number ("1000300", "12.5", "" for no base). */
struct cell {
  std::string text;   // "CNY 1,000,300", "12.5 %", "no base"
  std::string plain;  // "1000300", "12.5", "" (no base)
};
namespace detail {

/** A money amount as text in the unit asked for: every digit at the currency's whole units,
 *  otherwise two decimals at the unit's scale rounded half up (四舍五入) from the exact amount. */
template <class M>
cell money_cell(const M& m, const unit_choice& u) {
  if (u.exponent == 0) return {to_string(m), plain_amount(m)};
  const std::string text =
      to_string(m, money_format{u.lang, currency_style::name, u.exponent, 2}, rounding::half_up);
  std::string plain = to_string(m, money_format{u.lang, currency_style::code, u.exponent, 2, false}, rounding::half_up);
  plain = plain.substr(plain.find(' ') + 1);                      // the code
  plain = plain.substr(0, plain.find_last_of("0123456789") + 1);  // the scale word
  return {text, plain};
}

inline std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\')
      (out += '\\') += c;
    else if (static_cast<unsigned char>(c) < 0x20) {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      out += hex[static_cast<unsigned char>(c) & 0xF];
    } else
      out += c;
  }
  return out + "\"";
}

inline std::string csv_cell(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace detail

/** The lines to print: the flow asked for, or every flow with rows and then the total of exports
 *  and imports when both have rows. */
inline std::vector<summary_line> lines_of(const summary& s, const std::optional<flow_choice>& flow) {
  const tally& ex = s.flows[static_cast<std::size_t>(trade_flow::exports)];
  const tally& im = s.flows[static_cast<std::size_t>(trade_flow::imports)];
  tally total = ex;
  total.merge(im);
  std::vector<summary_line> lines;
  if (flow) {
    if (flow->total)
      lines.push_back({"total", total});
    else
      lines.push_back({std::string(to_string(flow->flow)), s.flows[static_cast<std::size_t>(flow->flow)]});
    return lines;
  }
  for (std::size_t f = 0; f < s.flows.size(); ++f)
    if (s.flows[f].rows + s.flows[f].aggregate_rows > 0)
      lines.push_back({std::string(to_string(static_cast<trade_flow>(f))), s.flows[f]});
  if (ex.rows + ex.aggregate_rows > 0 && im.rows + im.aggregate_rows > 0) lines.push_back({"total", total});
  return lines;
}

/** The currency of the sums: `--currency`, else CNY when every row has a CNY value, else USD
 *  when every row has a USD value. Throws input_error when rows lack the currency, listing them
 *  (file, line, column and cell: rows_without::list). */
inline currency_choice choose_currency(const std::vector<summary_line>& lines,
                                       std::optional<currency_choice> asked, currency_choice when_empty) {
  std::size_t rows = 0, with_cny = 0, with_usd = 0;
  rows_without missing;
  for (const summary_line& l : lines) {
    // The total of exports and imports, printed after them, sums their rows again.
    if (l.name == "total" && lines.size() > 1) continue;
    rows += l.sums.rows, with_cny += l.sums.with_cny(), with_usd += l.sums.with_usd();
    missing.merge(l.sums.missing);
  }
  if (rows == 0) return asked.value_or(when_empty);
  // Rows with values in one currency only, some without: say which rows lack it.
  if (!asked && with_usd == 0 && with_cny < rows) asked = currency_choice::cny;
  if (!asked && with_cny == 0 && with_usd < rows) asked = currency_choice::usd;
  if (asked) {
    const bool want_cny = *asked == currency_choice::cny;
    const std::size_t with = want_cny ? with_cny : with_usd, with_other = want_cny ? with_usd : with_cny;
    if (with < rows) {
      const std::string name = want_cny ? "CNY" : "USD";
      const std::size_t without = rows - with;
      throw input_error(
          "of the " + std::to_string(rows) + " rows summed, " + std::to_string(without) +
          (without == 1 ? " has" : " have") + " no " + name + " value, so no " + name + " total covers them" +
          (with_other == rows
               ? std::string(": every row has a ") +
                     (want_cny ? "USD value, try --currency usd" : "CNY value, try --currency cny")
               : std::string()) +
          missing.list(*asked));
    }
    return *asked;
  }
  if (with_cny == rows) return currency_choice::cny;
  if (with_usd == rows) return currency_choice::usd;
  auto rows_without = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " has" : " have"); };
  throw input_error(
      "the rows summed mix currencies: of " + std::to_string(rows) + " rows, " +
      rows_without(rows - with_cny) + " no CNY value and " + rows_without(rows - with_usd) +
      " no USD value, so no total in one currency covers them all (summarise the files apart, or "
      "select with --flow or --period)" +
      missing.list(currency_choice::cny) + missing.list(currency_choice::usd));
}

/** The JSON array of the files read: `  "files": [...]`, without a comma after it. */
inline void json_files(std::ostream& out, const summary& s) {
  out << "  \"files\": [";
  for (std::size_t i = 0; i < s.files.size(); ++i) {
    const file_account& f = s.files[i];
    out << (i ? ",\n" : "\n") << "    {\"file\": " << detail::json_string(f.path) << ", \"format\": \""
        << format_name(f.format) << "\", \"rows_read\": " << f.report.rows_read
        << ", \"rows_accepted\": " << f.report.rows_accepted
        << ", \"rows_rejected\": " << f.report.rows_rejected << ", \"rows_set_aside\": " << f.set_aside
        << ", \"flow_given\": ";
    if (f.flow_given)
      out << '"' << to_string(*f.flow_given) << "\"}";
    else
      out << "null}";
  }
  out << "\n  ]";
}

/** The unit of the values, for the text header. */
inline std::string unit_text(std::string_view code, const unit_choice& unit) {
  if (unit.exponent == 0) return std::string(code) + ", whole " + (code == "CNY" ? "yuan" : "US dollars");
  return std::string(code) + ", " + unit.name + " (10^" + std::to_string(unit.exponent) +
         "), 2 decimals rounded half up from the exact sums";
}

/** Prints the summary in the chosen output format. */
inline void print_summary(std::ostream& out, const summary& s, const std::vector<summary_line>& lines,
                          currency_choice currency, output_format format, const unit_choice& unit = {}) {
  const bool cny = currency == currency_choice::cny;
  const char* code = cny ? "CNY" : "USD";
  // The sums as text through the library's money formatting: "CNY 3,500,300" in text, the bare
  // number in CSV and JSON. Every row summed has the currency (choose_currency saw to it).
  auto value_cell = [&](const tally& t) {
    return cny ? detail::money_cell(t.cny.result().value(), unit) : detail::money_cell(t.usd.result().value(), unit);
  };
  auto value_text = [&](const tally& t) { return value_cell(t).text; };
  auto value_plain = [&](const tally& t) { return value_cell(t).plain; };
  using detail::quantity_text;
  switch (format) {
    case output_format::text: {
      out << "files:";
      for (const file_account& f : s.files) out << ' ' << f.path << " (" << format_name(f.format) << ')';
      out << '\n';
      if (s.period)
        out << "period: " << s.period->text << " (" << to_string(s.period->first) << ".."
            << to_string(s.period->last) << "); " << s.outside_period
            << (s.outside_period == 1 ? " row" : " rows") << " outside it\n";
      else
        out << "period: all rows\n";
      for (const file_account& f : s.files)
        if (f.flow_given) out << "flow: " << flow_note(f) << '\n';
      out << "values: " << unit_text(code, unit) << '\n';
      if (lines.empty()) out << "no rows to sum\n";
      for (const summary_line& l : lines) {
        const tally& t = l.sums;
        out << l.name << (l.name == "total" ? " (export + import)" : "") << ": " << t.rows
            << (t.rows == 1 ? " row" : " rows") << ", " << value_text(t);
        if (t.has_weight()) out << ", net weight " << quantity_text(t.kg, true) << " kg";
        if (t.has_quantity()) out << ", quantity " << quantity_text(t.quantity, true) << ' ' << t.unit->text();
        if (t.aggregate_rows > 0)
          out << "; " << t.aggregate_rows << (t.aggregate_rows == 1 ? " aggregate row" : " aggregate rows")
              << " (totals, World) left out";
        out << '\n';
      }
      return;
    }
    case output_format::markdown:
      out << "| flow | rows | value (" << code << (unit.exponent ? ", " + unit.name : std::string()) << ") | net weight (kg) | quantity | aggregate rows |\n"
          << "| --- | ---: | ---: | ---: | ---: | ---: |\n";
      for (const summary_line& l : lines) {
        const tally& t = l.sums;
        out << "| " << l.name << " | " << t.rows << " | " << value_plain(t) << " | "
            << (t.has_weight() ? quantity_text(t.kg, false) : "") << " | ";
        if (t.has_quantity()) out << quantity_text(t.quantity, false) << ' ' << t.unit->text();
        out << " | " << t.aggregate_rows << " |\n";
      }
      return;
    case output_format::csv:
      out << "flow,rows,currency,value,net_weight_kg,quantity,quantity_unit,aggregate_rows\n";
      for (const summary_line& l : lines) {
        const tally& t = l.sums;
        out << l.name << ',' << t.rows << ',' << code << ',' << value_plain(t) << ',';
        if (t.has_weight()) out << quantity_text(t.kg, false);
        out << ',';
        if (t.has_quantity())
          out << quantity_text(t.quantity, false) << ',' << detail::csv_cell(t.unit->text());
        else
          out << ',';
        out << ',' << t.aggregate_rows << '\n';
      }
      return;
    case output_format::json: {
      out << "{\n";
      json_files(out, s);
      out << ",\n  \"period\": ";
      if (s.period)
        out << "{\"text\": " << detail::json_string(s.period->text) << ", \"first\": \""
            << to_string(s.period->first) << "\", \"last\": \"" << to_string(s.period->last)
            << "\", \"rows_outside\": " << s.outside_period << '}';
      else
        out << "null";
      out << ",\n  \"currency\": \"" << code << "\",\n  \"flows\": [";
      for (std::size_t i = 0; i < lines.size(); ++i) {
        const tally& t = lines[i].sums;
        out << (i ? ",\n" : "\n") << "    {\"flow\": \"" << lines[i].name << "\", \"rows\": " << t.rows
            << ", \"value\": " << value_plain(t)
            << ", \"net_weight_kg\": " << (t.has_weight() ? quantity_text(t.kg, false) : "null")
            << ", \"quantity\": " << (t.has_quantity() ? quantity_text(t.quantity, false) : "null")
            << ", \"quantity_unit\": " << (t.has_quantity() ? detail::json_string(t.unit->text()) : "null")
            << ", \"aggregate_rows\": " << t.aggregate_rows << '}';
      }
      out << "\n  ]\n}\n";
      return;
    }
  }
}

}  // namespace tradestat::cli

#endif  // TRADESTAT_CLI_SUMMARY_HPP
