// Row accounting for every reader: each row read is accepted, rejected or set aside (accepted but
// not given, as Comtrade's breakdown rows), and each rejection says where (file, line, column) and
// why. Strict reading throws at the first rejection; lenient reading collects them and goes on.
// Reports of the parts of one file (byte ranges) add up to the report of the whole.
#ifndef TRADESTAT_DATA_READ_REPORT_HPP
#define TRADESTAT_DATA_READ_REPORT_HPP

#include <tradestat/data/read_options.hpp>
#include <tradestat/error.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** Why a row was rejected. Example: `to_string(reject_reason::bad_number)` // "bad number" */
enum class reject_reason : std::uint8_t {
  bad_number,          // not a number of the expected form (digits, decimals, sign)
  unknown_code,        // a well-formed code no table knows, or a malformed code
  wrong_column_count,  // more or fewer fields than the header
  bad_quoting,         // an unterminated quote, a bare quote, text after a closing quote
  invalid_period,      // not a period of the expected form, or an impossible one
  value_overflow,      // a number too large for its type
  encoding_error,      // bytes that are not UTF-8
  embedded_nul,        // a NUL byte inside a row
  line_too_long,       // a row longer than read_options::max_row_bytes
  missing_value,       // an empty cell where the format requires a value
  bad_line_end,        // a carriage return not followed by a line feed
};

inline constexpr std::size_t reject_reason_count = 11;

/** The reason as printed in messages. Example: `to_string(reject_reason::value_overflow)` // "value overflow" */
constexpr std::string_view to_string(reject_reason r) {
  constexpr std::array<std::string_view, reject_reason_count> names{
      "bad number",     "unknown code",   "wrong column count", "bad quoting",   "invalid period",
      "value overflow", "encoding error", "embedded NUL",       "line too long", "missing value",
      "bad line end"};
  return names[static_cast<std::size_t>(r)];
}

/** One rejected row: where it is and why.
 *  Example: `rejection{"a.csv", 3, "value_cny", reject_reason::bad_number, "\"12x\" is not a whole
 * number"}.message()`
 *  // "a.csv:3: value_cny: bad number: \"12x\" is not a whole number" */
struct rejection {
  std::string file;
  std::size_t line = 0;  // 1-based physical line where the row starts
  std::string field;     // the column's name (from the header or the format), or "column N"
  reject_reason reason = reject_reason::bad_number;
  std::string detail;  // what was found and what was expected

  friend bool operator==(const rejection&, const rejection&) = default;

  std::string message() const {
    return file + ":" + std::to_string(line) + ": " + field + ": " + std::string(to_string(reason)) + ": " +
           detail;
  }
};

/** Thrown by strict reading at the first bad row, and by every reading for a file that cannot be
 *  read at all (a missing file, a header without a required column): a tradestat::error of kind
 *  `error_kind::bad_data` that carries the rejection. `what()` is the rejection's message.
 *  Example: `e.what()` // "bad.csv:4: period: invalid period: \"2025-13\" is not a month" */
class read_error : public error {
 public:
  explicit read_error(tradestat::rejection r) : error(error_kind::bad_data, r.message()), rejection_(std::move(r)) {}
  /** The file-level form, for errors that are not about one row. */
  read_error(std::string file, std::string detail)
      : error(error_kind::bad_data, file + ": " + detail),
        rejection_{std::move(file), 0, "", reject_reason::bad_number, std::move(detail)} {}
  /** The rejection (line 0 and an empty field for file-level errors). */
  const tradestat::rejection& rejection() const noexcept { return rejection_; }

 private:
  tradestat::rejection rejection_;
};

/** Why a row was read and accepted but not given (read_report::rows_set_aside). Comtrade sets
 *  aside rows outside the canonical slice (breakdown), aggregate rows (aggregate), detail rows when
 *  only aggregates are asked for (detail) and processing flows (processing).
 *  Example: `to_string(set_aside_reason::breakdown)` // "breakdown" */
enum class set_aside_reason : std::uint8_t { breakdown, aggregate, detail, processing };

inline constexpr std::size_t set_aside_reason_count = 4;

/** The reason as printed. Example: `to_string(set_aside_reason::processing)` // "processing" */
constexpr std::string_view to_string(set_aside_reason r) {
  constexpr std::array<std::string_view, set_aside_reason_count> names{"breakdown", "aggregate", "detail",
                                                                       "processing"};
  return names[static_cast<std::size_t>(r)];
}

/** The account of one read: rows_read == rows_accepted + rows_rejected + rows_set_aside, always
 *  (`balanced()`); rows_accepted counts the records given. Header lines and blank lines are not
 *  rows and are counted apart.
 *  Reports add up: `a += b` is the account of both reads (counts summed, kept rejections merged in
 *  line order and cut to the smaller `max_kept_rejections`, complete when both are); it is
 *  associative, and commutative on the counts, so the parts of a file split in byte ranges give,
 *  in any grouping, the report of the whole.
 *  Example: after reading a file with a header and rows 2 good, 1 bad: `rows_read` // 3, `rows_rejected` // 1
 */
struct read_report {
  std::string file;
  std::size_t rows_read = 0;
  std::size_t rows_accepted = 0;
  std::size_t rows_rejected = 0;
  std::size_t rows_set_aside = 0;
  std::size_t header_lines = 0;
  std::size_t blank_lines = 0;
  std::array<std::size_t, reject_reason_count> rejected_by_reason{};
  std::array<std::size_t, set_aside_reason_count> set_aside_by_reason{};
  std::vector<rejection> rejections;          // the first max_kept_rejections of them, in line order
  std::size_t max_kept_rejections = 1000;     // read_options::max_kept_rejections of the read
  bool complete = false;                      // the whole input (or byte range) was read

  /** True when rows_read == rows_accepted + rows_rejected + rows_set_aside. */
  bool balanced() const noexcept { return rows_read == rows_accepted + rows_rejected + rows_set_aside; }
  /** The number of rejections for one reason. */
  std::size_t rejected(reject_reason r) const noexcept {
    return rejected_by_reason[static_cast<std::size_t>(r)];
  }
  /** The number of rows set aside for one reason. */
  std::size_t set_aside(set_aside_reason r) const noexcept {
    return set_aside_by_reason[static_cast<std::size_t>(r)];
  }
  /** One line: "a.csv: 3 rows read, 2 accepted, 1 rejected" (and ", 4 set aside" when some were). */
  std::string summary() const {
    std::string s = file + ": " + std::to_string(rows_read) + " rows read, " + std::to_string(rows_accepted) +
                    " accepted, " + std::to_string(rows_rejected) + " rejected";
    if (rows_set_aside > 0) s += ", " + std::to_string(rows_set_aside) + " set aside";
    return s;
  }

  /** Adds the account of another read (another part of the same file). */
  read_report& operator+=(const read_report& o) {
    if (file.empty()) file = o.file;
    rows_read += o.rows_read;
    rows_accepted += o.rows_accepted;
    rows_rejected += o.rows_rejected;
    rows_set_aside += o.rows_set_aside;
    header_lines += o.header_lines;
    blank_lines += o.blank_lines;
    for (std::size_t i = 0; i < reject_reason_count; ++i) rejected_by_reason[i] += o.rejected_by_reason[i];
    for (std::size_t i = 0; i < set_aside_reason_count; ++i) set_aside_by_reason[i] += o.set_aside_by_reason[i];
    max_kept_rejections = std::min(max_kept_rejections, o.max_kept_rejections);
    if (!o.rejections.empty()) {
      std::vector<rejection> merged;
      merged.reserve(std::min(rejections.size() + o.rejections.size(), max_kept_rejections));
      auto a = rejections.begin();
      auto b = o.rejections.begin();
      while (merged.size() < max_kept_rejections && (a != rejections.end() || b != o.rejections.end())) {
        if (b == o.rejections.end() || (a != rejections.end() && a->line <= b->line))
          merged.push_back(std::move(*a++));
        else
          merged.push_back(*b++);
      }
      rejections = std::move(merged);
    } else if (rejections.size() > max_kept_rejections) {
      rejections.erase(rejections.begin() + static_cast<std::ptrdiff_t>(max_kept_rejections), rejections.end());
    }
    complete = complete && o.complete;
    return *this;
  }
  friend read_report operator+(read_report a, const read_report& b) { return a += b; }

  friend bool operator==(const read_report&, const read_report&) = default;
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_READ_REPORT_HPP
