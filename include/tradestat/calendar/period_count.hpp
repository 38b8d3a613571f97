// A number of calendar periods of one kind: the result of subtracting two periods.
#ifndef TRADESTAT_CALENDAR_PERIOD_COUNT_HPP
#define TRADESTAT_CALENDAR_PERIOD_COUNT_HPP

#include <tradestat/error.hpp>

#include <compare>
#include <limits>
#include <string>

namespace tradestat {

namespace detail {

[[noreturn]] inline void throw_count_overflow(const char* what) {
  std::string message{"period count overflow in "};
  message += what;
  throw error(error_kind::overflow, message);
}

// Arithmetic in long long, then checked back into int: a count never wraps.
constexpr int checked_count(long long n, const char* what) {
  if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) throw_count_overflow(what);
  return static_cast<int>(n);
}

}  // namespace detail

/** A number of periods of kind `P`, typed so that months and years cannot be mixed.
    Example: `month{2025, 11} - month{2025, 1}` is `month_count{10}`; `month_count{10}.count()` is 10. */
template <class P>
class period_count {
 public:
  constexpr period_count() noexcept = default;
  constexpr explicit period_count(int n) noexcept : n_{n} {}

  constexpr int count() const noexcept { return n_; }

  friend constexpr period_count operator+(period_count a, period_count b) {
    return period_count{detail::checked_count(static_cast<long long>(a.n_) + b.n_, "+")};
  }
  friend constexpr period_count operator-(period_count a, period_count b) {
    return period_count{detail::checked_count(static_cast<long long>(a.n_) - b.n_, "-")};
  }
  friend constexpr period_count operator-(period_count a) {
    return period_count{detail::checked_count(-static_cast<long long>(a.n_), "unary -")};
  }
  friend constexpr period_count operator*(period_count a, int k) {
    return period_count{detail::checked_count(static_cast<long long>(a.n_) * k, "*")};
  }
  friend constexpr period_count operator*(int k, period_count a) { return a * k; }
  friend constexpr bool operator==(period_count, period_count) = default;
  friend constexpr std::strong_ordering operator<=>(period_count, period_count) = default;

 private:
  int n_ = 0;
};

class month;
class quarter;
class half;
class year;

/** A number of months. Example: `month{2025, 3} + month_count{10}` is `month{2026, 1}`. */
using month_count = period_count<month>;
/** A number of quarters. Example: `quarter{2025, 4} + quarter_count{1}` is `quarter{2026, 1}`. */
using quarter_count = period_count<quarter>;
/** A number of half years. Example: `half{2025, 2} - half{2025, 1}` is `half_count{1}`. */
using half_count = period_count<half>;
/** A number of years. Example: `year{2025} - year{2020}` is `year_count{5}`. */
using year_count = period_count<year>;

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_PERIOD_COUNT_HPP
