// interval: a closed range of exact fractions, possibly unbounded on one side, with the
// arithmetic that published (rounded) figures need.
#ifndef TRADESTAT_ANALYSIS_INTERVAL_HPP
#define TRADESTAT_ANALYSIS_INTERVAL_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/quotient.hpp>

#include <optional>
#include <utility>

namespace tradestat {

/** The values a figure can take: [lower, upper] with exact fractions, an end left out when the
 *  range is unbounded on that side ("over 1.71 trillion"). Ends are closed: see
 *  docs/concepts/published-figures.md for why a half-open rounding range is closed here.
 *  Example: `interval::closed(quotient(5, 2), quotient(7, 2)).contains(quotient(3))` // true */
class interval {
 public:
  /** [lower, upper]; throws tradestat::error (invalid_argument) when lower > upper.
   *  Example: `interval::closed(quotient(1), quotient(2)).upper()` // quotient(2) */
  static constexpr interval closed(const quotient& lower, const quotient& upper) {
    if (upper < lower) {
      throw error(error_kind::invalid_argument, "tradestat: an interval's lower end is above its upper end");
    }
    return interval(lower, upper);
  }
  /** The single value v. Example: `interval::point(quotient(3)).width()` // quotient(0) */
  static constexpr interval point(const quotient& v) { return interval(v, v); }
  /** [lower, +inf). Example: `interval::at_least(quotient(1, 2)).upper().has_value()` // false */
  static constexpr interval at_least(const quotient& lower) { return interval(lower, std::nullopt); }
  /** (-inf, upper]. Example: `interval::at_most(quotient(1, 10)).lower().has_value()` // false */
  static constexpr interval at_most(const quotient& upper) { return interval(std::nullopt, upper); }

  /** The lower end, or nothing when unbounded below. */
  constexpr const std::optional<quotient>& lower() const noexcept { return lower_; }
  /** The upper end, or nothing when unbounded above. */
  constexpr const std::optional<quotient>& upper() const noexcept { return upper_; }
  /** True when both ends are finite. Example: `interval::at_least(quotient(0)).bounded()` // false */
  constexpr bool bounded() const noexcept { return lower_.has_value() && upper_.has_value(); }

  /** upper - lower; throws tradestat::error (invalid_argument) for an unbounded interval.
   *  Example: `interval::closed(quotient(1), quotient(5, 2)).width()` // quotient(3, 2) */
  constexpr quotient width() const {
    if (!bounded()) {
      throw error(error_kind::invalid_argument, "tradestat: an unbounded interval has no width (check bounded() first)");
    }
    return *upper_ - *lower_;
  }

  /** Whether v lies in the interval. Example: `interval::at_most(quotient(1)).contains(quotient(-7))` // true */
  constexpr bool contains(const quotient& v) const noexcept {
    return (!lower_ || !(v < *lower_)) && (!upper_ || !(*upper_ < v));
  }

  /** Whether every value of `inner` lies in this interval.
   *  Example: `interval::closed(quotient(0), quotient(3)).contains(interval::point(quotient(1)))` // true */
  constexpr bool contains(const interval& inner) const noexcept {
    const bool low_ok = !lower_ || (inner.lower_ && !(*inner.lower_ < *lower_));
    const bool high_ok = !upper_ || (inner.upper_ && !(*upper_ < *inner.upper_));
    return low_ok && high_ok;
  }

  /** Whether the two intervals share a value.
   *  Example: `interval::closed(quotient(0), quotient(1)).overlaps(interval::at_least(quotient(1)))` // true */
  constexpr bool overlaps(const interval& other) const noexcept {
    const bool below = upper_ && other.lower_ && *upper_ < *other.lower_;
    const bool above = lower_ && other.upper_ && *other.upper_ < *lower_;
    return !below && !above;
  }

  friend constexpr bool operator==(const interval&, const interval&) = default;

  /** Every sum of a value of a and a value of b. Example: `interval::point(quotient(1)) + interval::point(quotient(2))` // [3, 3] */
  friend constexpr interval operator+(const interval& a, const interval& b) {
    return interval(a.lower_ && b.lower_ ? std::optional<quotient>(*a.lower_ + *b.lower_) : std::nullopt,
                    a.upper_ && b.upper_ ? std::optional<quotient>(*a.upper_ + *b.upper_) : std::nullopt);
  }
  friend constexpr interval operator-(const interval& a) {
    return interval(a.upper_ ? std::optional<quotient>(-*a.upper_) : std::nullopt,
                    a.lower_ ? std::optional<quotient>(-*a.lower_) : std::nullopt);
  }
  friend constexpr interval operator-(const interval& a, const interval& b) { return a + (-b); }

  /** Every product; an unbounded operand must be non-negative (throws tradestat::error otherwise).
   *  Example: `interval::closed(quotient(-1), quotient(2)) * interval::closed(quotient(3), quotient(4))` // [-4, 8] */
  friend constexpr interval operator*(const interval& a, const interval& b) {
    if (a.bounded() && b.bounded()) {
      const quotient p[] = {*a.lower_ * *b.lower_, *a.lower_ * *b.upper_, *a.upper_ * *b.lower_,
                            *a.upper_ * *b.upper_};
      quotient lo = p[0];
      quotient hi = p[0];
      for (const quotient& x : p) {
        lo = x < lo ? x : lo;
        hi = hi < x ? x : hi;
      }
      return interval(lo, hi);
    }
    if (!a.non_negative() || !b.non_negative()) {
      throw error(error_kind::invalid_argument,
          "tradestat: a product with an unbounded interval needs both intervals non-negative");
    }
    return interval(*a.lower_ * *b.lower_,
                    a.upper_ && b.upper_ ? std::optional<quotient>(*a.upper_ * *b.upper_) : std::nullopt);
  }

  /** Every quotient; throws tradestat::error (division_by_zero) when the divisor can be zero.
   *  Example: `interval::point(quotient(1)) / interval::closed(quotient(2), quotient(4))` // [1/4, 1/2] */
  friend constexpr interval operator/(const interval& a, const interval& b) { return a * b.reciprocal(); }

 private:
  constexpr interval(std::optional<quotient> lower, std::optional<quotient> upper) noexcept
      : lower_(std::move(lower)), upper_(std::move(upper)) {}

  constexpr bool non_negative() const noexcept { return lower_ && !(*lower_ < quotient(0)); }

  constexpr interval reciprocal() const {
    const quotient zero(0);
    if (lower_ && zero < *lower_) {  // positive: [1/upper, 1/lower], down to 0 when unbounded above
      return interval(upper_ ? upper_->inverse() : zero, lower_->inverse());
    }
    if (upper_ && *upper_ < zero) {  // negative: [1/upper, 1/lower], up to 0 when unbounded below
      return interval(upper_->inverse(), lower_ ? lower_->inverse() : zero);
    }
    throw error(error_kind::division_by_zero, "tradestat: division by an interval that contains zero");
  }

  std::optional<quotient> lower_;
  std::optional<quotient> upper_;
};

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_INTERVAL_HPP
