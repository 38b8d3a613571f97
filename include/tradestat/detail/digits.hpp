// ASCII decimal digits as codes and periods write them: no locale, no sign, no spaces, constexpr.
// The one place codes/ and calendar/ read digits (the readers' fast paths keep their own).
#ifndef TRADESTAT_DETAIL_DIGITS_HPP
#define TRADESTAT_DETAIL_DIGITS_HPP

#include <cstddef>
#include <limits>
#include <optional>
#include <string_view>

namespace tradestat::detail {

/** True for '0' to '9' only. Example: `is_digit('7')` // true */
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/** How many digits `text` starts with. Example: `leading_digits("2025年")` // 4 */
constexpr std::size_t leading_digits(std::string_view text) noexcept {
  std::size_t n = 0;
  while (n < text.size() && is_digit(text[n])) ++n;
  return n;
}

/** The offset of the first character that is not a digit, or nothing when all are.
    Example: `first_non_digit("01a1")` // 2 */
constexpr std::optional<std::size_t> first_non_digit(std::string_view text) noexcept {
  const std::size_t n = leading_digits(text);
  if (n == text.size()) return std::nullopt;
  return n;
}

/** The value of a run of digits the caller has checked (every character a digit, few enough to fit).
    Example: `digits_value<int>("0402")` // 402 */
template <class Int = int>
constexpr Int digits_value(std::string_view digits) noexcept {
  Int v = 0;
  for (char c : digits) v = static_cast<Int>(v * 10 + static_cast<Int>(c - '0'));
  return v;
}

/** The value of `text` when it is 1 to `max_digits` digits and nothing else (at most as many as `Int`
    always holds), else nothing. Example: `read_digits<int>("65", 2)` // 65; `read_digits<int>("6a", 2)` // nothing */
template <class Int = int>
constexpr std::optional<Int> read_digits(std::string_view text,
                                         std::size_t max_digits = std::numeric_limits<Int>::digits10) noexcept {
  if (text.empty() || text.size() > max_digits ||
      text.size() > static_cast<std::size_t>(std::numeric_limits<Int>::digits10) || first_non_digit(text))
    return std::nullopt;
  return digits_value<Int>(text);
}

}  // namespace tradestat::detail

#endif  // TRADESTAT_DETAIL_DIGITS_HPP
