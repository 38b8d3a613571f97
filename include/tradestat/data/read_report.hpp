// Row accounting for every reader: each row read is accepted or rejected, and each rejection says
// where (file, line, column) and why. Strict reading throws at the first rejection; lenient
// reading collects them and goes on.
#ifndef TRADESTAT_DATA_READ_REPORT_HPP
#define TRADESTAT_DATA_READ_REPORT_HPP

#include <tradestat/error.hpp>

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
};

inline constexpr std::size_t reject_reason_count = 10;

/** The reason as printed in messages. Example: `to_string(reject_reason::value_overflow)` // "value overflow" */
constexpr std::string_view to_string(reject_reason r) {
  constexpr std::array<std::string_view, reject_reason_count> names{
      "bad number",     "unknown code",   "wrong column count", "bad quoting",   "invalid period",
      "value overflow", "encoding error", "embedded NUL",       "line too long", "missing value"};
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

/** Strict: the first rejection throws read_error. Lenient: rejections are collected and reading goes on.
 *  Example: `read_options{.mode = read_mode::strict}` */
enum class read_mode : std::uint8_t { lenient, strict };

/** How to read a file. The bounds keep memory independent of the file: rows longer than
 *  `max_row_bytes` are rejected (line too long), and a lenient read keeps the first
 *  `max_kept_rejections` rejections in full while counting all of them.
 *  Example: `read_options{.mode = read_mode::strict, .max_row_bytes = 4096}` */
struct read_options {
  read_mode mode = read_mode::lenient;
  std::size_t max_row_bytes = std::size_t{1} << 20;
  std::size_t max_kept_rejections = 1000;
};

/** The account of one read: rows_read == rows_accepted + rows_rejected, always. Header lines and
 *  blank lines are not rows and are counted apart.
 *  Example: after reading a file with a header and rows 2 good, 1 bad: `rows_read` // 3, `rows_rejected` // 1
 */
struct read_report {
  std::string file;
  std::size_t rows_read = 0;
  std::size_t rows_accepted = 0;
  std::size_t rows_rejected = 0;
  std::size_t header_lines = 0;
  std::size_t blank_lines = 0;
  std::array<std::size_t, reject_reason_count> rejected_by_reason{};
  std::vector<rejection> rejections;  // the first read_options::max_kept_rejections of them
  bool complete = false;              // the whole input was read

  /** True when rows_read == rows_accepted + rows_rejected. */
  bool balanced() const noexcept { return rows_read == rows_accepted + rows_rejected; }
  /** The number of rejections for one reason. */
  std::size_t rejected(reject_reason r) const noexcept {
    return rejected_by_reason[static_cast<std::size_t>(r)];
  }
  /** One line: "a.csv: 3 rows read, 2 accepted, 1 rejected". */
  std::string summary() const {
    return file + ": " + std::to_string(rows_read) + " rows read, " + std::to_string(rows_accepted) +
           " accepted, " + std::to_string(rows_rejected) + " rejected";
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_READ_REPORT_HPP
