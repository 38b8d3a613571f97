// Overflow of exact money arithmetic: detected and reported, never wrapped.
#ifndef TRADESTAT_UNITS_OVERFLOW_HPP
#define TRADESTAT_UNITS_OVERFLOW_HPP

#include <tradestat/error.hpp>
#include <concepts>
#include <limits>
#include <string>

namespace tradestat {

/** Thrown when an exact amount or ratio does not fit its integer representation.
 *  Example: `money<CNY>{INT64_MAX} + money<CNY>{1}` // throws overflow_error */
class overflow_error : public error {
 public:
  explicit overflow_error(const std::string& message) : error(error_kind::overflow, message) {}
};

namespace detail {

// 128-bit intermediates: wide enough for any int64 product and for shifts of up to 10^18.
__extension__ typedef __int128 int128;

/** 10^n for 0 <= n <= 36, exactly. */
constexpr int128 pow10(int n) noexcept {
  int128 r = 1;
  for (int i = 0; i < n; ++i) {
    r *= 10;
  }
  return r;
}

[[noreturn]] inline void throw_overflow(const char* what) {
  throw overflow_error(std::string("tradestat: overflow in ") + what +
                       " (the exact result does not fit the representation: use a coarser scale or a wider Rep)");
}

/** Narrows an exact 128-bit result to Rep, or throws naming the operation. */
template <std::signed_integral Rep>
constexpr Rep narrow(int128 v, const char* what) {
  if (v < static_cast<int128>(std::numeric_limits<Rep>::min()) ||
      v > static_cast<int128>(std::numeric_limits<Rep>::max())) {
    throw_overflow(what);
  }
  return static_cast<Rep>(v);
}

template <std::signed_integral Rep>
constexpr Rep checked_add(Rep a, Rep b, const char* what) {
  Rep r{};
  if (__builtin_add_overflow(a, b, &r)) {
    throw_overflow(what);
  }
  return r;
}

template <std::signed_integral Rep>
constexpr Rep checked_sub(Rep a, Rep b, const char* what) {
  Rep r{};
  if (__builtin_sub_overflow(a, b, &r)) {
    throw_overflow(what);
  }
  return r;
}

template <std::signed_integral Rep, std::integral I>
constexpr Rep checked_mul(Rep a, I b, const char* what) {
  Rep r{};
  if (__builtin_mul_overflow(a, b, &r)) {
    throw_overflow(what);
  }
  return r;
}

}  // namespace detail
}  // namespace tradestat

#endif  // TRADESTAT_UNITS_OVERFLOW_HPP
