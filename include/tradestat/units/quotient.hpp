// An exact ratio of two integers: the result of dividing money by money of the same currency.
#ifndef TRADESTAT_UNITS_QUOTIENT_HPP
#define TRADESTAT_UNITS_QUOTIENT_HPP

#include <tradestat/error.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/rounding.hpp>

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace tradestat {

/** An exact fraction numerator/denominator, kept in lowest terms with a positive denominator.
 *  Example: `quotient(6737, 52037) < quotient(13, 100)` // true: 12.946... % is under 13 % */
class quotient {
 public:
  /** The fraction n/d; throws tradestat::error (division_by_zero) when d is 0.
   *  Example: `quotient(2, -4).numerator()` // -1 */
  constexpr quotient(std::int64_t n, std::int64_t d) : quotient(from_wide(n, d)) {}

  /** A whole number. Example: `quotient(3).denominator()` // 1 */
  constexpr explicit quotient(std::int64_t n) noexcept : num_(n), den_(1) {}

  /** From 128-bit parts (reduced, then narrowed; throws overflow_error if they do not fit). */
  static constexpr quotient from_wide(detail::int128 n, detail::int128 d) {
    if (d == 0) {
      throw error(error_kind::division_by_zero, "tradestat: quotient with a zero denominator");
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    const detail::int128 g = gcd(n < 0 ? -n : n, d);
    quotient q(0);
    q.num_ = detail::narrow<std::int64_t>(n / g, "quotient numerator");
    q.den_ = detail::narrow<std::int64_t>(d / g, "quotient denominator");
    return q;
  }

  constexpr std::int64_t numerator() const noexcept { return num_; }
  constexpr std::int64_t denominator() const noexcept { return den_; }

  /** The fraction as a double, for display or plotting only (inexact).
   *  Example: `quotient(1, 8).to_double()` // 0.125 */
  constexpr double to_double() const noexcept {
    return static_cast<double>(num_) / static_cast<double>(den_);
  }

  /** The fraction times 10^decimals, rounded to an integer by the policy.
   *  Example: `quotient(6737, 52037).scaled(3, rounding::half_up)` // 129 (12.9 %) */
  template <rounding_policy P>
  constexpr std::int64_t scaled(int decimals, P policy) const {
    if (decimals < 0 || decimals > 18) {
      throw error(error_kind::invalid_argument, "tradestat: quotient::scaled needs 0 <= decimals <= 18, got " + std::to_string(decimals));
    }
    return detail::narrow<std::int64_t>(
        detail::divide_rounded(static_cast<detail::int128>(num_) * detail::pow10(decimals), den_, policy),
        "quotient::scaled");
  }

  /** The reciprocal; throws tradestat::error (division_by_zero) for zero. Example: `quotient(-2, 3).inverse()` // -3/2 */
  constexpr quotient inverse() const { return from_wide(den_, num_); }

  friend constexpr bool operator==(const quotient&, const quotient&) = default;
  friend constexpr std::strong_ordering operator<=>(const quotient& a, const quotient& b) noexcept {
    return static_cast<detail::int128>(a.num_) * b.den_ <=> static_cast<detail::int128>(b.num_) * a.den_;
  }

  friend constexpr quotient operator*(const quotient& a, const quotient& b) {
    return from_wide(static_cast<detail::int128>(a.num_) * b.num_,
                     static_cast<detail::int128>(a.den_) * b.den_);
  }
  friend constexpr quotient operator/(const quotient& a, const quotient& b) { return a * b.inverse(); }
  friend constexpr quotient operator+(const quotient& a, const quotient& b) {
    return from_wide(
        static_cast<detail::int128>(a.num_) * b.den_ + static_cast<detail::int128>(b.num_) * a.den_,
        static_cast<detail::int128>(a.den_) * b.den_);
  }
  friend constexpr quotient operator-(const quotient& a, const quotient& b) {
    return from_wide(
        static_cast<detail::int128>(a.num_) * b.den_ - static_cast<detail::int128>(b.num_) * a.den_,
        static_cast<detail::int128>(a.den_) * b.den_);
  }
  friend constexpr quotient operator-(const quotient& a) {
    return from_wide(-static_cast<detail::int128>(a.num_), a.den_);
  }

 private:
  static constexpr detail::int128 gcd(detail::int128 a, detail::int128 b) noexcept {
    while (b != 0) {
      const detail::int128 t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  std::int64_t num_;
  std::int64_t den_;
};

namespace detail {

/** q * 10^shift rounded half up (四舍五入) to `decimals` digits after the point, as text
 *  ("-8.9", "12.9", "0.0"); throws overflow_error when the scaled numerator leaves 128 bits. */
inline std::string fraction_text(const quotient& q, int shift, int decimals) {
  if (decimals < 0 || decimals > 18 || shift < 0 || shift + decimals > 36) {
    throw error(error_kind::invalid_argument,
                "tradestat: a fraction prints with 0 to 18 digits after the point, got " + std::to_string(decimals));
  }
  int128 n = 0;
  if (__builtin_mul_overflow(static_cast<int128>(q.numerator()), pow10(shift + decimals), &n)) {
    throw_overflow("printing a fraction (ask for fewer digits)");
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
  if (negative) {
    digits.insert(digits.begin(), '-');
  }
  return digits;
}

/** The digits after the point that q * 10^shift needs to be written exactly, or -1 when its
 *  decimal expansion does not end (a denominator with a prime factor other than 2 and 5) or
 *  needs more than `limit` digits. */
constexpr int exact_decimals(const quotient& q, int shift, int limit = 18) noexcept {
  std::int64_t d = q.denominator();
  int twos = 0;
  int fives = 0;
  while (d % 2 == 0) {
    d /= 2;
    ++twos;
  }
  while (d % 5 == 0) {
    d /= 5;
    ++fives;
  }
  if (d != 1) {
    return -1;
  }
  const int need = (twos > fives ? twos : fives) - shift;
  const int digits = need < 0 ? 0 : need;
  return digits > limit ? -1 : digits;
}

}  // namespace detail

/** The fraction as text: "n/d" in lowest terms ("3" when whole) by default, or a decimal with
 *  `f.precision` digits after the point, rounded half up (四舍五入). Both languages alike.
 *  Example: `to_string(quotient(6737, 52037))` // "6737/52037"
 *  Example: `to_string(quotient(6737, 52037), {.precision = 4})` // "0.1295" */
inline std::string to_string(const quotient& q, text_format f = {}) {
  if (f.precision >= 0) {
    return detail::fraction_text(q, 0, f.precision);
  }
  std::string out = std::to_string(q.numerator());
  if (q.denominator() != 1) {
    out += '/';
    out += std::to_string(q.denominator());
  }
  return out;
}

/** Writes `to_string(q)`. Example: `os << quotient(2, 4)` // "1/2" */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const quotient& q) {
  return os << to_string(q).c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_QUOTIENT_HPP
