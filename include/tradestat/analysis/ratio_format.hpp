// Printing ratio kinds in English and Chinese, at a chosen precision, rounded half up (四舍五入)
// exactly from the kind's fraction: no binary floating point between the data and the text.
#ifndef TRADESTAT_ANALYSIS_RATIO_FORMAT_HPP
#define TRADESTAT_ANALYSIS_RATIO_FORMAT_HPP

#include <tradestat/analysis/cagr.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/quotient.hpp>

#include <concepts>
#include <iosfwd>
#include <string>
#include <type_traits>

namespace tradestat {

namespace detail {

/** A kind printed as a percentage: share, growth, contribution_rate. */
template <class K>
concept percent_kind =
    std::same_as<K, share> || std::same_as<K, growth> || std::same_as<K, contribution_rate>;

/** A kind printed in percentage points: percentage_points, contribution. */
template <class K>
concept points_kind = std::same_as<K, percentage_points> || std::same_as<K, contribution>;

/** One decimal unless the format asks otherwise: the precision of statistical releases. */
constexpr int ratio_precision(const text_format& f) noexcept { return f.precision < 0 ? 1 : f.precision; }

/** The printed magnitude (no sign), for "up"/"down" wording. */
inline std::string magnitude_text(const quotient& q, int decimals) {
  const std::string t = fraction_text(q, 2, decimals);
  return t.front() == '-' ? t.substr(1) : t;
}

inline bool rounds_to_zero(const std::string& magnitude) {
  return magnitude.find_first_not_of("0.") == std::string::npos;
}

/** The unit a number in percent or points is followed by, in the format's language. */
template <class K>
std::string ratio_suffix(const std::string& number, const text_format& f) {
  const bool zh = f.lang == language::zh;
  if constexpr (percent_kind<K>) {
    return zh ? "%" : " %";
  } else if constexpr (points_kind<K>) {
    if (zh) {
      return "个百分点";
    }
    return number == "1" || number == "-1" ? " percentage point" : " percentage points";
  } else {
    return "";  // an index: a number on a base of 100
  }
}

}  // namespace detail

/** A ratio kind as text: shares, growth rates and contribution rates in percent ("12.9 %", in
 *  Chinese "12.9%"), percentage points and contributions in points ("4.8 percentage points",
 *  "4.8个百分点"), an index on a base of 100 ("125.0"). One decimal unless `f.precision` says
 *  otherwise, rounded half up (四舍五入) from the exact fraction.
 *  Example: `to_string(share_of(money<CNY, yi>{6737}, money<CNY, yi>{52037}))` // "12.9 %"
 *  Example: `to_string(growth{quotient(-89, 1000)}, {language::zh, 2})` // "-8.90%" */
template <ratio_kind K>
std::string to_string(const K& k, text_format f = {}) {
  const std::string number = detail::fraction_text(k.value(), 2, detail::ratio_precision(f));
  return number + detail::ratio_suffix<std::remove_cvref_t<K>>(number, f);
}

/** Writes `to_string(k)`. Example: `std::cout << growth(money<CNY>{100}, money<CNY>{125})` // "25.0 %" */
template <class CharT, class Traits, ratio_kind K>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const K& k) {
  return os << to_string(k).c_str();
}

/** A CAGR bracket as a percentage, when both ends print alike; throws tradestat::error (inexact)
 *  naming the two texts when the rate lies within 10^-12 of a rounding boundary.
 *  Example: `to_string(cagr(money<CNY>{100}, money<CNY>{121}, 2))` // "10.0 %" */
inline std::string to_string(const cagr_bounds& b, text_format f = {}) {
  const std::string lo = to_string(b.lower, f);
  const std::string hi = to_string(b.upper, f);
  if (lo != hi) {
    throw error(error_kind::inexact, "tradestat: this CAGR prints as " + lo + " or " + hi +
                                         " at this precision; print fewer digits");
  }
  return lo;
}

/** Writes `to_string(b)`. Example: `os << cagr(money<CNY>{100}, money<CNY>{121}, 2)` // "10.0 %" */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const cagr_bounds& b) {
  return os << to_string(b).c_str();
}

// Wording for sentences. The number follows the Chinese verb directly (增长19.9%).

/** A share, growth or contribution rate in words: "19.9 percent", in Chinese "百分之19.9".
 *  Example: `percent_words(growth{quotient(199, 1000)})` // "19.9 percent" */
template <detail::percent_kind K>
std::string percent_words(const K& k, text_format f = {}) {
  const std::string number = detail::fraction_text(k.value(), 2, detail::ratio_precision(f));
  return f.lang == language::zh ? "百分之" + number : number + " percent";
}

/** A growth rate as a direction and a size: "up 19.9 %", "down 8.9 %", "unchanged" when it prints
 *  as zero; in Chinese 增长, 下降 and 持平.
 *  Example: `change_text(growth{quotient(-89, 1000)})` // "down 8.9 %"
 *  Example: `change_text(growth{quotient(-89, 1000)}, {language::zh})` // "下降8.9%" */
inline std::string change_text(const growth& g, text_format f = {}) {
  const bool zh = f.lang == language::zh;
  const std::string m = detail::magnitude_text(g.value(), detail::ratio_precision(f));
  if (detail::rounds_to_zero(m)) {
    return zh ? "持平" : "unchanged";
  }
  const bool down = g.value() < quotient(0);
  return zh ? (down ? "下降" : "增长") + m + "%" : (down ? "down " : "up ") + m + " %";
}

/** A year-on-year growth rate (同比): "up 19.9 % year on year", in Chinese "同比增长19.9%".
 *  Example: `year_on_year_text(growth{quotient(199, 1000)}, {language::zh})` // "同比增长19.9%" */
inline std::string year_on_year_text(const growth& g, text_format f = {}) {
  return f.lang == language::zh ? "同比" + change_text(g, f) : change_text(g, f) + " year on year";
}

/** A change in percentage points as a direction and a size: "up 4.8 percentage points",
 *  "down 1.3 percentage points", "unchanged"; in Chinese 提高, 下降 so many 个百分点, or 持平.
 *  Example: `points_change_text(percentage_points{quotient(48, 1000)}, {language::zh})` // "提高4.8个百分点" */
template <detail::points_kind K>
std::string points_change_text(const K& k, text_format f = {}) {
  const bool zh = f.lang == language::zh;
  const std::string m = detail::magnitude_text(k.value(), detail::ratio_precision(f));
  if (detail::rounds_to_zero(m)) {
    return zh ? "持平" : "unchanged";
  }
  const bool down = k.value() < quotient(0);
  if (zh) {
    return (down ? "下降" : "提高") + m + "个百分点";
  }
  return (down ? "down " : "up ") + m + (m == "1" ? " percentage point" : " percentage points");
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_RATIO_FORMAT_HPP
