// Rounding policies: every lossy step (to a coarser scale, a division, a conversion) names one.
#ifndef TRADESTAT_UNITS_ROUNDING_HPP
#define TRADESTAT_UNITS_ROUNDING_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/overflow.hpp>

#include <concepts>
#include <string>
#include <type_traits>

namespace tradestat {

/** Thrown by `rounding::exact` when a result would lose digits.
 *  Example: `rescale<yi>(money<CNY, wan>{12345}, rounding::exact)` // throws inexact_error */
class inexact_error : public error {
 public:
  explicit inexact_error(const std::string& message) : error(error_kind::inexact, message) {}
};

namespace rounding {

/** Half away from zero (四舍五入): 0.125 -> 0.13, -0.125 -> -0.13. */
struct half_up_t {};
/** Half to even (banker's rounding): 0.125 -> 0.12, 0.135 -> 0.14. */
struct half_even_t {};
/** Drop the digits (truncate): 0.129 -> 0.12, -0.129 -> -0.12. */
struct toward_zero_t {};
/** Toward negative infinity: -0.121 -> -0.13. */
struct floor_t {};
/** Toward positive infinity: 0.121 -> 0.13. */
struct ceiling_t {};
/** No rounding allowed: throws inexact_error when digits would be lost. */
struct exact_t {};

inline constexpr half_up_t half_up{};
inline constexpr half_even_t half_even{};
inline constexpr toward_zero_t toward_zero{};
inline constexpr floor_t floor{};
inline constexpr ceiling_t ceiling{};
inline constexpr exact_t exact{};

}  // namespace rounding

/** A rounding policy: one of the tags in namespace `tradestat::rounding`.
 *  Example: `static_assert(rounding_policy<rounding::half_up_t>);` // holds */
template <class P>
concept rounding_policy = std::same_as<std::remove_cvref_t<P>, rounding::half_up_t> ||
    std::same_as<std::remove_cvref_t<P>, rounding::half_even_t> ||
    std::same_as<std::remove_cvref_t<P>, rounding::toward_zero_t> ||
    std::same_as<std::remove_cvref_t<P>, rounding::floor_t> ||
    std::same_as<std::remove_cvref_t<P>, rounding::ceiling_t> ||
    std::same_as<std::remove_cvref_t<P>, rounding::exact_t>;

namespace detail {

/** n / d rounded by the policy, exactly; d must be positive. */
template <rounding_policy P>
constexpr int128 divide_rounded(int128 n, int128 d, P) {
  const int128 q = n / d;  // truncated toward zero
  const int128 r = n % d;  // same sign as n
  if (r == 0) {
    return q;
  }
  const int128 away = n < 0 ? q - 1 : q + 1;
  const int128 twice_abs_r = 2 * (r < 0 ? -r : r);
  using policy = std::remove_cvref_t<P>;
  if constexpr (std::same_as<policy, rounding::toward_zero_t>) {
    return q;
  } else if constexpr (std::same_as<policy, rounding::floor_t>) {
    return n < 0 ? q - 1 : q;
  } else if constexpr (std::same_as<policy, rounding::ceiling_t>) {
    return n > 0 ? q + 1 : q;
  } else if constexpr (std::same_as<policy, rounding::half_up_t>) {
    return twice_abs_r >= d ? away : q;
  } else if constexpr (std::same_as<policy, rounding::half_even_t>) {
    if (twice_abs_r == d) {
      return q % 2 == 0 ? q : away;
    }
    return twice_abs_r > d ? away : q;
  } else {
    throw inexact_error("tradestat: rounding::exact refused a result that would lose digits (pass rounding::half_up or another policy to round)");
  }
}

}  // namespace detail
}  // namespace tradestat

#endif  // TRADESTAT_UNITS_ROUNDING_HPP
