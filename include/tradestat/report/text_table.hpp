// A table of printed cells (text, exact decimal numbers, or "no value") with column headers,
// alignment, a caption and notes, and its four renderings: aligned plain text, Markdown (GFM),
// CSV (RFC 4180) and JSON (RFC 8259), each written by hand (no dependency).
#ifndef TRADESTAT_REPORT_TEXT_TABLE_HPP
#define TRADESTAT_REPORT_TEXT_TABLE_HPP

#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** How a column's cells line up in plain text and Markdown. */
enum class column_align { left, right };

/** A column: `id` names it in JSON (and is a plain ASCII word: "growth_pct"), `header` heads it in
 *  text, Markdown and CSV, in the table's language ("增长（%）").
 *  Example: `table_column{"growth_pct", "Growth (%)", column_align::right}` */
struct table_column {
  std::string id;
  std::string header;
  column_align align = column_align::right;
};

/** A cell: text (a key's name), a number (shown text and its exact decimal: "5,203.7" and
 *  "5203.7"), or none (no value, such as a growth from a zero base: shown as the library prints it,
 *  empty in CSV, `null` in JSON).
 *  Example: `table_cell::number("5,203.7", "5203.7").exact()` // "5203.7" */
class table_cell {
 public:
  enum class kind { text, number, none };

  /** A text cell. Example: `table_cell::text("ASEAN").shown()` // "ASEAN" */
  static table_cell text(std::string s) { return table_cell(kind::text, std::move(s), {}); }
  /** A number: `shown` as printed (separators allowed), `exact` a plain decimal ("-12.5", "0.0");
   *  throws tradestat::error (invalid_argument) naming `exact` when it is not one. */
  static table_cell number(std::string shown, std::string exact) {
    if (!is_plain_decimal(exact)) {
      throw error(error_kind::invalid_argument, "tradestat: a table number is a plain decimal such as -12.5, got \"" +
                                                    exact + "\": pass the number without separators or units");
    }
    return table_cell(kind::number, std::move(shown), std::move(exact));
  }
  /** A number with the same text shown and exact. Example: `table_cell::number("98.3").shown()` // "98.3" */
  static table_cell number(std::string exact) {
    std::string shown = exact;
    return number(std::move(shown), std::move(exact));
  }
  /** No value, shown as `shown` ("no base", "—"). */
  static table_cell none(std::string shown) { return table_cell(kind::none, std::move(shown), {}); }

  kind what() const noexcept { return kind_; }
  /** The text printed in plain text and Markdown. */
  const std::string& shown() const noexcept { return shown_; }
  /** The plain decimal of a number, empty otherwise. */
  const std::string& exact() const noexcept { return exact_; }

  friend bool operator==(const table_cell&, const table_cell&) = default;

  /** True for an optional '-', digits, and optionally '.' and digits: the grammar shared by CSV
   *  readers and JSON numbers (no leading zeros but one before the point). */
  static bool is_plain_decimal(std::string_view s) noexcept {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    const std::size_t first = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == first || (s[first] == '0' && i - first > 1)) return false;
    if (i < s.size() && s[i] == '.') {
      const std::size_t point = ++i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == point) return false;
    }
    return i == s.size();
  }

 private:
  table_cell(kind k, std::string shown, std::string exact) : kind_(k), shown_(std::move(shown)), exact_(std::move(exact)) {}
  kind kind_;
  std::string shown_;
  std::string exact_;
};

/** What a row is: a body row, the row of records without a key (partition tables), the total
 *  (partition tables), or every record once (overlapping tables: the base of their shares, which
 *  is no sum of the rows, so text, Markdown and CSV leave it out and name it in a note). */
enum class row_role { body, unassigned, total, all_records };

/** A row: its role and one cell per column. */
struct table_row {
  row_role role = row_role::body;
  std::vector<table_cell> cells;
  friend bool operator==(const table_row&, const table_row&) = default;
};

/** A table of printed cells in one language: caption, columns, rows, notes, and whether its rows
 *  overlap (groups a record may belong to several of: then it has no total row).
 *  Example: `text_table t{"Trade", {{"key", "Partner", column_align::left}, {"value", "Value"}}};`
 *  `t.add_row({table_cell::text("Kazakhstan"), table_cell::number("1,234.5", "1234.5")});` */
class text_table {
 public:
  text_table(std::string caption, std::vector<table_column> columns, bool rows_overlap = false,
             language lang = language::en)
      : caption_(std::move(caption)), columns_(std::move(columns)), overlap_(rows_overlap), lang_(lang) {
    if (columns_.empty()) throw error(error_kind::invalid_argument, "tradestat: a table needs at least one column");
  }

  /** Adds a body row. */
  void add_row(std::vector<table_cell> cells) { add_row(row_role::body, std::move(cells)); }
  /** Adds a row of a role; throws tradestat::error (invalid_argument) when the cells do not match
   *  the columns, when an overlapping table is given a total or unassigned row (its rows do not
   *  partition anything), or a partition an all-records row, or a second row of a role other than body. */
  void add_row(row_role role, std::vector<table_cell> cells) {
    if (cells.size() != columns_.size()) {
      throw error(error_kind::invalid_argument, "tradestat: a row of " + std::to_string(cells.size()) +
                                                    " cells in a table of " + std::to_string(columns_.size()) +
                                                    " columns: give one cell per column");
    }
    if (overlap_ && (role == row_role::total || role == row_role::unassigned)) {
      throw error(error_kind::invalid_argument,
                  "tradestat: the rows of this table overlap, so they have no total and no rest: add the base of "
                  "the shares as row_role::all_records");
    }
    if (!overlap_ && role == row_role::all_records) {
      throw error(error_kind::invalid_argument,
                  "tradestat: row_role::all_records is for tables whose rows overlap; a partition has a total row");
    }
    if (role != row_role::body) {
      for (const table_row& r : rows_)
        if (r.role == role) throw error(error_kind::invalid_argument, "tradestat: a table has one row of each role but body");
    }
    rows_.push_back(table_row{role, std::move(cells)});
  }
  /** Adds a note printed under the table (over it in JSON's "notes"). */
  void add_note(std::string note) { notes_.push_back(std::move(note)); }

  const std::string& caption() const noexcept { return caption_; }
  const std::vector<table_column>& columns() const noexcept { return columns_; }
  const std::vector<table_row>& rows() const noexcept { return rows_; }
  const std::vector<std::string>& notes() const noexcept { return notes_; }
  bool rows_overlap() const noexcept { return overlap_; }
  language lang() const noexcept { return lang_; }

  /** The row of a role other than body, or null. */
  const table_row* row_of(row_role role) const noexcept {
    for (const table_row& r : rows_)
      if (r.role == role) return &r;
    return nullptr;
  }

 private:
  std::string caption_;
  std::vector<table_column> columns_;
  std::vector<table_row> rows_;
  std::vector<std::string> notes_;
  bool overlap_;
  language lang_;
};

namespace detail {

/** Columns a code point takes in a terminal: 2 for East Asian wide and fullwidth characters
 *  (Unicode UAX #11, the main ranges: Hangul Jamo, CJK, Hangul syllables, fullwidth forms), else 1. */
constexpr int code_point_width(char32_t c) noexcept {
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
      (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
      (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)) {
    return 2;
  }
  return 1;
}

/** The columns UTF-8 text takes in a terminal (continuation bytes take none). */
inline std::size_t display_width(std::string_view s) noexcept {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    char32_t c = b;
    std::size_t n = 1;
    if (b >= 0xF0) {
      c = b & 0x07u;
      n = 4;
    } else if (b >= 0xE0) {
      c = b & 0x0Fu;
      n = 3;
    } else if (b >= 0xC0) {
      c = b & 0x1Fu;
      n = 2;
    }
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    w += static_cast<std::size_t>(code_point_width(c));
    i += n;
  }
  return w;
}

inline void pad_to(std::string& out, std::string_view s, std::size_t width, column_align a) {
  const std::size_t w = display_width(s);
  const std::size_t gap = width > w ? width - w : 0;
  if (a == column_align::right) out.append(gap, ' ');
  out.append(s);
  if (a == column_align::left) out.append(gap, ' ');
}

/** The rows printed in text, Markdown and CSV: all but the all-records row. */
inline bool printed_in_grid(const table_row& r) noexcept { return r.role != row_role::all_records; }

inline std::string_view note_label(language lang) noexcept { return lang == language::zh ? "注：" : "Note: "; }

/** A cell for a GFM table: `|` escaped as `\|` (GFM's own escape, also inside code), backslashes
 *  before a pipe kept literal, and line ends (which would end the row) made spaces. */
inline std::string markdown_cell(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c == '|') {
      out.append("\\|");
    } else if (c == '\n' || c == '\r') {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

/** A CSV field per RFC 4180: quoted when it holds a comma, a double quote, CR or LF (or starts or
 *  ends with a space, which some readers trim), quotes doubled inside. */
inline std::string csv_field(std::string_view s) {
  bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
  for (const char c : s) quote = quote || c == ',' || c == '"' || c == '\n' || c == '\r';
  if (!quote) return std::string(s);
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

/** A JSON string per RFC 8259 section 7: `"` and `\` escaped, control characters below U+0020
 *  as their short escapes or \u00XX; other UTF-8 passes through (JSON text is UTF-8, RFC 8259 section 8.1). */
inline std::string json_string(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (c < 0x20) {
          out.append("\\u00");
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 0x0Fu]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
  return out;
}

inline std::string json_cell(const table_cell& c) {
  switch (c.what()) {
    case table_cell::kind::text: return json_string(c.shown());
    case table_cell::kind::number: return c.exact();
    case table_cell::kind::none: return "null";
  }
  return "null";
}

inline std::string json_row(const text_table& t, const table_row& r) {
  std::string out = "{";
  for (std::size_t i = 0; i < r.cells.size(); ++i) {
    if (i > 0) out.append(", ");
    out.append(json_string(t.columns()[i].id));
    out.append(": ");
    out.append(json_cell(r.cells[i]));
  }
  out.push_back('}');
  return out;
}

}  // namespace detail

/** The table as aligned plain text: the caption, the headers, a rule, the rows (numbers to the
 *  right, text to the left, Chinese characters counted two columns wide), then the notes.
 *  Example: `to_string(t)` // "Trade\nPartner       Value\n----------  -------\nKazakhstan  1,234.5\n" */
inline std::string to_string(const text_table& t) {
  const auto& cols = t.columns();
  std::vector<std::size_t> width(cols.size(), 0);
  for (std::size_t i = 0; i < cols.size(); ++i) width[i] = detail::display_width(cols[i].header);
  for (const table_row& r : t.rows()) {
    if (!detail::printed_in_grid(r)) continue;
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      const std::size_t w = detail::display_width(r.cells[i].shown());
      if (w > width[i]) width[i] = w;
    }
  }
  std::string out;
  auto line = [&](auto&& text_of) {
    std::string l;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      if (i > 0) l.append("  ");
      detail::pad_to(l, text_of(i), width[i], cols[i].align);
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out.append(l);
    out.push_back('\n');
  };
  if (!t.caption().empty()) {
    out.append(t.caption());
    out.push_back('\n');
  }
  line([&](std::size_t i) -> std::string_view { return cols[i].header; });
  const std::vector<std::string> rules = [&] {
    std::vector<std::string> r;
    for (const std::size_t w : width) r.emplace_back(w, '-');
    return r;
  }();
  line([&](std::size_t i) -> std::string_view { return rules[i]; });
  for (const table_row& r : t.rows()) {
    if (!detail::printed_in_grid(r)) continue;
    line([&](std::size_t i) -> std::string_view { return r.cells[i].shown(); });
  }
  for (const std::string& n : t.notes()) {
    out.append(detail::note_label(t.lang()));
    out.append(n);
    out.push_back('\n');
  }
  return out;
}

/** Writes `to_string(t)`. Example: `std::cout << t` */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const text_table& t) {
  return os << to_string(t).c_str();
}

/** The table as GitHub-flavoured Markdown: the caption as a paragraph, a pipe table (`|` in cells
 *  escaped as `\|`, alignment in the delimiter row), then each note as a paragraph.
 *  Example: `to_markdown(t)` // "Trade\n\n| Partner | Value |\n| :--- | ---: |\n| Kazakhstan | 1,234.5 |\n" */
inline std::string to_markdown(const text_table& t) {
  std::string out;
  if (!t.caption().empty()) {
    out.append(detail::markdown_cell(t.caption()));
    out.append("\n\n");
  }
  out.append("|");
  for (const table_column& c : t.columns()) {
    out.push_back(' ');
    out.append(detail::markdown_cell(c.header));
    out.append(" |");
  }
  out.append("\n|");
  for (const table_column& c : t.columns()) out.append(c.align == column_align::right ? " ---: |" : " :--- |");
  out.push_back('\n');
  for (const table_row& r : t.rows()) {
    if (!detail::printed_in_grid(r)) continue;
    out.append("|");
    for (const table_cell& c : r.cells) {
      out.push_back(' ');
      out.append(detail::markdown_cell(c.shown()));
      out.append(" |");
    }
    out.push_back('\n');
  }
  for (const std::string& n : t.notes()) {
    out.push_back('\n');
    out.append(detail::markdown_cell(n));
    out.push_back('\n');
  }
  return out;
}

/** The table as CSV per RFC 4180: a header row of the column headers, then the rows, CRLF line
 *  ends, fields quoted where needed; numbers as their plain decimals (no separators, no units),
 *  cells without a value empty. CSV has no place for the caption and notes: keep them with the file.
 *  Example: `to_csv(t)` // "Partner,Value\r\nKazakhstan,1234.5\r\n" */
inline std::string to_csv(const text_table& t) {
  std::string out;
  for (std::size_t i = 0; i < t.columns().size(); ++i) {
    if (i > 0) out.push_back(',');
    out.append(detail::csv_field(t.columns()[i].header));
  }
  out.append("\r\n");
  for (const table_row& r : t.rows()) {
    if (!detail::printed_in_grid(r)) continue;
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      if (i > 0) out.push_back(',');
      const table_cell& c = r.cells[i];
      if (c.what() == table_cell::kind::number) {
        out.append(c.exact());
      } else if (c.what() == table_cell::kind::text) {
        out.append(detail::csv_field(c.shown()));
      }
    }
    out.append("\r\n");
  }
  return out;
}

/** The table as JSON (RFC 8259): caption, `rows_overlap`, the columns (id and header), the body
 *  rows as objects keyed by column id, then `unassigned`, `total` and `all_records` (each a row or
 *  `null`: a table whose rows overlap has a null total) and the notes. Numbers are the exact
 *  decimals printed, cells without a value `null`.
 *  Example: `to_json(t)` // "{\n  \"caption\": \"Trade\",\n  \"language\": \"en\",\n  \"rows_overlap\": false, ..." */
inline std::string to_json(const text_table& t) {
  std::string out = "{\n  \"caption\": ";
  out.append(detail::json_string(t.caption()));
  out.append(",\n  \"language\": ");
  out.append(t.lang() == language::zh ? "\"zh\"" : "\"en\"");
  out.append(",\n  \"rows_overlap\": ");
  out.append(t.rows_overlap() ? "true" : "false");
  out.append(",\n  \"columns\": [");
  for (std::size_t i = 0; i < t.columns().size(); ++i) {
    out.append(i > 0 ? ",\n    " : "\n    ");
    out.append("{\"id\": ");
    out.append(detail::json_string(t.columns()[i].id));
    out.append(", \"header\": ");
    out.append(detail::json_string(t.columns()[i].header));
    out.append("}");
  }
  out.append("\n  ],\n  \"rows\": [");
  bool first = true;
  for (const table_row& r : t.rows()) {
    if (r.role != row_role::body) continue;
    out.append(first ? "\n    " : ",\n    ");
    first = false;
    out.append(detail::json_row(t, r));
  }
  out.append(first ? "]" : "\n  ]");
  static constexpr std::pair<row_role, const char*> roles[] = {
      {row_role::unassigned, "unassigned"}, {row_role::total, "total"}, {row_role::all_records, "all_records"}};
  for (const auto& [role, name] : roles) {
    out.append(",\n  \"");
    out.append(name);
    out.append("\": ");
    const table_row* r = t.row_of(role);
    out.append(r != nullptr ? detail::json_row(t, *r) : std::string("null"));
  }
  out.append(",\n  \"notes\": [");
  for (std::size_t i = 0; i < t.notes().size(); ++i) {
    if (i > 0) out.append(", ");
    out.append(detail::json_string(t.notes()[i]));
  }
  out.append("]\n}\n");
  return out;
}

}  // namespace tradestat

#endif  // TRADESTAT_REPORT_TEXT_TABLE_HPP
