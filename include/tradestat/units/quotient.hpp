// An exact ratio of two integers: the result of dividing money by money of the same currency.
#ifndef TRADESTAT_UNITS_QUOTIENT_HPP
#define TRADESTAT_UNITS_QUOTIENT_HPP

#include <tradestat/units/overflow.hpp>
#include <tradestat/units/rounding.hpp>

#include <compare>
#include <cstdint>
#include <stdexcept>

namespace tradestat {

/** An exact fraction numerator/denominator, kept in lowest terms with a positive denominator.
 *  Example: `quotient(6737, 52037) < quotient(13, 100)` // true: 12.946... % is under 13 % */
class quotient {
 public:
  /** The fraction n/d; throws std::domain_error when d is 0.
   *  Example: `quotient(2, -4).numerator()` // -1 */
  constexpr quotient(std::int64_t n, std::int64_t d) : quotient(from_wide(n, d)) {}

  /** A whole number. Example: `quotient(3).denominator()` // 1 */
  constexpr explicit quotient(std::int64_t n) noexcept : num_(n), den_(1) {}

  /** From 128-bit parts (reduced, then narrowed; throws overflow_error if they do not fit). */
  static constexpr quotient from_wide(detail::int128 n, detail::int128 d) {
    if (d == 0) {
      throw std::domain_error("tradestat: quotient with a zero denominator");
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
      throw std::domain_error("tradestat: quotient::scaled needs 0 <= decimals <= 18");
    }
    return detail::narrow<std::int64_t>(
        detail::divide_rounded(static_cast<detail::int128>(num_) * detail::pow10(decimals), den_, policy),
        "quotient::scaled");
  }

  /** The reciprocal; throws std::domain_error for zero. Example: `quotient(-2, 3).inverse()` // -3/2 */
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

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_QUOTIENT_HPP
