// Reading the cells of a row: whole numbers, fixed-point decimals, trimmed text. Fast, without
// exceptions or allocation on the good path, because readers call them for every cell of every row.
#ifndef TRADESTAT_DATA_FIELD_PARSE_HPP
#define TRADESTAT_DATA_FIELD_PARSE_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

/** The first column name of a header that the header repeats, as the detail of a read_error:
 *  `line 1: column "primaryValue" appears twice, at columns 3 and 17` (1-based; the second
 *  spelling follows when the reader's comparison `key` makes two spellings one name, as Comtrade's
 *  does). Names that compare empty are not names and are not compared. Every reader refuses such a header,
 *  whether or not it uses the column: which copy holds the data cannot be told.
 *  Example: `duplicate_column(names, [](std::string_view n) { return n; })` // std::nullopt */
template <class Names, class Key>
std::optional<std::string> duplicate_column(const Names& names, Key key) {
  std::vector<decltype(key(std::string_view{}))> keys;  // each name's key, computed once
  keys.reserve(names.size());
  for (std::size_t j = 0; j < names.size(); ++j) {
    keys.push_back(key(std::string_view(names[j])));
    if (keys[j].empty()) continue;
    for (std::size_t i = 0; i < j; ++i) {
      if (keys[i] != keys[j]) continue;
      const std::string_view a = names[i];
      const std::string_view b = names[j];
      std::string detail = "line 1: column " + quoted(a) + " appears twice, at columns " +
                           std::to_string(i + 1) + " and " + std::to_string(j + 1);
      if (a != b) detail += " (as " + quoted(b) + ")";
      return detail;
    }
  }
  return std::nullopt;
}

/** The `n` (at most 8) bytes at `p` as an integer, the first byte lowest; usable in constant
 *  expressions. */
constexpr std::uint64_t load_little_endian(const char* p, std::size_t n) noexcept {
  std::uint64_t x = 0;
  if (!std::is_constant_evaluated() && std::endian::native == std::endian::little) {
    // Fixed sizes, so that each copy compiles to plain loads (a variable size would call memcpy).
    if (n == 8) {
      std::memcpy(&x, p, 8);
      return x;
    }
    if (n >= 4) {
      std::uint32_t lo = 0, hi = 0;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);  // overlaps lo when n < 8: shift out the overlap
      return lo | (std::uint64_t{hi} << (8 * (n - 4)));
    }
  }
  for (std::size_t k = 0; k < n; ++k) x |= std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  return x;
}

/** True when all eight bytes of `x` (as load_little_endian gives them) are ASCII digits. */
constexpr bool all_digits8(std::uint64_t x) noexcept {
  constexpr std::uint64_t high_nibbles = 0xF0F0F0F0F0F0F0F0ULL, threes = 0x3030303030303030ULL;
  // Every high nibble 3 ('0'..'?'); then adding 6 keeps it 3 only for '0'..'9' (and cannot carry
  // across bytes, since each byte is at most 0x3F by the first test).
  return ((x & high_nibbles) == threes) & (((x + 0x0606060606060606ULL) & high_nibbles) == threes);
}

/** The value of eight ASCII digits (as load_little_endian gives them, the first digit lowest):
 *  pairs, then quadruples, then the whole, with no carry between lanes. */
constexpr std::uint64_t value_of_digits8(std::uint64_t x) noexcept {
  x -= 0x3030303030303030ULL;
  x = (x * 10 + (x >> 8)) & 0x00FF00FF00FF00FFULL;
  x = (x * 100 + (x >> 16)) & 0x0000FFFF0000FFFFULL;
  return (x * 10000 + (x >> 32)) & 0xFFFFFFFFULL;
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
[[gnu::always_inline]] constexpr number_status parse_whole(std::string_view s, bool allow_negative, std::int64_t& out) noexcept {
  // Up to 18 digits cannot overflow: the common case needs no checks beyond "is a digit".
  const bool negative = !s.empty() && s.front() == '-';
  const std::string_view digits = negative ? s.substr(1) : s;
  if (!digits.empty() && digits.size() <= 18 && (allow_negative || !negative)) {
    // Unsigned arithmetic: a non-digit makes `d` huge, and the sum may wrap, which is defined for
    // unsigned types; the result is used only when every character was a digit (then v < 10^18).
    std::uint64_t v = 0;
    bool ok = true;
    std::size_t k = 0;
    for (; k + 8 <= digits.size(); k += 8) {  // eight digits at a time, without a branch per digit
      const std::uint64_t x = load_little_endian(digits.data() + k, 8);
      ok &= all_digits8(x);
      v = v * 100000000 + value_of_digits8(x);
    }
    for (; k < digits.size(); ++k) {
      const std::uint64_t d =
          static_cast<std::uint64_t>(static_cast<unsigned char>(digits[k])) - std::uint64_t{'0'};
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
