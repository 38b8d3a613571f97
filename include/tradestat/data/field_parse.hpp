// Reading the cells of a row: whole numbers, fixed-point decimals, trimmed text. Fast, without
// exceptions or allocation on the good path, because readers call them for every cell of every row.
#ifndef TRADESTAT_DATA_FIELD_PARSE_HPP
#define TRADESTAT_DATA_FIELD_PARSE_HPP

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace tradestat::detail {

/** The outcome of reading a number from a cell. */
enum class number_status { ok, malformed, too_many_decimals, overflow };

/** The cell in double quotes, for messages. */
inline std::string quoted(std::string_view s) {
  // Appended piece by piece: "\"" + std::string(s) makes g++ 12 at -O3 warn (-Wrestrict, a false alarm).
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  out += s;
  out += '"';
  return out;
}

/** The cell without leading and trailing spaces and tabs. */
constexpr std::string_view trim_blanks(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/** Reads `[-]digits[.digits]` as an integer count of 10^-decimals units: with decimals = 3,
 *  "12.5" is 12500. More fraction digits than `decimals` is too_many_decimals (never rounded);
 *  a sign is accepted only when `allow_negative`. */
constexpr number_status parse_fixed(std::string_view s, int decimals, bool allow_negative,
                                    std::int64_t& out) noexcept {
  bool negative = false;
  if (!s.empty() && s.front() == '-') {
    if (!allow_negative) return number_status::malformed;
    negative = true;
    s.remove_prefix(1);
  }
  if (s.empty()) return number_status::malformed;
  // Accumulate the magnitude as a negative number so that INT64_MIN is reachable.
  std::int64_t v = 0;
  constexpr std::int64_t lowest = std::numeric_limits<std::int64_t>::min();
  std::size_t i = 0;
  bool any_digit = false;
  for (; i < s.size() && s[i] != '.'; ++i) {
    const char c = s[i];
    if (c < '0' || c > '9') return number_status::malformed;
    const int d = c - '0';
    if (v < lowest / 10 || v * 10 < lowest + d) return number_status::overflow;
    v = v * 10 - d;
    any_digit = true;
  }
  int frac = 0;
  if (i < s.size()) {  // a '.'
    ++i;
    if (i == s.size() || !any_digit) return number_status::malformed;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c < '0' || c > '9') return number_status::malformed;
      if (frac == decimals) {
        if (c != '0') return number_status::too_many_decimals;  // trailing zeros are exact
        continue;
      }
      const int d = c - '0';
      if (v < lowest / 10 || v * 10 < lowest + d) return number_status::overflow;
      v = v * 10 - d;
      ++frac;
    }
  }
  if (!any_digit) return number_status::malformed;
  for (; frac < decimals; ++frac) {
    if (v < lowest / 10) return number_status::overflow;
    v *= 10;
  }
  if (negative) {
    out = v;
    return number_status::ok;
  }
  if (v == lowest) return number_status::overflow;
  out = -v;
  return number_status::ok;
}

/** Reads a whole number `[-]digits` (the sign only when `allow_negative`). */
constexpr number_status parse_whole(std::string_view s, bool allow_negative, std::int64_t& out) noexcept {
  // Up to 18 digits cannot overflow: the common case needs no checks beyond "is a digit".
  const bool negative = !s.empty() && s.front() == '-';
  const std::string_view digits = negative ? s.substr(1) : s;
  if (!digits.empty() && digits.size() <= 18 && (allow_negative || !negative)) {
    // Unsigned arithmetic: a non-digit makes `d` huge, and the sum may wrap, which is defined for
    // unsigned types; the result is used only when every character was a digit (then v < 10^18).
    std::uint64_t v = 0;
    bool ok = true;
    for (const char c : digits) {
      const std::uint64_t d = static_cast<std::uint64_t>(static_cast<unsigned char>(c)) - std::uint64_t{'0'};
      ok &= d < 10;
      v = v * 10 + d;
    }
    if (ok) {
      const auto value = static_cast<std::int64_t>(v);
      out = negative ? -value : value;
      return number_status::ok;
    }
  }
  for (const char c : s)
    if (c == '.') return number_status::malformed;
  return parse_fixed(s, 0, allow_negative, out);
}

/** Reads 1 to `max_digits` decimal digits as a non-negative int; false otherwise. */
constexpr bool parse_digits(std::string_view s, std::size_t max_digits, int& out) noexcept {
  if (s.empty() || s.size() > max_digits) return false;
  int v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

}  // namespace tradestat::detail

#endif  // TRADESTAT_DATA_FIELD_PARSE_HPP
