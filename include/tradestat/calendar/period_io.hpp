// Reading and writing periods in the forms statisticians write: 2025-03, 202503, 2025M03, March 2025,
// 2025年3月; 2025Q1, Q1 2025, 2025年一季度; 2025H1, 2025年上半年; 2025, 2025年; 2025 Jan-Nov,
// January-November 2025, 2025年1-11月; 2021-2025, 2021—2025年; 十四五; and Comtrade's refPeriodId/refMonth.
#ifndef TRADESTAT_CALENDAR_PERIOD_IO_HPP
#define TRADESTAT_CALENDAR_PERIOD_IO_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/span.hpp>
#include <tradestat/detail/digits.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <concepts>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace tradestat {

/** Any period a text can name: what `parse<any_period>(text)` returns when the caller does not know
    the kind. Example: `std::get<quarter>(parse<any_period>("2025年一季度"))` // quarter{2025, 1} */
using any_period = std::variant<month, quarter, half, year, ytd, span<month>, span<quarter>, span<half>,
                                span<year>, plan>;

namespace detail {

inline constexpr std::string_view month_names[12] = {"January", "February", "March",     "April",
                                                     "May",     "June",     "July",      "August",
                                                     "September", "October", "November", "December"};
inline constexpr std::string_view nian = "\xE5\xB9\xB4";  // 年
inline constexpr std::string_view yue = "\xE6\x9C\x88";   // 月
// 一 二 三 四 五 六 七 八 九 十: the numerals of quarters (一季度) and plans (十四五).
inline constexpr std::string_view zh_numerals[10] = {"\xE4\xB8\x80", "\xE4\xBA\x8C", "\xE4\xB8\x89",
                                                     "\xE5\x9B\x9B", "\xE4\xBA\x94", "\xE5\x85\xAD",
                                                     "\xE4\xB8\x83", "\xE5\x85\xAB", "\xE4\xB9\x9D",
                                                     "\xE5\x8D\x81"};
inline constexpr std::string_view zh_quarter = "\xE5\xAD\xA3\xE5\xBA\xA6";               // 季度
inline constexpr std::string_view zh_ordinal = "\xE7\xAC\xAC";                           // 第
inline constexpr std::string_view zh_first_half = "\xE4\xB8\x8A\xE5\x8D\x8A\xE5\xB9\xB4";   // 上半年
inline constexpr std::string_view zh_second_half = "\xE4\xB8\x8B\xE5\x8D\x8A\xE5\xB9\xB4";  // 下半年
// The range dashes statisticians write: - – — ～ ~ and 至 ("to").
inline constexpr std::string_view range_dashes[6] = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xEF\xBD\x9E", "~",
                                                     "\xE8\x87\xB3"};
// Around a plan's name: “十四五” and 十四五规划, 十四五计划, 十四五时期.
inline constexpr std::string_view zh_open_quote = "\xE2\x80\x9C", zh_close_quote = "\xE2\x80\x9D";
inline constexpr std::string_view plan_suffixes[3] = {"\xE8\xA7\x84\xE5\x88\x92", "\xE8\xAE\xA1\xE5\x88\x92",
                                                      "\xE6\x97\xB6\xE6\x9C\x9F"};

// std::visit over the ten alternatives, without std::visit's dispatch tables (cheaper to compile):
// the alternatives are trivially copyable, so the variant is never valueless.
template <class F>
constexpr decltype(auto) visit_period(const any_period& p, F&& f) {
  switch (p.index()) {
    case 0: return f(*std::get_if<0>(&p));
    case 1: return f(*std::get_if<1>(&p));
    case 2: return f(*std::get_if<2>(&p));
    case 3: return f(*std::get_if<3>(&p));
    case 4: return f(*std::get_if<4>(&p));
    case 5: return f(*std::get_if<5>(&p));
    case 6: return f(*std::get_if<6>(&p));
    case 7: return f(*std::get_if<7>(&p));
    case 8: return f(*std::get_if<8>(&p));
    default: return f(*std::get_if<9>(&p));
  }
}
static_assert(std::variant_size_v<any_period> == 10, "visit_period names every alternative");

// What each kind is called in messages, and how it is written (the list the message ends with).
template <class P>
struct period_words;
template <>
struct period_words<month> {
  static constexpr std::string_view name = "a month";
  static constexpr std::string_view forms =
      "a month is written 2025-03, 202503, 2025M03, 2025\xE5\xB9\xB4"
      "3\xE6\x9C\x88, March 2025 or Mar 2025";
};
template <>
struct period_words<quarter> {
  static constexpr std::string_view name = "a quarter";
  static constexpr std::string_view forms =
      "a quarter is written 2025Q1, 2025-Q1, Q1 2025, 2025\xE5\xB9\xB4\xE4\xB8\x80\xE5\xAD\xA3\xE5\xBA\xA6 or "
      "2025\xE5\xB9\xB4\xE7\xAC\xAC\xE4\xB8\x80\xE5\xAD\xA3\xE5\xBA\xA6";
};
template <>
struct period_words<half> {
  static constexpr std::string_view name = "a half year";
  static constexpr std::string_view forms =
      "a half year is written 2025H1, 2025-H1, H1 2025, 2025\xE5\xB9\xB4\xE4\xB8\x8A\xE5\x8D\x8A\xE5\xB9\xB4 or "
      "2025\xE5\xB9\xB4\xE4\xB8\x8B\xE5\x8D\x8A\xE5\xB9\xB4";
};
template <>
struct period_words<year> {
  static constexpr std::string_view name = "a year";
  static constexpr std::string_view forms = "a year is written 2025 or 2025\xE5\xB9\xB4";
};
template <>
struct period_words<ytd> {
  static constexpr std::string_view name = "a year to date";
  static constexpr std::string_view forms =
      "a year to date is written 2025 Jan-Nov, Jan-Nov 2025, January-November 2025, "
      "2025\xE5\xB9\xB4"
      "1-11\xE6\x9C\x88 or 2025\xE5\xB9\xB4"
      "1\xE6\x9C\x88";
};
template <>
struct period_words<span<year>> {
  static constexpr std::string_view name = "a span of years";
  static constexpr std::string_view forms =
      "a span of years is written 2021-2025, 2021..2025 or 2021\xE2\x80\x94"
      "2025\xE5\xB9\xB4";
};
template <>
struct period_words<span<month>> {
  static constexpr std::string_view name = "a span of months";
  static constexpr std::string_view forms =
      "a span of months is written 2025-02..2025-05, Feb-May 2025 or 2025\xE5\xB9\xB4"
      "2-5\xE6\x9C\x88";
};
template <>
struct period_words<span<quarter>> {
  static constexpr std::string_view name = "a span of quarters";
  static constexpr std::string_view forms = "a span of quarters is written 2025Q1..2025Q3";
};
template <>
struct period_words<span<half>> {
  static constexpr std::string_view name = "a span of half years";
  static constexpr std::string_view forms = "a span of half years is written 2024H2..2025H1";
};
template <>
struct period_words<plan> {
  static constexpr std::string_view name = "a five-year plan";
  static constexpr std::string_view forms =
      "a five-year plan is written \xE5\x8D\x81\xE5\x9B\x9B\xE4\xBA\x94, 2021\xE2\x80\x94"
      "2025\xE5\xB9\xB4 or 14th Five-Year Plan (2021-2025)";
};
template <>
struct period_words<any_period> {
  static constexpr std::string_view name = "a period";
  static constexpr std::string_view forms =
      "a period is written e.g. 2025, 2025-03, 2025Q1, 2025H1, 2025 Jan-Nov, 2021-2025, "
      "2025\xE5\xB9\xB4"
      "3\xE6\x9C\x88, 2025\xE5\xB9\xB4"
      "1-3\xE6\x9C\x88, 2025\xE5\xB9\xB4\xE4\xB8\x80\xE5\xAD\xA3\xE5\xBA\xA6, "
      "2025\xE5\xB9\xB4\xE4\xB8\x8A\xE5\x8D\x8A\xE5\xB9\xB4, \xE5\x8D\x81\xE5\x9B\x9B\xE4\xBA\x94, Q1 2025, "
      "March 2025, January-November 2025 or 2025M03";
};

constexpr bool is_ascii_letter(char c) noexcept { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
constexpr char ascii_lower_letter(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool same_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower_letter(a[i]) != ascii_lower_letter(b[i])) return false;
  return true;
}

// A cursor over the text being read; every failure is a parse_error naming the offset, what was
// expected there, and how the kind asked for is written.
class period_reader {
 public:
  period_reader(std::string_view text, std::string_view target, std::string_view forms) noexcept
      : text_{text}, target_{target}, forms_{forms} {}

  [[noreturn]] void fail(std::string_view expected) const { fail_at(pos_, expected); }
  [[noreturn]] void fail_at(std::size_t offset, std::string_view expected) const {
    std::string problem = "expected ";
    problem += expected;
    problem += " (";
    problem += forms_;
    problem += ')';
    throw parse_error(text_, offset, target_, problem);
  }
  // A problem that is not "expected ...": the text reads as another kind of period.
  [[noreturn]] void fail_with(std::size_t offset, std::string_view problem_text) const {
    std::string problem{problem_text};
    problem += " (";
    problem += forms_;
    problem += ')';
    throw parse_error(text_, offset, target_, problem);
  }
  std::string_view text() const noexcept { return text_; }
  std::size_t position() const noexcept { return pos_; }
  bool at_end() const noexcept { return pos_ == text_.size(); }
  std::string_view rest() const noexcept { return text_.substr(pos_); }
  void expect_end() const {
    if (!at_end()) fail("the end of the text");
  }
  bool next_is(std::string_view literal) const noexcept { return rest().starts_with(literal); }
  // Consumes `literal` if the text continues with it.
  bool accept(std::string_view literal) noexcept {
    if (!next_is(literal)) return false;
    pos_ += literal.size();
    return true;
  }
  void expect(std::string_view literal, std::string_view description) {
    if (!accept(literal)) fail(description);
  }
  bool accept_range_dash() noexcept {
    for (std::string_view d : range_dashes)
      if (accept(d)) return true;
    return false;
  }
  bool next_is_digit() const noexcept { return !at_end() && is_digit(text_[pos_]); }
  bool next_is_letter() const noexcept { return !at_end() && is_ascii_letter(text_[pos_]); }
  std::size_t digits_ahead() const noexcept { return leading_digits(rest()); }
  // Exactly `count` digits; a short group is reported where it starts.
  int digits(std::size_t count, std::string_view description) {
    if (digits_ahead() < count) fail(description);
    const int v = digits_value<int>(text_.substr(pos_, count));
    pos_ += count;
    return v;
  }
  // One or two digits.
  int one_or_two_digits(std::string_view description) {
    const std::size_t n = digits_ahead();
    if (n == 0) fail(description);
    return digits(n >= 2 ? 2 : 1, description);
  }
  // A number in [low, high]; a value out of range is reported at its first digit.
  int number_in(int low, int high, int n, std::size_t at, std::string_view description) const {
    if (n < low || n > high) fail_at(at, description);
    return n;
  }
  int year_number() {
    const std::size_t start = pos_;
    const int y = digits(4, "a four-digit year");
    return number_in(min_year, max_year, y, start, "a year from 0001 to 9999");
  }
  // An English month name or its three-letter abbreviation, ASCII case ignored: 1 to 12.
  int month_name() {
    const std::size_t start = pos_;
    while (next_is_letter()) ++pos_;
    const std::string_view word = text_.substr(start, pos_ - start);
    for (int m = 0; m < 12; ++m) {
      const std::string_view full = month_names[m];
      if (same_ignoring_ascii_case(word, full) || same_ignoring_ascii_case(word, full.substr(0, 3))) return m + 1;
    }
    fail_at(start, "an English month name (January or Jan)");
  }
  // 一 to 四 (or 1 to `high` in digits).
  int small_number(int high, std::string_view description) {
    const std::size_t start = pos_;
    if (next_is_digit()) return number_in(1, high, one_or_two_digits(description), start, description);
    for (int n = 1; n <= high; ++n)
      if (accept(zh_numerals[n - 1])) return n;
    fail(description);
  }

 private:
  std::string_view text_;
  std::string_view target_;
  std::string_view forms_;
  std::size_t pos_ = 0;
};

// The months first..last of one year: a year to date when it starts in January, else a span.
inline any_period month_range(period_reader& r, int y, int first, int last, std::size_t last_at) {
  if (last < first) r.fail_at(last_at, "a last month not before the first");
  if (first == 1) return ytd{y, last};
  return span<month>{month{y, first}, month{y, last}};
}

// After "2025年": a month (3月), a month range (1-3月), a quarter (一季度, 第一季度, 1季度), a half
// (上半年, 下半年) or nothing (the year).
inline any_period read_after_nian(period_reader& r, int y) {
  if (r.at_end()) return year{y};
  if (r.accept(zh_ordinal)) {
    const int q = r.small_number(4, "a quarter number \xE4\xB8\x80 to \xE5\x9B\x9B (or 1 to 4)");
    r.expect(zh_quarter, "'\xE5\xAD\xA3\xE5\xBA\xA6'");
    return quarter{y, q};
  }
  for (int q = 1; q <= 4; ++q) {
    if (r.accept(zh_numerals[q - 1])) {
      r.expect(zh_quarter, "'\xE5\xAD\xA3\xE5\xBA\xA6' (a quarter is written \xE4\xB8\x80\xE5\xAD\xA3\xE5\xBA\xA6)");
      return quarter{y, q};
    }
  }
  if (r.accept(zh_first_half)) return half{y, 1};
  if (r.accept(zh_second_half)) return half{y, 2};
  if (r.next_is_digit()) {
    const std::size_t at = r.position();
    const int n = r.one_or_two_digits("a month number 1-12");
    if (r.accept(zh_quarter)) return quarter{y, r.number_in(1, 4, n, at, "a quarter number 1-4")};
    r.number_in(1, 12, n, at, "a month number 1-12");
    if (r.accept(yue)) return month{y, n};
    if (r.accept_range_dash()) {
      const std::size_t last_at = r.position();
      const int last = r.number_in(1, 12, r.one_or_two_digits("a last month 1-12"), last_at, "a last month 1-12");
      r.expect(yue, "'\xE6\x9C\x88'");
      return month_range(r, y, n, last, last_at);
    }
    r.fail("'\xE6\x9C\x88', '\xE5\xAD\xA3\xE5\xBA\xA6' or a dash and a last month");
  }
  r.fail(
      "a month (3\xE6\x9C\x88), a quarter (\xE4\xB8\x80\xE5\xAD\xA3\xE5\xBA\xA6), a half "
      "(\xE4\xB8\x8A\xE5\x8D\x8A\xE5\xB9\xB4) or the end of the text");
}

// Text that starts with a four-digit year.
inline any_period read_from_year(period_reader& r) {
  const int y = r.year_number();
  if (r.at_end()) return year{y};
  if (r.next_is_digit()) {  // 202503
    const std::size_t at = r.position();
    return month{y, r.number_in(1, 12, r.digits(2, "a month number 01-12"), at, "a month number 01-12")};
  }
  if (r.accept("M")) {  // 2025M03
    const std::size_t at = r.position();
    return month{y, r.number_in(1, 12, r.one_or_two_digits("a month number 01-12"), at, "a month number 01-12")};
  }
  if (r.next_is("-")) {
    // 2025-03, 2025-Q1, 2025-H1; in 2021-2025 the dash starts a span, which the caller reads.
    const std::string_view after = r.rest().substr(1);
    if (after.starts_with("Q") || after.starts_with("H")) {
      r.accept("-");
    } else if (leading_digits(after) == 4) {
      return year{y};
    } else {
      r.accept("-");
      const std::size_t at = r.position();
      return month{y, r.number_in(1, 12, r.digits(2, "a month number 01-12"), at, "a month number 01-12")};
    }
  }
  if (r.accept("Q")) {
    const std::size_t at = r.position();
    return quarter{y, r.number_in(1, 4, r.digits(1, "a quarter number 1-4"), at, "a quarter number 1-4")};
  }
  if (r.accept("H")) {
    const std::size_t at = r.position();
    return half{y, r.number_in(1, 2, r.digits(1, "a half number 1-2"), at, "a half number 1-2")};
  }
  if (r.next_is(" ") && r.rest().size() > 1 && is_ascii_letter(r.rest()[1])) {  // 2025 Jan-Nov
    r.accept(" ");
    const int first = r.month_name();
    if (!r.accept_range_dash()) r.fail("a dash and a last month (2025 Jan-Nov)");
    const std::size_t last_at = r.position();
    const int last = r.month_name();
    return month_range(r, y, first, last, last_at);
  }
  if (r.accept(nian)) return read_after_nian(r, y);
  return year{y};
}

// March 2025, Mar 2025, January-November 2025, Jan-Nov 2025.
inline any_period read_from_month_name(period_reader& r) {
  const int first = r.month_name();
  if (r.accept(" ")) return month{r.year_number(), first};
  if (r.accept_range_dash()) {
    const std::size_t last_at = r.position();
    const int last = r.month_name();
    r.expect(" ", "' ' and a year");
    const int y = r.year_number();
    return month_range(r, y, first, last, last_at);
  }
  r.fail("' ' and a year (March 2025), or a dash and a last month (January-November 2025)");
}

// 十四五, “十四五”, 十四五规划: the plan's number in Chinese numerals, then 五.
inline plan read_plan_zh(period_reader& r) {
  const bool quoted = r.accept(zh_open_quote);
  const std::size_t at = r.position();
  auto numeral = [](int n) {
    std::string s;
    if (n >= 10) s += zh_numerals[9];
    if (n % 10 != 0) s += zh_numerals[n % 10 - 1];
    s += zh_numerals[4];  // 五
    return s;
  };
  int best = 0;
  std::size_t best_size = 0;
  for (int n = plan::first_number; n <= plan::last_number; ++n) {
    const std::string s = numeral(n);
    if (r.next_is(s) && s.size() > best_size) best = n, best_size = s.size();
  }
  if (best == 0) r.fail_at(at, "a five-year plan such as \xE5\x8D\x81\xE5\x9B\x9B\xE4\xBA\x94 (the 1st to the 15th)");
  r.accept(numeral(best));
  if (quoted) r.expect(zh_close_quote, "'\xE2\x80\x9D'");
  for (std::string_view suffix : plan_suffixes)
    if (r.accept(suffix)) break;
  return plan{best};
}

constexpr std::string_view ordinal_suffix(int n) noexcept {
  return (n % 10 == 1 && n != 11) ? "st" : (n % 10 == 2 && n != 12) ? "nd" : (n % 10 == 3 && n != 13) ? "rd" : "th";
}

// 14th Five-Year Plan, optionally with its years: 14th Five-Year Plan (2021-2025).
inline plan read_plan_en(period_reader& r) {
  const std::size_t at = r.position();
  const int n = r.number_in(plan::first_number, plan::last_number, r.one_or_two_digits("a plan number"), at,
                            "a plan number from 1 to 15");
  r.expect(ordinal_suffix(n), ordinal_suffix(n) == "st"   ? "'st'"
                              : ordinal_suffix(n) == "nd" ? "'nd'"
                              : ordinal_suffix(n) == "rd" ? "'rd'"
                                                          : "'th'");
  r.expect(" Five-Year Plan", "' Five-Year Plan'");
  const plan p{n};
  if (r.accept(" (")) {
    const std::size_t years_at = r.position();
    const int first = r.year_number();
    if (!r.accept_range_dash()) r.fail("a dash and the plan's last year");
    const int last = r.year_number();
    if (first != p.first_year().year_number() || last != p.last_year().year_number())
      r.fail_at(years_at, "the plan's own years");
    r.expect(")", "')'");
  }
  return p;
}

// One period, not a span.
inline any_period read_single(period_reader& r) {
  const std::size_t digits = r.digits_ahead();
  if (digits >= 1 && digits <= 2 && r.rest().size() > digits && is_ascii_letter(r.rest()[digits]))
    return read_plan_en(r);
  if (digits > 0) return read_from_year(r);
  if ((r.next_is("Q") || r.next_is("H")) && r.rest().size() > 1 && is_digit(r.rest()[1])) {
    const bool is_quarter = r.accept("Q");
    if (!is_quarter) r.accept("H");
    const std::size_t at = r.position();
    const int n = r.digits(1, "a number");
    r.number_in(1, is_quarter ? 4 : 2, n, at, is_quarter ? "a quarter number 1-4" : "a half number 1-2");
    r.expect(" ", "' ' and a year");
    const int y = r.year_number();
    if (is_quarter) return quarter{y, n};
    return half{y, n};
  }
  if (r.next_is_letter()) return read_from_month_name(r);
  if (!r.at_end() && static_cast<unsigned char>(r.rest()[0]) >= 0x80) return read_plan_zh(r);  // 十四五
  r.fail("a period: a four-digit year (2025), Q1 2025, March 2025 or \xE5\x8D\x81\xE5\x9B\x9B\xE4\xBA\x94");
}

// After a first period of a regular kind: the period itself, or the span FIRST..LAST (or
// FIRST-LAST with any range dash) when a range follows.
template <regular_period P>
any_period read_span_after(period_reader& r, const P& first) {
  if (!r.accept("..") && !r.accept_range_dash()) return first;
  const std::size_t last_at = r.position();
  const any_period second = read_single(r);
  const P* last = std::get_if<P>(&second);
  if (last == nullptr) {
    std::string expected{"a last period of the same kind as the first ("};
    expected += period_words<P>::name;
    expected += ')';
    r.fail_at(last_at, expected);
  }
  if (*last < first) r.fail_at(last_at, "a last period not before the first");
  return span<P>{first, *last};
}

// A period, or a span of one regular kind (month, quarter, half, year). Tested one kind at a time
// rather than visited: a generic lambda over the ten alternatives cost 5 MB of g++'s memory.
inline any_period read_any(period_reader& r) {
  const any_period first = read_single(r);
  if (const month* p = std::get_if<month>(&first)) return read_span_after(r, *p);
  if (const quarter* p = std::get_if<quarter>(&first)) return read_span_after(r, *p);
  if (const half* p = std::get_if<half>(&first)) return read_span_after(r, *p);
  if (const year* p = std::get_if<year>(&first)) return read_span_after(r, *p);
  return first;
}

inline std::string_view kind_name(const any_period& p) {
  return visit_period(p, [](const auto& v) { return period_words<std::remove_cvref_t<decltype(v)>>::name; });
}

// Reads the whole text as a P, taking the forms that name the same months in another kind's words:
// 2025年1月 is a month and also a year to date; 2021—2025年 is a span of years and the 14th plan.
template <class P>
P read_period_as(std::string_view text) {
  period_reader r{text, period_words<P>::name, period_words<P>::forms};
  const any_period v = read_any(r);
  r.expect_end();
  if constexpr (std::same_as<P, any_period>) {
    return v;
  } else {
    if (const P* p = std::get_if<P>(&v)) return *p;
    if constexpr (std::same_as<P, ytd>) {
      if (const month* m = std::get_if<month>(&v); m && m->number() == 1) return ytd{*m};
      if (const span<month>* s = std::get_if<span<month>>(&v);
          s && s->first().number() == 1 && s->first().year_number() == s->last().year_number())
        return ytd{s->last()};
    } else if constexpr (std::same_as<P, span<month>>) {
      if (const ytd* t = std::get_if<ytd>(&v)) return span<month>{t->first_month(), t->last_month()};
    } else if constexpr (std::same_as<P, span<year>>) {
      if (const plan* p = std::get_if<plan>(&v)) return p->years();
    } else if constexpr (std::same_as<P, plan>) {
      if (const span<year>* s = std::get_if<span<year>>(&v)) {
        const auto p = plan_of(s->first());
        if (p && p->years() == *s) return *p;
        r.fail_with(0, "these years are not the years of a five-year plan");
      }
    }
    std::string problem{"the text reads as "};
    problem += kind_name(v);
    problem += ", not as ";
    problem += period_words<P>::name;
    r.fail_with(0, problem);
  }
}

inline void append_digits(std::string& s, int n, int width) {
  char buf[4];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + n % 10);
    n /= 10;
  }
  s.append(buf, static_cast<std::size_t>(width));
}
inline void append_number(std::string& s, int n) { s += std::to_string(n); }

}  // namespace detail

/** Reads a month: 2025-03, 202503, 2025M03, 2025年3月, March 2025, Mar 2025.
    Example: `parse<month>("2025年3月")` // month{2025, 3} */
template <>
struct text_parser<month> {
  static month parse(std::string_view text) { return detail::read_period_as<month>(text); }
};
/** Reads a quarter: 2025Q1, 2025-Q1, Q1 2025, 2025年一季度, 2025年第一季度.
    Example: `parse<quarter>("Q1 2025")` // quarter{2025, 1} */
template <>
struct text_parser<quarter> {
  static quarter parse(std::string_view text) { return detail::read_period_as<quarter>(text); }
};
/** Reads a half year: 2025H1, 2025-H1, H1 2025, 2025年上半年, 2025年下半年.
    Example: `parse<half>("2025年下半年")` // half{2025, 2} */
template <>
struct text_parser<half> {
  static half parse(std::string_view text) { return detail::read_period_as<half>(text); }
};
/** Reads a year: 2025, 2025年. Example: `parse<year>("2025年")` // year{2025} */
template <>
struct text_parser<year> {
  static year parse(std::string_view text) { return detail::read_period_as<year>(text); }
};
/** Reads a year to date: 2025 Jan-Nov, Jan-Nov 2025, January-November 2025, 2025年1-11月 (any of
    - – — ～ ~ 至 as the dash), 2025年1月. Example: `parse<ytd>("2025年1—11月")` // ytd{2025, 11} */
template <>
struct text_parser<ytd> {
  static ytd parse(std::string_view text) { return detail::read_period_as<ytd>(text); }
};
/** Reads a five-year plan: 十四五 (also “十四五”, 十四五规划), its years 2021—2025年, or
    14th Five-Year Plan (2021-2025). Example: `parse<plan>("十四五")` // plan{14} */
template <>
struct text_parser<plan> {
  static plan parse(std::string_view text) { return detail::read_period_as<plan>(text); }
};
/** Reads a span FIRST..LAST or FIRST-LAST (any range dash); years also 2021—2025年, months also
    2025年2-5月 and Feb-May 2025. Example: `parse<span<year>>("2021-2025")` // span{year{2021}, year{2025}} */
template <regular_period P>
struct text_parser<span<P>> {
  static span<P> parse(std::string_view text) { return detail::read_period_as<span<P>>(text); }
};
/** Reads any form above, and says which kind it was by the alternative it holds; it reads the text
    once (no trial and error). Example: `std::holds_alternative<ytd>(parse<any_period>("2025年1-3月"))` // true */
template <>
struct text_parser<any_period> {
  static any_period parse(std::string_view text) { return detail::read_period_as<any_period>(text); }
};

/** Reads UN Comtrade's `refPeriodId` (YYYYMMDD, the first day of the period) with its `refMonth`
    (1-12 for a month, 52 for a year) as a `month` or a `year`; surrounding spaces are ignored, and a
    mismatch between the two fields, or an annual record read as a month, is a parse_error.
    Example: `parse_comtrade_period<year>("20250101", 52)` // year{2025}; `parse_comtrade_period<month>("20250301", 3)` // month{2025, 3} */
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
  const int m = r.number_in(1, 12, r.digits(2, "a month number 01-12"), month_at, "a month number 01-12");
  r.expect("01", "day 01 (refPeriodId is the first day of the period)");
  r.expect_end();
  if constexpr (std::same_as<P, year>) {
    if (ref_month != 52) {
      std::string expected{"refMonth 52 for an annual record, got refMonth "};
      expected += std::to_string(ref_month);
      r.fail_at(month_at, expected);
    }
    if (m != 1) r.fail_at(month_at, "month 01 for an annual record");
    return year{y};
  } else {
    if (ref_month == 52)
      r.fail_at(month_at, "a monthly record, but refMonth 52 marks an annual one: read it as a year");
    if (ref_month != m) {
      std::string expected{"the month of refMonth "};
      expected += std::to_string(ref_month);
      expected += " (refPeriodId and refMonth disagree)";
      r.fail_at(month_at, expected);
    }
    return month{y, m};
  }
}

/** Reads a Comtrade period whose frequency the caller does not know: a `year` when `ref_month` is 52,
    a `month` otherwise, with the same checks as `parse_comtrade_period<P>`.
    Example: `std::get<year>(parse_comtrade_period("20250101", 52))` // year{2025} */
inline std::variant<month, year> parse_comtrade_period(std::string_view ref_period_id, int ref_month) {
  if (ref_month == 52) return parse_comtrade_period<year>(ref_period_id, ref_month);
  return parse_comtrade_period<month>(ref_period_id, ref_month);
}

/** A month as sources print it; in Chinese, as statisticians write it (precision is ignored: a
    period has no digits to round). Example: `to_string(month{2025, 3})` // "2025-03";
    `to_string(month{2025, 3}, {.lang = language::zh})` // "2025年3月" */
inline std::string to_string(const month& m, text_format f = {}) {
  std::string s;
  detail::append_digits(s, m.year_number(), 4);
  if (f.lang == language::zh) {
    s += detail::nian;
    detail::append_number(s, m.number());
    s += detail::yue;
  } else {
    s += '-';
    detail::append_digits(s, m.number(), 2);
  }
  return s;
}
/** Example: `to_string(quarter{2025, 1})` // "2025Q1"; `to_string(quarter{2025, 1}, {.lang = language::zh})` // "2025年一季度" */
inline std::string to_string(const quarter& q, text_format f = {}) {
  std::string s;
  detail::append_digits(s, q.year_number(), 4);
  if (f.lang == language::zh) {
    s += detail::nian;
    s += detail::zh_numerals[q.number() - 1];
    s += detail::zh_quarter;
  } else {
    s += 'Q';
    detail::append_number(s, q.number());
  }
  return s;
}
/** Example: `to_string(half{2025, 1})` // "2025H1"; `to_string(half{2025, 1}, {.lang = language::zh})` // "2025年上半年" */
inline std::string to_string(const half& h, text_format f = {}) {
  std::string s;
  detail::append_digits(s, h.year_number(), 4);
  if (f.lang == language::zh) {
    s += detail::nian;
    s += h.number() == 1 ? detail::zh_first_half : detail::zh_second_half;
  } else {
    s += 'H';
    detail::append_number(s, h.number());
  }
  return s;
}
/** Example: `to_string(year{2025})` // "2025"; `to_string(year{2025}, {.lang = language::zh})` // "2025年" */
inline std::string to_string(const year& y, text_format f = {}) {
  std::string s;
  detail::append_digits(s, y.year_number(), 4);
  if (f.lang == language::zh) s += detail::nian;
  return s;
}
/** Example: `to_string(ytd{2025, 11})` // "2025 Jan-Nov"; `to_string(ytd{2025, 11}, {.lang = language::zh})`
    // "2025年1-11月"; `to_string(ytd{2025, 1}, {.lang = language::zh})` // "2025年1月" */
inline std::string to_string(const ytd& t, text_format f = {}) {
  std::string s;
  detail::append_digits(s, t.year_number(), 4);
  if (f.lang == language::zh) {
    s += detail::nian;
    s += '1';
    if (t.length() > 1) {
      s += '-';
      detail::append_number(s, t.length());
    }
    s += detail::yue;
  } else {
    s += " Jan-";
    s += detail::month_names[t.length() - 1].substr(0, 3);
  }
  return s;
}
/** Example: `to_string(span{year{2021}, year{2025}})` // "2021-2025"; `to_string(span{quarter{2025, 1},
    quarter{2025, 3}})` // "2025Q1..2025Q3"; in Chinese `2021-2025年`, `2025年2-5月`, `2025年一季度-2025年三季度`. */
template <regular_period P>
std::string to_string(const span<P>& sp, text_format f = {}) {
  std::string s;
  if (f.lang == language::zh) {
    if constexpr (std::same_as<P, year>) {
      s += to_string(sp.first());
      s += '-';
      s += to_string(sp.last(), f);
    } else if constexpr (std::same_as<P, month>) {
      if (sp.first().year_number() == sp.last().year_number()) {
        // 2025年2-5月 (from January it is a year to date, and reads back as one, then converts).
        detail::append_digits(s, sp.first().year_number(), 4);
        s += detail::nian;
        detail::append_number(s, sp.first().number());
        s += '-';
        detail::append_number(s, sp.last().number());
        s += detail::yue;
        return s;
      }
      s += to_string(sp.first(), f);
      s += '-';
      s += to_string(sp.last(), f);
    } else {
      s += to_string(sp.first(), f);
      s += '-';
      s += to_string(sp.last(), f);
    }
  } else {
    s += to_string(sp.first());
    s += std::same_as<P, year> ? "-" : "..";
    s += to_string(sp.last());
  }
  return s;
}
/** Example: `to_string(plan{14})` // "14th Five-Year Plan (2021-2025)"; `to_string(plan{14}, {.lang = language::zh})` // "十四五" */
inline std::string to_string(const plan& p, text_format f = {}) {
  const int n = p.number();
  std::string s;
  if (f.lang == language::zh) {
    if (n >= 10) s += detail::zh_numerals[9];
    if (n % 10 != 0) s += detail::zh_numerals[n % 10 - 1];
    s += detail::zh_numerals[4];
    return s;
  }
  detail::append_number(s, n);
  s += detail::ordinal_suffix(n);
  s += " Five-Year Plan (";
  s += to_string(p.years());
  s += ')';
  return s;
}
/** Whichever period the variant holds. Example: `to_string(parse<any_period>("2025年3月"))` // "2025-03" */
inline std::string to_string(const any_period& p, text_format f = {}) {
  return detail::visit_period(p, [&](const auto& v) { return to_string(v, f); });
}

namespace detail {
template <class P>
concept printable_period = calendar_period<P> && requires(const P& p, text_format f) {
  { to_string(p, f) } -> std::same_as<std::string>;
};
}  // namespace detail

/** Writes `to_string(p)`. Example: `std::cout << quarter{2025, 1}` // prints 2025Q1 */
template <class CharT, class Traits, detail::printable_period P>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const P& p) {
  const std::string s = to_string(p);
  return os << s.c_str();
}
/** Writes `to_string(p)` for whichever period the variant holds. Example: `std::cout << parse<any_period>("Q1 2025")` // prints 2025Q1 */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const any_period& p) {
  const std::string s = to_string(p);
  return os << s.c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_PERIOD_IO_HPP
