// exact_sum: the sum of a range of money, exact, with one overflow check at the end.
#ifndef TRADESTAT_UNITS_EXACT_SUM_HPP
#define TRADESTAT_UNITS_EXACT_SUM_HPP

#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>

#include <cstddef>
#include <cstdint>
#include <ranges>
#include <type_traits>

namespace tradestat {

/** The exact sum of a range of amounts of one money type. Partial sums never overflow (they are
 *  kept in 128 bits), so the result is right whenever it fits the money type; otherwise it throws
 *  overflow_error. As fast as summing plain integers: the loop has no per-element check.
 *  Example: `exact_sum(std::vector{money<cny>{INT64_MAX}, money<cny>{1}, money<cny>{-2}})`
 *  // money<cny>{INT64_MAX - 1} */
// clang-format 14 misplaces requires-clauses:
// clang-format off
template <std::ranges::input_range Range>
  requires money_type<std::ranges::range_value_t<Range>>
constexpr std::ranges::range_value_t<Range> exact_sum(Range&& amounts) {
  // clang-format on
  using M = std::ranges::range_value_t<Range>;
  using rep = typename M::rep;
  static_assert(sizeof(rep) <= sizeof(std::uint64_t),
                "exact_sum: representations wider than 64 bits are not supported");
  // Each count u (as unsigned 64 bits) is hi * 2^32 + lo, and the signed value is u - 2^64 when
  // negative. Three unsigned accumulators of at most 2^31 terms each cannot wrap, and the loop
  // vectorises; the signed total is rebuilt in 128 bits after each block.
  detail::int128 total = 0;
  if constexpr (std::ranges::contiguous_range<Range> && std::ranges::sized_range<Range>) {
    // Each count u (as unsigned 64 bits) is hi * 2^32 + lo, and the signed value is u - 2^64 when
    // negative. Three unsigned accumulators over at most 2^31 terms cannot wrap, and the inner loop
    // vectorises; the signed total is rebuilt in 128 bits after each block.
    const M* p = std::ranges::data(amounts);
    std::size_t left = std::ranges::size(amounts);
    constexpr std::size_t block = std::size_t{1} << 31;
    while (left > 0) {
      const std::size_t len = left < block ? left : block;
      std::uint64_t lo = 0, hi = 0, negatives = 0;
      for (std::size_t i = 0; i < len; ++i) {
        const auto u = static_cast<std::uint64_t>(static_cast<std::int64_t>(p[i].count()));
        lo += u & 0xffff'ffffU;
        hi += u >> 32;
        negatives += u >> 63;
      }
      total += (static_cast<detail::int128>(hi) << 32) + static_cast<detail::int128>(lo) -
               (static_cast<detail::int128>(negatives) << 64);
      p += len;
      left -= len;
    }
  } else {
    for (const auto& m : amounts) {
      total += m.count();  // at most 2^64 terms of at most 2^63: no 128-bit overflow
    }
  }
  return M(detail::narrow<rep>(total, "exact_sum"));
}

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_EXACT_SUM_HPP
