// exact_sum: the sum of a range of money, exact, with one overflow check at the end.
#ifndef TRADESTAT_UNITS_EXACT_SUM_HPP
#define TRADESTAT_UNITS_EXACT_SUM_HPP

#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>  // std::ranges concepts and accessors (bits/ranges_base.h), without all of <ranges>
#include <type_traits>

namespace tradestat {

/** The exact sum of a range of amounts of one money type. Partial sums never overflow (they are
 *  kept in 128 bits), so the result is right whenever it fits the money type; otherwise it throws
 *  overflow_error. Close to the speed of summing plain integers: no per-element overflow check.
 *  Example: `exact_sum(std::vector{money<CNY>{INT64_MAX}, money<CNY>{1}, money<CNY>{-2}})`
 *  // money<CNY>{INT64_MAX - 1} */
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
  detail::int128 total = 0;
  if constexpr (std::ranges::contiguous_range<Range> && std::ranges::sized_range<Range>) {
    // Chunks of 1024: a plain wrapping sum, plus an OR that tells whether every count lies in
    // [-2^52, 2^52). If so the chunk's sum is below 2^62 in magnitude, so the wrapped sum is exact;
    // otherwise the chunk is summed again in 128 bits. Both loops vectorise.
    const M* p = std::ranges::data(amounts);
    std::size_t left = std::ranges::size(amounts);
    constexpr std::size_t chunk = 1024;
    constexpr std::uint64_t bias = std::uint64_t{1} << 52;
    while (left > 0) {
      const std::size_t len = left < chunk ? left : chunk;
      std::uint64_t wrapped = 0;
      std::uint64_t spread = 0;
      for (std::size_t i = 0; i < len; ++i) {
        const auto u = static_cast<std::uint64_t>(static_cast<std::int64_t>(p[i].count()));
        wrapped += u;
        spread |= u + bias;  // below 2^53 exactly when the count lies in [-2^52, 2^52)
      }
      if ((spread >> 53) == 0) {
        total += static_cast<std::int64_t>(wrapped);
      } else {
        for (std::size_t i = 0; i < len; ++i) {
          total += p[i].count();
        }
      }
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
