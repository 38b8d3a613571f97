// tradestat::error: the one base of every exception the library throws, with a kind to switch on.
#ifndef TRADESTAT_ERROR_HPP
#define TRADESTAT_ERROR_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace tradestat {

/** What went wrong, for code that handles errors by kind rather than by message.
 *  Example: `e.kind() == error_kind::parse` // text that is not a value of the type asked */
enum class error_kind {
  parse,             // text that is not a value of the type asked (parse<T>, published figures)
  bad_data,          // a file or row that a reader refuses (read_error: file, line, field)
  overflow,          // an exact result that does not fit its integer representation
  inexact,           // rounding::exact asked for, and digits would be lost
  division_by_zero,  // a ratio, quotient or unit value with nothing to divide by
  missing_rate,      // a rate table has no rate for the period asked
  unknown_code,      // a well-formed code that no table knows
  incomplete,        // a total or rollup that would silently miss data
  invalid_argument,  // a call the library cannot carry out as asked (the message says what to pass)
};

/** The kind's name, as `error_kind` spells it. Example: `to_string(error_kind::missing_rate)` // "missing_rate" */
constexpr std::string_view to_string(error_kind k) noexcept {
  switch (k) {
    case error_kind::parse:
      return "parse";
    case error_kind::bad_data:
      return "bad_data";
    case error_kind::overflow:
      return "overflow";
    case error_kind::inexact:
      return "inexact";
    case error_kind::division_by_zero:
      return "division_by_zero";
    case error_kind::missing_rate:
      return "missing_rate";
    case error_kind::unknown_code:
      return "unknown_code";
    case error_kind::incomplete:
      return "incomplete";
    case error_kind::invalid_argument:
      return "invalid_argument";
  }
  return "unknown";
}

/** Every exception tradestat throws derives from this (and so from `std::runtime_error`).
 *  `what()` names the value, the place and what to do.
 *  Example: `catch (const tradestat::error& e) { if (e.kind() == error_kind::parse) ... }` */
class error : public std::runtime_error {
 public:
  error(error_kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  /** What kind of failure this is. */
  error_kind kind() const noexcept { return kind_; }

 private:
  error_kind kind_;
};

/** Text that is not a value of the type asked: the message quotes the text and says what was
 *  expected at `offset()`, the byte where reading stopped.
 *  Example: `parse<month>("2025-13")` // throws parse_error, offset() == 5 */
class parse_error : public error {
 public:
  /** `what` is "cannot read "<text>" as <target>: at offset <offset>, <problem>". */
  parse_error(std::string_view text, std::size_t offset, std::string_view target, std::string_view problem)
      : error(error_kind::parse, "cannot read \"" + std::string(text) + "\" as " + std::string(target) +
                                     ": at offset " + std::to_string(offset) + ", " + std::string(problem)),
        text_(text),
        offset_(offset) {}
  /** The text that was read. */
  const std::string& text() const noexcept { return text_; }
  /** The byte offset in the text where reading stopped. */
  std::size_t offset() const noexcept { return offset_; }

 private:
  std::string text_;
  std::size_t offset_;
};

}  // namespace tradestat

#endif  // TRADESTAT_ERROR_HPP
