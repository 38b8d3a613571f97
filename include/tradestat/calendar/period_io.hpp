// Reading and writing periods in the forms statistical sources use: 2025, 2025-03, 202503, 2025Q1,
// 2025-Q1, 2025H1, 2025 Jan-Nov, 2025年1-11月, 2021-2025, and Comtrade's refPeriodId/refMonth pair.
#ifndef TRADESTAT_CALENDAR_PERIOD_IO_HPP
#define TRADESTAT_CALENDAR_PERIOD_IO_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/span.hpp>

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace tradestat {

/** The error for text that is not a period of the requested kind; says what was expected and where.
    Example: `parse_period<month>("2025-13")` throws with `what()` = `cannot read "2025-13" as a month:
    at offset 5, expected a month number 01-12 (accepted forms: YYYY-MM, YYYYMM)`. */
class period_parse_error : public std::invalid_argument {
 public:
  period_parse_error(std::string_view text, std::size_t offset, std::string_view kind,
                     std::string_view expected, std::string_view forms)
      : std::invalid_argument{"cannot read \"" + std::string(text) + "\" as " + std::string(kind) +
                              ": at offset " + std::to_string(offset) + ", expected " +
                              std::string(expected) + " (accepted forms: " + std::string(forms) + ")"},
        offset_{offset} {}

  /** The byte offset in the text where reading stopped. */
  std::size_t offset() const noexcept { return offset_; }

 private:
  std::size_t offset_;
};

namespace detail {

inline constexpr std::string_view month_abbreviations[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr std::string_view nian = "\xE5\xB9\xB4";     // 年
inline constexpr std::string_view yue = "\xE6\x9C\x88";      // 月
inline constexpr std::string_view en_dash = "\xE2\x80\x93";  // –

// A cursor over the text being read; every failure names the offset and what would have been accepted.
class period_reader {
 public:
  period_reader(std::string_view text, std::string_view kind, std::string_view forms) noexcept
      : text_{text}, kind_{kind}, forms_{forms} {}

  [[noreturn]] void fail(std::string_view expected) const { fail_at(pos_, expected); }
  [[noreturn]] void fail_at(std::size_t offset, std::string_view expected) const {
    throw period_parse_error{text_, offset, kind_, expected, forms_};
  }
  std::size_t position() const noexcept { return pos_; }
  bool at_end() const noexcept { return pos_ == text_.size(); }
  void expect_end() const {
    if (!at_end()) fail("the end of the text");
  }
  // Consumes `literal` if the text continues with it.
  bool accept(std::string_view literal) noexcept {
    if (text_.substr(pos_).starts_with(literal)) {
      pos_ += literal.size();
      return true;
    }
    return false;
  }
  void expect(std::string_view literal, std::string_view description) {
    if (!accept(literal)) fail(description);
  }
  bool next_is_digit() const noexcept { return !at_end() && text_[pos_] >= '0' && text_[pos_] <= '9'; }
  // Exactly `count` decimal digits; a short group is reported where it starts.
  int digits(std::size_t count, std::string_view description) {
    const std::size_t start = pos_;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      if (!next_is_digit()) fail_at(start, description);
      value = value * 10 + (text_[pos_++] - '0');
    }
    return value;
  }
  // One or two decimal digits.
  int one_or_two_digits(std::string_view description) {
    int value = digits(1, description);
    if (next_is_digit()) value = value * 10 + digits(1, description);
    return value;
  }
  int year_number() {
    const std::size_t start = pos_;
    const int y = digits(4, "a four-digit year");
    if (y < min_year) fail_at(start, "a year from 0001 to 9999");
    return y;
  }
  // A number in [low, high] read by `read`; a value out of range is reported at its first digit.
  template <class Read>
  int number_in(int low, int high, std::string_view description, Read read) {
    const std::size_t start = pos_;
    const int n = read(description);
    if (n < low || n > high) fail_at(start, description);
    return n;
  }

 private:
  std::string_view text_;
  std::string_view kind_;
  std::string_view forms_;
  std::size_t pos_ = 0;
};

inline std::string two_digits(int n) {
  return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}
inline std::string four_digits(int n) { return two_digits(n / 100) + two_digits(n % 100); }

template <class P>
struct period_text;

template <>
struct period_text<year> {
  static constexpr std::string_view kind = "a year";
  static constexpr std::string_view forms = "YYYY";
  static year read(period_reader& r) { return year{r.year_number()}; }
};

template <>
struct period_text<month> {
  static constexpr std::string_view kind = "a month";
  static constexpr std::string_view forms = "YYYY-MM, YYYYMM";
  static month read(period_reader& r) {
    const int y = r.year_number();
    r.accept("-");
    const int m =
        r.number_in(1, 12, "a month number 01-12", [&](std::string_view d) { return r.digits(2, d); });
    return month{y, m};
  }
};

template <>
struct period_text<quarter> {
  static constexpr std::string_view kind = "a quarter";
  static constexpr std::string_view forms = "YYYYQn, YYYY-Qn";
  static quarter read(period_reader& r) {
    const int y = r.year_number();
    r.accept("-");
    r.expect("Q", "'Q'");
    return quarter{
        y, r.number_in(1, 4, "a quarter number 1-4", [&](std::string_view d) { return r.digits(1, d); })};
  }
};

template <>
struct period_text<half> {
  static constexpr std::string_view kind = "a half year";
  static constexpr std::string_view forms = "YYYYHn, YYYY-Hn";
  static half read(period_reader& r) {
    const int y = r.year_number();
    r.accept("-");
    r.expect("H", "'H'");
    return half{y,
                r.number_in(1, 2, "a half number 1-2", [&](std::string_view d) { return r.digits(1, d); })};
  }
};

template <>
struct period_text<ytd> {
  static constexpr std::string_view kind = "a year to date";
  static constexpr std::string_view forms =
      "YYYY Jan-Mmm, YYYY\xE5\xB9\xB4"
      "1-N\xE6\x9C\x88, YYYY\xE5\xB9\xB4"
      "1\xE6\x9C\x88";
  static ytd read(period_reader& r) {
    const int y = r.year_number();
    if (r.accept(" ")) {
      r.expect("Jan", "'Jan' (a year to date starts in January)");
      r.expect("-", "'-'");
      const std::size_t start = r.position();
      for (int m = 1; m <= 12; ++m) {
        if (r.accept(month_abbreviations[m - 1])) return ytd{y, m};
      }
      r.fail_at(start, "a month abbreviation Jan-Dec");
    }
    r.expect(nian, "' ' or '\xE5\xB9\xB4'");
    r.expect("1", "'1' (a year to date starts in January)");
    if (r.accept(yue)) return ytd{y, 1};
    if (!r.accept("-") && !r.accept(en_dash)) r.fail("'-' or '\xE6\x9C\x88'");
    const int n =
        r.number_in(1, 12, "a last month 1-12", [&](std::string_view d) { return r.one_or_two_digits(d); });
    r.expect(yue, "'\xE6\x9C\x88'");
    return ytd{y, n};
  }
};

template <class P>
struct period_text<span<P>> {
  static constexpr std::string_view kind = "a span of periods";
  static constexpr std::string_view forms = std::same_as<P, year> ? "YYYY-YYYY, FIRST..LAST" : "FIRST..LAST";
  static span<P> read(period_reader& r) {
    const P first = period_text<P>::read(r);
    if constexpr (std::same_as<P, year>) {
      if (!r.accept("..") && !r.accept("-") && !r.accept(en_dash)) r.fail("'-' or '..'");
    } else {
      r.expect("..", "'..'");
    }
    const std::size_t start = r.position();
    const P last = period_text<P>::read(r);
    if (last < first) r.fail_at(start, "a last period not before the first");
    return span<P>{first, last};
  }
};

}  // namespace detail

/** Reads a period of kind `P` from the whole of `text`; throws `period_parse_error` saying what was
    expected and where. Example: `parse_period<quarter>("2025-Q1")` is `quarter{2025, 1}`;
    `parse_period<ytd>("2025年1-11月")` is `ytd{2025, 11}`; `parse_period<span<year>>("2021-2025")`. */
template <class P>
requires requires(detail::period_reader& r) { detail::period_text<P>::read(r); }
P parse_period(std::string_view text) {
  detail::period_reader reader{text, detail::period_text<P>::kind, detail::period_text<P>::forms};
  const P p = detail::period_text<P>::read(reader);
  reader.expect_end();
  return p;
}

/** Reads UN Comtrade's `refPeriodId` (YYYYMMDD, the first day of the period) with its `refMonth`
    (1-12 for a month, 52 for a year) as a `month` or a `year`; surrounding spaces are ignored, and a
    mismatch between the two fields, or an annual record read as a month, is an error.
    Example: `parse_comtrade_period<year>("20250101", 52)` is `year{2025}`;
    `parse_comtrade_period<month>("20250301", 3)` is `month{2025, 3}`. */
template <class P>
requires std::same_as<P, month> || std::same_as<P, year> P
parse_comtrade_period(std::string_view ref_period_id, int ref_month) {
  while (ref_period_id.starts_with(' ')) ref_period_id.remove_prefix(1);
  while (ref_period_id.ends_with(' ')) ref_period_id.remove_suffix(1);
  constexpr std::string_view kind =
      std::same_as<P, year> ? "a Comtrade annual period" : "a Comtrade monthly period";
  constexpr std::string_view forms = std::same_as<P, year> ? "refPeriodId YYYY0101 with refMonth 52"
                                                           : "refPeriodId YYYYMM01 with refMonth MM";
  detail::period_reader r{ref_period_id, kind, forms};
  const int y = r.year_number();
  const std::size_t month_at = r.position();
  const int m =
      r.number_in(1, 12, "a month number 01-12", [&](std::string_view d) { return r.digits(2, d); });
  r.expect("01", "day 01 (refPeriodId is the first day of the period)");
  r.expect_end();
  if constexpr (std::same_as<P, year>) {
    if (ref_month != 52) {
      r.fail_at(month_at, "refMonth 52 for an annual record, got refMonth " + std::to_string(ref_month));
    }
    if (m != 1) r.fail_at(month_at, "month 01 for an annual record");
    return year{y};
  } else {
    if (ref_month == 52)
      r.fail_at(month_at, "a monthly record, but refMonth 52 marks an annual one: read it as a year");
    if (ref_month != m) {
      r.fail_at(month_at, "the month of refMonth " + std::to_string(ref_month) +
                              " (refPeriodId and refMonth disagree)");
    }
    return month{y, m};
  }
}

/** Reads a Comtrade period whose frequency the caller does not know: a `year` when `ref_month` is 52,
    a `month` otherwise, with the same checks as `parse_comtrade_period<P>`.
    Example: `std::get<year>(parse_comtrade_period("20250101", 52))` is `year{2025}`. */
inline std::variant<month, year> parse_comtrade_period(std::string_view ref_period_id, int ref_month) {
  if (ref_month == 52) return parse_comtrade_period<year>(ref_period_id, ref_month);
  return parse_comtrade_period<month>(ref_period_id, ref_month);
}

/** The period as sources print it. Example: `to_string(month{2025, 3})` is `"2025-03"`. */
inline std::string to_string(const month& m) {
  return detail::four_digits(m.year_number()) + "-" + detail::two_digits(m.number());
}
/** Example: `to_string(quarter{2025, 1})` is `"2025Q1"`. */
inline std::string to_string(const quarter& q) {
  return detail::four_digits(q.year_number()) + "Q" + std::to_string(q.number());
}
/** Example: `to_string(half{2025, 1})` is `"2025H1"`. */
inline std::string to_string(const half& h) {
  return detail::four_digits(h.year_number()) + "H" + std::to_string(h.number());
}
/** Example: `to_string(year{2025})` is `"2025"`. */
inline std::string to_string(const year& y) { return detail::four_digits(y.year_number()); }
/** Example: `to_string(ytd{2025, 11})` is `"2025 Jan-Nov"`; `to_string(ytd{2025, 1})` is `"2025 Jan-Jan"`. */
inline std::string to_string(const ytd& t) {
  return detail::four_digits(t.year_number()) + " Jan-" +
         std::string(detail::month_abbreviations[t.length() - 1]);
}
/** The Chinese form of a year to date. Example: `to_string_zh(ytd{2025, 11})` is `"2025年1-11月"`;
    `to_string_zh(ytd{2025, 1})` is `"2025年1月"`. */
inline std::string to_string_zh(const ytd& t) {
  // Appended into one string: g++ 12 -O3 warns (-Wrestrict, a false alarm) on "-" + std::string.
  std::string s = detail::four_digits(t.year_number());
  s.append(detail::nian).append("1");
  if (t.length() > 1) s.append("-").append(std::to_string(t.length()));
  s.append(detail::yue);
  return s;
}
/** Example: `to_string(span{year{2021}, year{2025}})` is `"2021-2025"`;
    `to_string(span{quarter{2025, 1}, quarter{2025, 3}})` is `"2025Q1..2025Q3"`. */
template <regular_period P>
std::string to_string(const span<P>& s) {
  return to_string(s.first()) + (std::same_as<P, year> ? "-" : "..") + to_string(s.last());
}
/** Example: `to_string(plan{14})` is `"14th Five-Year Plan (2021-2025)"`. */
inline std::string to_string(const plan& p) {
  const int n = p.number();
  const char* suffix = (n % 10 == 1 && n != 11)   ? "st"
                       : (n % 10 == 2 && n != 12) ? "nd"
                       : (n % 10 == 3 && n != 13) ? "rd"
                                                  : "th";
  return std::to_string(n) + suffix + " Five-Year Plan (" + to_string(p.years()) + ")";
}

/** Writes `to_string(p)`. Example: `std::cout << quarter{2025, 1}` prints `2025Q1`. */
template <calendar_period P>
requires requires(const P& p) { to_string(p); }
std::ostream& operator<<(std::ostream& os, const P& p) { return os << to_string(p); }

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_PERIOD_IO_HPP
