// Compound annual growth rate (年均增长): (to / from)^(1/years) - 1, an irrational number in
// general, so it is returned as an exact bracket [lower, upper] no wider than 10^-12.
#ifndef TRADESTAT_ANALYSIS_CAGR_HPP
#define TRADESTAT_ANALYSIS_CAGR_HPP

#include <tradestat/error.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/scale.hpp>

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tradestat {

/** The bracket a CAGR is known within: `lower <= rate <= upper`, both exact fractions, and
 *  `upper - lower` at most 10^-12 (zero when the rate is a multiple of 10^-12, as 10 % is).
 *  Example: `cagr(money<CNY>{100}, money<CNY>{121}, 2).lower` // growth of 10 %, equal to upper */
struct cagr_bounds {
  growth lower;
  growth upper;

  /** True when the rate is known exactly. Example: `cagr(money<CNY>{100}, money<CNY>{121}, 2).exact()` // true */
  constexpr bool exact() const noexcept { return lower == upper; }
};

namespace detail {

__extension__ typedef unsigned __int128 uint128;

/** An unsigned integer of any size, only as much of one as an exact root bracket needs. */
class natural {
 public:
  explicit natural(uint128 v) {
    while (v != 0) {
      limbs_.push_back(static_cast<std::uint32_t>(v & 0xffffffffU));
      v >>= 32;
    }
  }

  friend natural operator*(const natural& a, const natural& b) {
    natural r(0);
    if (a.limbs_.empty() || b.limbs_.empty()) {
      return r;
    }
    r.limbs_.assign(a.limbs_.size() + b.limbs_.size(), 0);
    for (std::size_t i = 0; i < a.limbs_.size(); ++i) {
      std::uint64_t carry = 0;
      for (std::size_t j = 0; j < b.limbs_.size(); ++j) {
        const std::uint64_t t = std::uint64_t{a.limbs_[i]} * b.limbs_[j] + r.limbs_[i + j] + carry;
        r.limbs_[i + j] = static_cast<std::uint32_t>(t & 0xffffffffU);
        carry = t >> 32;
      }
      r.limbs_[i + b.limbs_.size()] = static_cast<std::uint32_t>(carry);
    }
    while (!r.limbs_.empty() && r.limbs_.back() == 0) {
      r.limbs_.pop_back();
    }
    return r;
  }

  friend std::strong_ordering operator<=>(const natural& a, const natural& b) noexcept {
    if (a.limbs_.size() != b.limbs_.size()) {
      return a.limbs_.size() <=> b.limbs_.size();
    }
    for (std::size_t i = a.limbs_.size(); i-- > 0;) {
      if (a.limbs_[i] != b.limbs_[i]) {
        return a.limbs_[i] <=> b.limbs_[i];
      }
    }
    return std::strong_ordering::equal;
  }
  friend bool operator==(const natural& a, const natural& b) noexcept { return a.limbs_ == b.limbs_; }

 private:
  std::vector<std::uint32_t> limbs_;  // little-endian, no leading zero limbs
};

inline natural power(natural base, int n) {
  natural r(1);
  while (n > 0) {
    if ((n & 1) != 0) {
      r = r * base;
    }
    n >>= 1;
    if (n > 0) {
      base = base * base;
    }
  }
  return r;
}

inline constexpr std::int64_t cagr_grid = 1'000'000'000'000;  // brackets are on multiples of 10^-12

/** (m / 10^12)^n compared with num / den, exactly: m^n * den against num * 10^(12 n). */
inline std::strong_ordering root_candidate_vs(std::int64_t m, int n, const natural& num_scaled,
                                              const natural& den) {
  return power(natural(static_cast<detail::uint128>(m)), n) * den <=> num_scaled;
}

}  // namespace detail

/** The compound annual growth rate from `from` to `to` over `years` years (1 to 100), amounts of
 *  one currency at any scales, as an exact bracket no wider than 10^-12. Throws tradestat::error (invalid_argument)
 *  when `from` is not positive or `to` is negative, and overflow_error when the yearly factor
 *  exceeds about 9.2 million.
 *  Example: `cagr(money<CNY>{100}, money<CNY>{121}, 2)` // exactly 10 % a year */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
cagr_bounds cagr(const money<C, S1, R1>& from, const money<C, S2, R2>& to, int years) {
  if (years < 1 || years > 100) {
    throw error(error_kind::invalid_argument, "tradestat: cagr needs 1 to 100 years, got " + std::to_string(years));
  }
  if (from.count() <= 0 || to.count() < 0) {
    throw error(error_kind::invalid_argument,
        "tradestat: cagr needs a positive starting amount and a non-negative final amount");
  }
  const quotient ratio = to / from;
  if (years == 1 || ratio.numerator() == 0) {
    const growth g(ratio - quotient(1));
    return {g, g};
  }
  using detail::natural;
  const natural den(static_cast<detail::uint128>(ratio.denominator()));
  const natural num_scaled = natural(static_cast<detail::uint128>(ratio.numerator())) *
                             detail::power(natural(static_cast<detail::uint128>(detail::cagr_grid)), years);
  // A floating-point estimate, then an exact search: the largest m with (m / 10^12)^years <= ratio.
  // __builtin_pow (g++, clang++) is std::pow without the 0.06 s of <cmath>.
  const double estimate = __builtin_pow(ratio.to_double(), 1.0 / years) * static_cast<double>(detail::cagr_grid);
  if (!(estimate < 9.0e18)) {
    detail::throw_overflow("cagr (the yearly growth factor is too large for a 10^-12 bracket)");
  }
  const auto guess = static_cast<std::int64_t>(estimate);
  const std::int64_t slack = guess / (std::int64_t{1} << 40) + 4;
  std::int64_t lo = guess > slack ? guess - slack : 0;  // (lo / 10^12)^years <= ratio
  std::int64_t hi = guess + slack;                      // (hi / 10^12)^years > ratio
  while (lo > 0 && detail::root_candidate_vs(lo, years, num_scaled, den) > 0) {
    lo = lo / 2;
  }
  while (detail::root_candidate_vs(hi, years, num_scaled, den) <= 0) {
    if (hi > std::int64_t{4'000'000'000'000'000'000}) {
      detail::throw_overflow("cagr (the yearly growth factor is too large for a 10^-12 bracket)");
    }
    hi = hi * 2;
  }
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (detail::root_candidate_vs(mid, years, num_scaled, den) <= 0) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  const growth lower(quotient(lo, detail::cagr_grid) - quotient(1));
  if (detail::root_candidate_vs(lo, years, num_scaled, den) == 0) {
    return {lower, lower};
  }
  return {lower, growth(quotient(hi, detail::cagr_grid) - quotient(1))};
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_CAGR_HPP
