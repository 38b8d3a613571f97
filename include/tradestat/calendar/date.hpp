// tradestat::date: a calendar day, for what is dated to the day (group memberships, daily rates),
// without <chrono>; it converts to and from std::chrono::year_month_day (calendar/chrono.hpp).
#ifndef TRADESTAT_CALENDAR_DATE_HPP
#define TRADESTAT_CALENDAR_DATE_HPP

#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <compare>
#include <concepts>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

namespace tradestat {

namespace detail {

/** True for Gregorian leap years. Example: `is_leap_year(2000)` // true; `is_leap_year(2100)` // false */
constexpr bool is_leap_year(int y) noexcept { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

/** Days in month `m` (1..12) of year `y`. Example: `days_in_month(2024, 2)` // 29 */
constexpr int days_in_month(int y, int m) noexcept {
  constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

inline void append_padded(std::string& s, int n, std::size_t width) {
  const std::string digits = std::to_string(n < 0 ? -n : n);
  if (n < 0) s += '-';
  if (digits.size() < width) s.append(width - digits.size(), '0');
  s += digits;
}

// The shapes of std::chrono::year_month and std::chrono::year_month_day, named by what they hold so
// that the vocabulary converts to and from them without including <chrono>: a type with year() and
// month() (and day()) that converts to int / unsigned, ok(), and that it is built back from.
template <class T>
using year_of_t = decltype(std::declval<const T&>().year());
template <class T>
using month_of_t = decltype(std::declval<const T&>().month());
template <class T>
using day_of_t = decltype(std::declval<const T&>().day());

template <class T>
concept year_month_shaped = requires(const T& t) {
  static_cast<int>(t.year());
  static_cast<unsigned>(t.month());
  { t.ok() } -> std::convertible_to<bool>;
} && std::constructible_from<year_of_t<T>, int> && std::constructible_from<month_of_t<T>, unsigned> &&
  std::constructible_from<T, year_of_t<T>, month_of_t<T>>;

template <class T>
concept year_month_day_shaped = requires(const T& t) {
  static_cast<int>(t.year());
  static_cast<unsigned>(t.month());
  static_cast<unsigned>(t.day());
  { t.ok() } -> std::convertible_to<bool>;
} && std::constructible_from<year_of_t<T>, int> && std::constructible_from<month_of_t<T>, unsigned> &&
  std::constructible_from<day_of_t<T>, unsigned> && std::constructible_from<T, year_of_t<T>, month_of_t<T>, day_of_t<T>>;

}  // namespace detail

/** A calendar day of the years 1..9999 (proleptic Gregorian), valid by construction. It converts
    implicitly to and from `std::chrono::year_month_day` (include <tradestat/calendar/chrono.hpp>, or
    <chrono>, where you name those). Example: `date{2025, 10, 26}` prints as `2025-10-26`;
    `date{2025, 2, 29}` throws `tradestat::error` (invalid_argument). */
class date {
 public:
  /** 0001-01-01, the earliest day: a value to assign to. */
  constexpr date() noexcept = default;
  /** Throws `tradestat::error` (invalid_argument) unless the year is in 1..9999, the month in 1..12
      and the day in the month. Example: `date{2024, 2, 29}.day_number()` // 29 */
  constexpr date(int y, int m, int d) : ymd_{checked(y, m, d)} {}
  /** From a `std::chrono::year_month_day` (or any type of that shape); throws `tradestat::error`
      (invalid_argument) when it is not `ok()` or outside the years 1..9999.
      Example: `date{2025y / October / 26} == date{2025, 10, 26}` // true */
  template <detail::year_month_day_shaped T>
  constexpr date(const T& ymd)  // NOLINT(google-explicit-constructor): lossless
      : ymd_{checked(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day())))} {}

  /** To `std::chrono::year_month_day` (or a type of that shape). */
  template <detail::year_month_day_shaped T>
  constexpr operator T() const noexcept {  // NOLINT(google-explicit-constructor): lossless
    return T{detail::year_of_t<T>{year_number()}, detail::month_of_t<T>{static_cast<unsigned>(month_number())},
             detail::day_of_t<T>{static_cast<unsigned>(day_number())}};
  }

  /** The earliest and latest days the type holds: 0001-01-01 and 9999-12-31. */
  static constexpr date min() noexcept { return date{}; }
  static constexpr date max() noexcept {
    date d;
    d.ymd_ = 99991231;
    return d;
  }

  constexpr int year_number() const noexcept { return ymd_ / 10000; }
  /** 1..12. */
  constexpr int month_number() const noexcept { return ymd_ / 100 % 100; }
  /** The day of the month, 1..31. */
  constexpr int day_number() const noexcept { return ymd_ % 100; }

  friend constexpr bool operator==(const date&, const date&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const date&, const date&) noexcept = default;
  // Exact matches, so that comparing with a year_month_day is not ambiguous between the conversions.
  template <detail::year_month_day_shaped T>
  friend constexpr bool operator==(const date& a, const T& b) noexcept {
    return a.year_number() == static_cast<int>(b.year()) &&
           static_cast<unsigned>(a.month_number()) == static_cast<unsigned>(b.month()) &&
           static_cast<unsigned>(a.day_number()) == static_cast<unsigned>(b.day());
  }
  template <detail::year_month_day_shaped T>
  friend constexpr std::strong_ordering operator<=>(const date& a, const T& b) noexcept {
    if (const auto c = a.year_number() <=> static_cast<int>(b.year()); c != 0) return c;
    if (const auto c = static_cast<unsigned>(a.month_number()) <=> static_cast<unsigned>(b.month()); c != 0) return c;
    return static_cast<unsigned>(a.day_number()) <=> static_cast<unsigned>(b.day());
  }

 private:
  static constexpr int checked(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > detail::days_in_month(y, m)) fail(y, m, d);
    return y * 10000 + m * 100 + d;
  }
  [[noreturn]] static void fail(int y, int m, int d) {
    std::string s = "invalid date ";
    detail::append_padded(s, y, 4);
    s += '-';
    detail::append_padded(s, m, 2);
    s += '-';
    detail::append_padded(s, d, 2);
    if (y < 1 || y > 9999) {
      s += ": the year is outside the supported years 1..9999";
    } else if (m < 1 || m > 12) {
      s += ": month number " + std::to_string(m) + " is not in 1..12";
    } else {
      s += ": the month has " + std::to_string(detail::days_in_month(y, m)) + " days";
    }
    throw error(error_kind::invalid_argument, s);
  }

  int ymd_ = 10101;  // YYYYMMDD
};

/** A day as ISO 8601 writes it (both sources and statisticians use it), or in Chinese as statisticians
    write it (precision is ignored). Example: `to_string(date{2025, 3, 19})` // "2025-03-19";
    `to_string(date{2025, 3, 19}, {.lang = language::zh})` // "2025年3月19日" */
inline std::string to_string(const date& d, text_format f = {}) {
  std::string s;
  detail::append_padded(s, d.year_number(), 4);
  if (f.lang == language::zh) {
    s += "\xE5\xB9\xB4";  // 年
    s += std::to_string(d.month_number());
    s += "\xE6\x9C\x88";  // 月
    s += std::to_string(d.day_number());
    s += "\xE6\x97\xA5";  // 日
  } else {
    s += '-';
    detail::append_padded(s, d.month_number(), 2);
    s += '-';
    detail::append_padded(s, d.day_number(), 2);
  }
  return s;
}

/** Writes `to_string(d)`. Example: `std::cout << date{2025, 3, 19}` // prints 2025-03-19 */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const date& d) {
  const std::string s = to_string(d);
  return os << s.c_str();
}

/** Reads a day as `to_string` prints it: 2025-03-19, or 2025年3月19日 (one or two digits for the month
    and the day); a parse_error names the offset. Example: `parse<date>("2025年10月26日")` // date{2025, 10, 26} */
template <>
struct text_parser<date> {
  static date parse(std::string_view text) {
    std::size_t pos = 0;
    auto fail = [&](std::size_t at, const char* problem) {
      throw parse_error(text, at, "a date", problem);
    };
    // Up to `most` digits (at least `least`), as a number.
    auto number = [&](std::size_t least, std::size_t most, const char* problem) {
      const std::size_t start = pos;
      int v = 0;
      while (pos < text.size() && pos - start < most && text[pos] >= '0' && text[pos] <= '9') {
        v = v * 10 + (text[pos] - '0');
        ++pos;
      }
      if (pos - start < least) fail(pos, problem);
      return std::pair<int, std::size_t>{v, start};
    };
    const auto [y, y_at] = number(4, 4, "expected a four-digit year: YYYY-MM-DD or YYYY年M月D日");
    const std::string_view nian = "\xE5\xB9\xB4", yue = "\xE6\x9C\x88", ri = "\xE6\x97\xA5";
    const bool zh = text.substr(pos, nian.size()) == nian;
    if (zh) {
      pos += nian.size();
    } else if (pos < text.size() && text[pos] == '-') {
      ++pos;
    } else {
      fail(pos, "expected '-' after the year (YYYY-MM-DD) or 年 (YYYY年M月D日)");
    }
    const auto [m, m_at] = zh ? number(1, 2, "expected the month 1-12 after 年") : number(2, 2, "expected the month 01-12 after YYYY-");
    if (zh && text.substr(pos, yue.size()) == yue) {
      pos += yue.size();
    } else if (!zh && pos < text.size() && text[pos] == '-') {
      ++pos;
    } else {
      fail(pos, zh ? "expected 月 after the month" : "expected '-' after the month YYYY-MM");
    }
    const auto [d, d_at] = zh ? number(1, 2, "expected the day after 月") : number(2, 2, "expected the day 01-31 after YYYY-MM-");
    if (zh) {
      if (text.substr(pos, ri.size()) != ri) fail(pos, "expected 日 after the day");
      pos += ri.size();
    }
    if (pos != text.size()) fail(pos, "expected the end of the date");
    if (y < 1) fail(y_at, "expected a year 0001-9999");
    if (m < 1 || m > 12) fail(m_at, "expected a month 1-12");
    if (d < 1 || d > detail::days_in_month(y, m)) fail(d_at, "expected a day of the month (it has fewer days)");
    return date{y, m, d};
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_DATE_HPP
