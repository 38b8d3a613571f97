// Printing published figures, and reading them from the words a release prints: "520.4 billion
// yuan", "5203.7亿元", "over 1.71 trillion yuan", "up 19.9 %", "同比下降8.9%", "over half",
// "提高4.8个百分点".
#ifndef TRADESTAT_ANALYSIS_PUBLISHED_IO_HPP
#define TRADESTAT_ANALYSIS_PUBLISHED_IO_HPP

#include <tradestat/analysis/interval.hpp>
#include <tradestat/analysis/published.hpp>
#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace tradestat {

namespace detail {

/** How a printed figure relates to its number. */
enum class figure_bound { rounded, at_least, at_most };

inline bool strip_prefix(std::string_view& text, std::string_view word) {
  if (text.substr(0, word.size()) == word) {
    text.remove_prefix(word.size());
    while (!text.empty() && text.front() == ' ') {
      text.remove_prefix(1);
    }
    return true;
  }
  return false;
}

inline bool strip_suffix(std::string_view& text, std::string_view word) {
  if (text.size() >= word.size() && text.substr(text.size() - word.size()) == word) {
    text.remove_suffix(word.size());
    while (!text.empty() && text.back() == ' ') {
      text.remove_suffix(1);
    }
    return true;
  }
  return false;
}

/** Strips "over", "more than", "超过"... or "below", "under", "不到"... and says which. */
inline figure_bound strip_bound(std::string_view& text) {
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  static constexpr std::array<std::string_view, 5> lower_words{"over ", "more than ", "above ", "超过", "逾"};
  static constexpr std::array<std::string_view, 5> upper_words{"below ", "under ", "less than ", "不到",
                                                               "低于"};
  for (const std::string_view w : lower_words) {
    if (strip_prefix(text, w)) {
      return figure_bound::at_least;
    }
  }
  for (const std::string_view w : upper_words) {
    if (strip_prefix(text, w)) {
      return figure_bound::at_most;
    }
  }
  return figure_bound::rounded;
}

inline interval figure_interval(figure_bound b, const quotient& value, const quotient& half_step) {
  switch (b) {
    case figure_bound::at_least:
      return interval::at_least(value);
    case figure_bound::at_most:
      return interval::at_most(value);
    case figure_bound::rounded:
      break;
  }
  return interval::closed(value - half_step, value + half_step);
}

[[noreturn]] inline void fail_figure(std::string_view text, std::string_view at, const std::string& why) {
  // `at` is a view into `text`: the offset is where it starts.
  const auto offset = static_cast<std::size_t>(at.data() - text.data());
  throw parse_error(text, offset <= text.size() ? offset : 0, "a published figure", why);
}

}  // namespace detail

namespace detail {

template <money_type M>
published<M> read_published_amount(std::string_view text) {
  std::string_view rest = text;
  const figure_bound b = strip_bound(rest);
  parsed_amount a;
  try {
    a = parse_amount_text(rest);
  } catch (const parse_error& e) {
    // Offsets are in the whole text, past any "over" or "超过".
    fail_figure(text, rest.substr(e.offset() <= rest.size() ? e.offset() : 0), std::string(e.what()));
  }
  if (!a.alpha.empty() && a.alpha != M::currency_type::alpha) {
    fail_figure(text, rest, "it is in " + std::string(a.alpha) + ", not " + std::string(M::currency_type::alpha));
  }
  if (a.exponent < -18 || a.exponent > 18 || a.digits > int128{1'000'000'000'000'000'000}) {
    fail_figure(text, rest, "too many digits");
  }
  const quotient unit = power_of_ten(a.exponent);
  const quotient value = quotient(static_cast<std::int64_t>(a.negative ? -a.digits : a.digits)) * unit;
  return published<M>(figure_interval(b, value, unit * quotient(1, 2)));
}

template <ratio_kind K>
published<K> read_published_ratio(std::string_view text) {
  std::string_view rest = text;
  const figure_bound b = strip_bound(rest);
  if constexpr (std::same_as<K, share>) {
    if (rest == "half" || rest == "一半" || (b == figure_bound::rounded && rest == "过半")) {
      return published<K>(figure_interval(rest == "过半" ? figure_bound::at_least : b,
                                                  quotient(1, 2), quotient(0)));
    }
  }
  bool negative = false;
  if constexpr (std::same_as<K, growth>) {
    (void)strip_prefix(rest, "同比");
    if (strip_prefix(rest, "down ") || strip_prefix(rest, "下降")) {
      negative = true;
    } else {
      (void)(strip_prefix(rest, "up ") || strip_prefix(rest, "增长"));
    }
  }
  if constexpr (std::same_as<K, percentage_points> || std::same_as<K, contribution>) {
    if (strip_prefix(rest, "下降") || strip_prefix(rest, "down ")) {
      negative = true;
    } else {
      (void)(strip_prefix(rest, "提高") || strip_prefix(rest, "up "));
    }
    if (!(strip_suffix(rest, "percentage points") || strip_suffix(rest, "percentage point") ||
          strip_suffix(rest, "个百分点"))) {
      fail_figure(text, text.substr(text.size()), "percentage points end in 'percentage points' or '个百分点'");
    }
  } else if constexpr (!std::same_as<K, index>) {
    if (!(strip_suffix(rest, "%") || strip_suffix(rest, "percent"))) {
      fail_figure(text, text.substr(text.size()), "a percentage ends in '%' or 'percent'");
    }
  }
  printed_decimal p{};
  try {
    p = parse_printed(rest);
  } catch (const parse_error& e) {
    fail_figure(text, rest.substr(e.offset()), "'" + std::string(rest) + "' is not a decimal number");
  }
  if (negative) {
    if (p.digits < 0) {
      fail_figure(text, rest, "a fall is printed without a minus sign");
    }
    p.digits = -p.digits;
  }
  const quotient step = quotient(1, 100) * quotient(1, static_cast<std::int64_t>(pow10(p.decimals)));
  return published<K>(figure_interval(b, quotient(p.digits) * step, step * quotient(1, 2)));
}

}  // namespace detail

/** Reads a published figure as printed, in English or Chinese: `parse<published<T>>(text)`.
 *  Amounts: "520.4 billion yuan", "5203.7亿元", precision from the last digit shown; a currency in
 *  the text must be M's. Shares and other percentages: "12.9 %", "12.9%", "19.9 percent", "over
 *  half", "过半"; growth also "up 19.9 %", "down 8.9 %", "增长19.9%", "同比下降8.9%"; percentage
 *  points and contributions: "4.8 percentage points", "提高4.8个百分点", "下降1.3个百分点"; an
 *  index: "119.9". "over"/"超过" make a lower bound, "below"/"不到" an upper bound. Anything else
 *  is a parse_error at the offset where reading stopped.
 *  Example: `parse<published<money<CNY, billion>>>("520.4 billion yuan").range()` // [520.35, 520.45] billion yuan
 *  Example: `parse<published<growth>>("down 8.9 %").range()` // [-8.95 %, -8.85 %] */
template <detail::publishable T>
struct text_parser<published<T>> {
  static published<T> parse(std::string_view text) {
    if constexpr (money_type<T>) {
      return detail::read_published_amount<T>(text);
    } else {
      return detail::read_published_ratio<T>(text);
    }
  }
};

namespace detail {

/** The exponent of the largest scale word of the language at most `limit` (0 when none). */
constexpr int word_exponent_at_most(language lang, int limit) noexcept {
  constexpr int en[] = {12, 9, 6, 3};
  constexpr int zh[] = {12, 8, 4, 3};
  for (const int e : lang == language::en ? en : zh) {
    if (e <= limit) {
      return e;
    }
  }
  return 0;
}

/** The exponent of the smallest scale word of the language at least `limit` (12 at most). */
constexpr int word_exponent_at_least(language lang, int limit) noexcept {
  constexpr int en[] = {0, 3, 6, 9, 12};
  constexpr int zh[] = {0, 3, 4, 8, 12};
  for (const int e : lang == language::en ? en : zh) {
    if (e >= limit) {
      return e;
    }
  }
  return 12;
}

/** k when q is exactly 10^k, k in [-18, 18]. */
inline std::optional<int> power_of_ten_exponent(const quotient& q) {
  for (int k = -18; k <= 18; ++k) {
    if (q == power_of_ten(k)) {
      return k;
    }
  }
  return std::nullopt;
}

/** floor(log10 |q|) for q != 0, clamped to [-18, 18]. */
inline int decimal_magnitude(const quotient& q) {
  const quotient a = q < quotient(0) ? -q : q;
  int k = -18;
  while (k < 18 && !(a < power_of_ten(k + 1))) {
    ++k;
  }
  return k;
}

/** The number of a published value as text: a ratio in percent (or points, or on a base of 100)
 *  with its unit, an amount with its scale word and currency name. */
template <class T>
std::string figure_value_text(const quotient& v, int decimals, int display_exponent, language lang) {
  if constexpr (money_type<T>) {
    using C = typename T::currency_type;
    const quotient shown = v * power_of_ten(decimals - display_exponent);
    const int128 n = divide_rounded(shown.numerator(), shown.denominator(), rounding::half_up);
    return compose_amount<C>(n, decimals, money_format{lang, currency_style::name, display_exponent});
  } else {
    const std::string number = fraction_text(v, 2, decimals);
    return number + ratio_suffix<T>(number, text_format{lang});
  }
}

/** The digits after the point that print `v` exactly at the display exponent, or `fallback`. */
template <class T>
int exact_or(const quotient& v, int display_exponent, int fallback) {
  const int shift = money_type<T> ? -display_exponent : 2;
  const int d = shift >= 0 ? exact_decimals(v, shift) : exact_decimals(v * power_of_ten(shift), 0);
  return d < 0 ? fallback : d;
}

}  // namespace detail

/** A published figure as text, in the form `parse<published<T>>` reads: a rounded figure prints
 *  its centre to the precision its range implies ("520.4 billion yuan", "5203.7亿元", "19.9 %"),
 *  a bound as "over ..."/"超过..." or "under ..."/"不到...", an exact figure with every digit, and
 *  any other range (the result of arithmetic on figures) as "lo to hi" / "lo至hi", which does not
 *  parse back. `f.precision` overrides the digits; amounts choose the scale word from the range.
 *  Example: `to_string(parse<published<money<CNY, billion>>>("520.4 billion yuan"), {language::zh})`
 *  // "5204亿元"
 *  Example: `to_string(over(share{quotient(1, 2)}), {language::zh})` // "超过50%" */
template <detail::publishable T>
std::string to_string(const published<T>& p, text_format f = {}) {
  const interval& r = p.range();
  const bool zh = f.lang == language::zh;
  const bool is_money = money_type<T>;
  const int fallback = is_money ? 2 : 1;
  auto exponent_for = [&](const quotient& v) {
    return is_money && !(v == quotient(0)) ? detail::word_exponent_at_most(f.lang, detail::decimal_magnitude(v)) : 0;
  };
  auto single = [&](const quotient& v) {
    const int e = exponent_for(v);
    const int d = f.precision >= 0 ? f.precision : detail::exact_or<T>(v, e, fallback);
    return detail::figure_value_text<T>(v, d, e, f.lang);
  };
  if (!r.lower()) {
    return (zh ? "不到" : "under ") + single(*r.upper());
  }
  if (!r.upper()) {
    return (zh ? "超过" : "over ") + single(*r.lower());
  }
  const quotient lo = *r.lower();
  const quotient hi = *r.upper();
  if (lo == hi) {
    return single(lo);
  }
  const quotient centre = (lo + hi) * quotient(1, 2);
  // A rounded figure: its range is one step of 10^k wide, centred on a multiple of the step.
  const std::optional<int> k = detail::power_of_ten_exponent(is_money ? hi - lo : (hi - lo) * quotient(100));
  if (k && (centre * (is_money ? detail::power_of_ten(-*k) : quotient(100) * detail::power_of_ten(-*k)))
                   .denominator() == 1) {
    int e = is_money ? detail::word_exponent_at_most(f.lang, *k + 2) : 0;
    if (is_money && e < *k) {
      // No word lets the printed digits end at the figure's step (10^9 in Chinese): the next
      // larger word does, so that the text still parses back to the same figure.
      e = detail::word_exponent_at_least(f.lang, *k);
    }
    const int implied = is_money ? e - *k : -*k;
    const int d = f.precision >= 0 ? f.precision : (implied < 0 ? 0 : implied);
    return detail::figure_value_text<T>(centre, d, e, f.lang);
  }
  return single(lo) + (zh ? "至" : " to ") + single(hi);
}

/** Writes `to_string(p)`. Example: `os << printed_percent<growth>("19.9")` // "19.9 %" */
template <class CharT, class Traits, detail::publishable T>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const published<T>& p) {
  return os << to_string(p).c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_PUBLISHED_IO_HPP
