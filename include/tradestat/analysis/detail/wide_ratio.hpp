// A non-negative exact fraction of 128-bit parts, for indicators whose exact value does not fit a
// quotient of 64-bit parts: an HHI is a sum of squares of amounts over the square of the total, an
// RCA a ratio of products of amounts.
#ifndef TRADESTAT_ANALYSIS_DETAIL_WIDE_RATIO_HPP
#define TRADESTAT_ANALYSIS_DETAIL_WIDE_RATIO_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace tradestat::detail {

__extension__ typedef unsigned __int128 wide_unsigned;

/** a * b as a 256-bit number {high, low}, exactly. */
struct wide_product {
  wide_unsigned high;
  wide_unsigned low;
  friend constexpr std::strong_ordering operator<=>(const wide_product&, const wide_product&) = default;
};

constexpr wide_product multiply_wide(wide_unsigned a, wide_unsigned b) noexcept {
  constexpr wide_unsigned mask = 0xffff'ffff'ffff'ffffU;
  const wide_unsigned a0 = a & mask, a1 = a >> 64, b0 = b & mask, b1 = b >> 64;
  const wide_unsigned p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const wide_unsigned middle = (p00 >> 64) + (p01 & mask) + (p10 & mask);  // at most 3 * 2^64: no overflow
  const wide_unsigned low = (middle << 64) | (p00 & mask);
  const wide_unsigned high = p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64);
  return {high, low};
}

constexpr wide_unsigned gcd_wide(wide_unsigned a, wide_unsigned b) noexcept {
  while (b != 0) {
    const wide_unsigned t = a % b;
    a = b;
    b = t;
  }
  return a == 0 ? 1 : a;
}

/** numerator / denominator >= 0, in lowest terms, denominator > 0. */
class wide_ratio {
 public:
  constexpr wide_ratio() noexcept = default;
  /** Throws tradestat::error (division_by_zero) for a zero denominator. */
  constexpr wide_ratio(wide_unsigned n, wide_unsigned d) {
    if (d == 0) throw error(error_kind::division_by_zero, "tradestat: a ratio with nothing to divide by");
    const wide_unsigned g = gcd_wide(n, d);
    num_ = n / g;
    den_ = d / g;
  }

  constexpr wide_unsigned numerator() const noexcept { return num_; }
  constexpr wide_unsigned denominator() const noexcept { return den_; }

  /** The fraction times 10^decimals (0..18), rounded to an integer by the policy; throws
   *  overflow_error when the result leaves 64 bits or the denominator is above 2^124. */
  template <rounding_policy P>
  constexpr std::int64_t scaled(int decimals, P) const {
    if (decimals < 0 || decimals > 18) {
      throw error(error_kind::invalid_argument, "tradestat: scaled needs 0 <= decimals <= 18");
    }
    if (den_ > (wide_unsigned{1} << 124)) throw_overflow("an indicator's denominator is too large to print");
    constexpr wide_unsigned limit = static_cast<wide_unsigned>(std::numeric_limits<std::int64_t>::max());
    wide_unsigned q = num_ / den_;
    wide_unsigned r = num_ % den_;
    if (q > limit) throw_overflow("an indicator too large to print");
    for (int i = 0; i < decimals; ++i) {
      r *= 10;  // r < den <= 2^124: 10 r < 2^128
      q = q * 10 + r / den_;
      r %= den_;
      if (q > limit) throw_overflow("an indicator too large to print");
    }
    using policy = std::remove_cvref_t<P>;
    bool up = false;
    if (r != 0) {
      if constexpr (std::same_as<policy, rounding::ceiling_t>) {
        up = true;
      } else if constexpr (std::same_as<policy, rounding::half_up_t>) {
        up = r >= den_ - r;
      } else if constexpr (std::same_as<policy, rounding::half_even_t>) {
        up = r > den_ - r || (r == den_ - r && q % 2 == 1);
      } else if constexpr (std::same_as<policy, rounding::exact_t>) {
        throw inexact_error("tradestat: rounding::exact refused a result that would lose digits (pass rounding::half_up or another policy to round)");
      }
    }
    if (up) q += 1;
    if (q > limit) throw_overflow("an indicator too large to print");
    return static_cast<std::int64_t>(q);
  }

  /** For display or plotting only (inexact). */
  constexpr double to_double() const noexcept { return static_cast<double>(num_) / static_cast<double>(den_); }

  friend constexpr bool operator==(const wide_ratio&, const wide_ratio&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const wide_ratio& a, const wide_ratio& b) noexcept {
    return multiply_wide(a.num_, b.den_) <=> multiply_wide(b.num_, a.den_);
  }
  /** Exact comparison with a quotient (which may be negative). */
  friend constexpr std::strong_ordering operator<=>(const wide_ratio& a, const quotient& b) noexcept {
    if (b.numerator() < 0) return std::strong_ordering::greater;
    return multiply_wide(a.num_, static_cast<wide_unsigned>(b.denominator())) <=>
           multiply_wide(static_cast<wide_unsigned>(b.numerator()), a.den_);
  }
  friend constexpr bool operator==(const wide_ratio& a, const quotient& b) noexcept {
    return (a <=> b) == std::strong_ordering::equal;
  }

 private:
  wide_unsigned num_ = 0;
  wide_unsigned den_ = 1;
};

}  // namespace tradestat::detail

#endif  // TRADESTAT_ANALYSIS_DETAIL_WIDE_RATIO_HPP
