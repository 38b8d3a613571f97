// Concentration of trade over partners or products: the Herfindahl–Hirschman index (HHI), the sum of
// the squared shares of a partition, exact.
#ifndef TRADESTAT_ANALYSIS_CONCENTRATION_HPP
#define TRADESTAT_ANALYSIS_CONCENTRATION_HPP

#include <tradestat/analysis/detail/wide_ratio.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <iterator>  // std::ranges concepts and accessors, without all of <ranges>
#include <string>

namespace tradestat {

/** The Herfindahl–Hirschman index Σ s_i² of the shares s_i of a partition (集中度), held exactly.
 *  Two scales, both documented in the accessors: the fraction of one (0 < HHI <= 1; 1 is a single
 *  partner) and the points scale 0–10,000 (shares in percent, squared: the antitrust convention,
 *  where above 2,500 is commonly called highly concentrated; that threshold is not built in).
 *  Example: `hhi_of(std::vector{money<CNY>{60}, money<CNY>{40}}).points(rounding::half_up)` // 5200 */
class hhi {
 public:
  /** Zero: a value to assign to. */
  constexpr hhi() noexcept = default;
  /** From an exact fraction of one (numerator / denominator, both 128-bit). */
  constexpr explicit hhi(detail::wide_ratio fraction) noexcept : value_(fraction) {}

  /** The index on the 0–10,000 scale, rounded to a whole point by the policy.
   *  Example: `hhi_of(std::vector{money<CNY>{1}, money<CNY>{2}}).points(rounding::half_up)` // 5556 (5/9) */
  template <rounding_policy P>
  constexpr std::int64_t points(P policy) const {
    return value_.scaled(4, policy);
  }
  /** The fraction of one times 10^decimals, rounded by the policy: `scaled(4, p)` is `points(p)`.
   *  Example: `hhi_of(std::vector{money<CNY>{1}, money<CNY>{2}}).scaled(6, rounding::half_up)` // 555556 */
  template <rounding_policy P>
  constexpr std::int64_t scaled(int decimals, P policy) const {
    return value_.scaled(decimals, policy);
  }
  /** The exact fraction of one. */
  constexpr const detail::wide_ratio& fraction() const noexcept { return value_; }
  /** The fraction of one as a double, for display or plotting only. */
  constexpr double to_double() const noexcept { return value_.to_double(); }

  friend constexpr bool operator==(const hhi&, const hhi&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const hhi& a, const hhi& b) noexcept { return a.value_ <=> b.value_; }
  /** Against a fraction of one, exactly. Example: `h > quotient(1, 4)` // above 2,500 points */
  friend constexpr std::strong_ordering operator<=>(const hhi& a, const quotient& b) noexcept { return a.value_ <=> b; }
  friend constexpr bool operator==(const hhi& a, const quotient& b) noexcept { return a.value_ == b; }

 private:
  detail::wide_ratio value_{};
};

namespace detail {
inline wide_unsigned checked_square_sum(wide_unsigned sum, wide_unsigned x) {
  wide_unsigned square = 0;
  if (__builtin_mul_overflow(x, x, &square) || __builtin_add_overflow(sum, square, &sum)) {
    throw_overflow("hhi_of (the squares of the amounts leave 128 bits)");
  }
  return sum;
}
}  // namespace detail

/** The HHI of the amounts of a partition (the rows of one table: partners, products, enterprise
 *  types), all of one money type. Throws tradestat::error: invalid_argument for a negative amount (a
 *  balance is not a partition of trade), division_by_zero when the amounts sum to zero;
 *  overflow_error when the squares leave 128 bits.
 *  Example: `hhi_of(std::vector{money<CNY>{50}, money<CNY>{30}, money<CNY>{20}}).points(rounding::half_up)` // 3800 */
// clang-format off
template <std::ranges::input_range Range>
  requires money_type<std::ranges::range_value_t<Range>>
hhi hhi_of(Range&& amounts) {
  // clang-format on
  detail::wide_unsigned total = 0;
  detail::wide_unsigned squares = 0;
  for (const auto& m : amounts) {
    if (m.count() < 0) {
      throw error(error_kind::invalid_argument,
                  "tradestat: an HHI needs non-negative amounts, got " + std::to_string(m.count()) +
                      " (a balance is not a partition of trade: use exports, imports or total trade)");
    }
    const auto x = static_cast<detail::wide_unsigned>(m.count());
    total += x;  // at most 2^64 terms of at most 2^63
    squares = detail::checked_square_sum(squares, x);
  }
  if (total == 0) {
    throw error(error_kind::division_by_zero, "tradestat: an HHI of amounts that sum to zero is undefined");
  }
  detail::wide_unsigned total_squared = 0;
  if (__builtin_mul_overflow(total, total, &total_squared)) {
    detail::throw_overflow("hhi_of (the square of the total leaves 128 bits)");
  }
  return hhi(detail::wide_ratio(squares, total_squared));
}

/** The index as text on the 0–10,000 scale, rounded half up to `f.precision` decimals (none by
 *  default). Example: `to_string(hhi_of(std::vector{money<CNY>{1}, money<CNY>{2}}))` // "5556" */
inline std::string to_string(const hhi& h, text_format f = {}) {
  const int decimals = f.precision < 0 ? 0 : f.precision;
  if (decimals > 14) {
    throw error(error_kind::invalid_argument, "tradestat: an HHI prints with at most 14 decimals on its 0-10,000 scale");
  }
  const quotient scaled(h.scaled(4 + decimals, rounding::half_up), static_cast<std::int64_t>(detail::pow10(decimals)));
  return detail::fraction_text(scaled, 0, decimals);
}

/** Writes `to_string(h)`. */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const hhi& h) {
  return os << to_string(h).c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_CONCENTRATION_HPP
