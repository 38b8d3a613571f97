// Printing ratio kinds in English and Chinese, at a chosen precision, rounded half up (四舍五入)
// exactly from the kind's fraction: no binary floating point between the data and the text.
#ifndef TRADESTAT_ANALYSIS_RATIO_FORMAT_HPP
#define TRADESTAT_ANALYSIS_RATIO_FORMAT_HPP

#include <tradestat/analysis/cagr.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>

#include <concepts>
#include <stdexcept>
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

/** q * 10^shift rounded half away from zero to `decimals` digits, as text ("-8.9", "12.9", "0.0"). */
inline std::string decimal_text(const quotient& q, int shift, int decimals) {
  if (decimals < 0 || decimals > 12) {
    throw std::domain_error("tradestat: a printed ratio takes 0 to 12 decimals");
  }
  int128 n = 0;
  if (__builtin_mul_overflow(static_cast<int128>(q.numerator()), pow10(shift + decimals), &n)) {
    throw_overflow("printing a ratio");
  }
  int128 r = divide_rounded(n, q.denominator(), rounding::half_up);
  const bool negative = r < 0;
  if (negative) {
    r = -r;
  }
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(r % 10)));
    r /= 10;
  } while (r != 0);
  const auto d = static_cast<std::string::size_type>(decimals);
  if (digits.size() <= d) {
    digits.insert(0, d + 1 - digits.size(), '0');
  }
  if (d > 0) {
    digits.insert(digits.size() - d, 1, '.');
  }
  return negative ? "-" + digits : digits;
}

/** The printed magnitude and whether it rounds to zero, for "up"/"down" wording. */
inline std::string magnitude_text(const quotient& q, int shift, int decimals) {
  const std::string t = decimal_text(q, shift, decimals);
  return t.front() == '-' ? t.substr(1) : t;
}

inline bool rounds_to_zero(const std::string& magnitude) {
  return magnitude.find_first_not_of("0.") == std::string::npos;
}

}  // namespace detail

/** A share, growth rate or contribution rate as a percentage with a space before the sign.
 *  Example: `percent_text(share{quotient(6737, 52037)}, 1)` // "12.9 %" */
template <detail::percent_kind K>
std::string percent_text(const K& k, int decimals = 1) {
  return detail::decimal_text(k.value(), 2, decimals) + " %";
}

/** The same in words. Example: `percent_words(growth{quotient(199, 1000)}, 1)` // "19.9 percent" */
template <detail::percent_kind K>
std::string percent_words(const K& k, int decimals = 1) {
  return detail::decimal_text(k.value(), 2, decimals) + " percent";
}

/** A growth rate as a direction and a size; "unchanged" when it prints as zero.
 *  Example: `change_text(growth{quotient(-89, 1000)}, 1)` // "down 8.9 %" */
inline std::string change_text(const growth& g, int decimals = 1) {
  const std::string m = detail::magnitude_text(g.value(), 2, decimals);
  if (detail::rounds_to_zero(m)) {
    return "unchanged";
  }
  return (g.value() < quotient(0) ? "down " : "up ") + m + " %";
}

/** Percentage points (or a contribution, which is in points), singular only for exactly "1".
 *  Example: `points_text(percentage_points{quotient(48, 1000)}, 1)` // "4.8 percentage points" */
template <detail::points_kind K>
std::string points_text(const K& k, int decimals = 1) {
  const std::string t = detail::decimal_text(k.value(), 2, decimals);
  return t + (t == "1" || t == "-1" ? " percentage point" : " percentage points");
}

/** An index with its base at 100. Example: `index_text(index_number{quotient(5, 4)}, 1)` // "125.0" */
inline std::string index_text(const index_number& i, int decimals = 1) {
  return detail::decimal_text(i.value(), 2, decimals);
}

/** A CAGR bracket as a percentage, when both ends print alike; throws std::domain_error naming
 *  the two texts when the rate lies within 10^-12 of a rounding boundary.
 *  Example: `percent_text(cagr(money<CNY>{100}, money<CNY>{121}, 2), 1)` // "10.0 %" */
inline std::string percent_text(const cagr_bounds& b, int decimals = 1) {
  const std::string lo = percent_text(b.lower, decimals);
  const std::string hi = percent_text(b.upper, decimals);
  if (lo != hi) {
    throw std::domain_error("tradestat: this CAGR prints as " + lo + " or " + hi +
                            " at this precision; print fewer decimals");
  }
  return lo;
}

// Chinese. The number follows the verb directly and the percent sign has no space (增长19.9%).

/** A share (or any percent kind) in Chinese typography. Example: `percent_text_zh(share{quotient(6737, 52037)}, 1)` // "12.9%" */
template <detail::percent_kind K>
std::string percent_text_zh(const K& k, int decimals = 1) {
  return detail::decimal_text(k.value(), 2, decimals) + "%";
}

/** A growth rate as 增长 (up) or 下降 (down), or 持平 (flat) when it prints as zero.
 *  Example: `change_text_zh(growth{quotient(-89, 1000)}, 1)` // "下降8.9%" */
inline std::string change_text_zh(const growth& g, int decimals = 1) {
  const std::string m = detail::magnitude_text(g.value(), 2, decimals);
  if (detail::rounds_to_zero(m)) {
    return "持平";
  }
  return (g.value() < quotient(0) ? "下降" : "增长") + m + "%";
}

/** A year-on-year growth rate (同比). Example: `year_on_year_text_zh(growth{quotient(199, 1000)}, 1)` // "同比增长19.9%" */
inline std::string year_on_year_text_zh(const growth& g, int decimals = 1) {
  return "同比" + change_text_zh(g, decimals);
}

/** A change in percentage points as 提高 (up) or 下降 (down) so many 个百分点, or 持平.
 *  Example: `points_change_text_zh(percentage_points{quotient(48, 1000)}, 1)` // "提高4.8个百分点" */
template <detail::points_kind K>
std::string points_change_text_zh(const K& k, int decimals = 1) {
  const std::string m = detail::magnitude_text(k.value(), 2, decimals);
  if (detail::rounds_to_zero(m)) {
    return "持平";
  }
  return (k.value() < quotient(0) ? "下降" : "提高") + m + "个百分点";
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_RATIO_FORMAT_HPP
