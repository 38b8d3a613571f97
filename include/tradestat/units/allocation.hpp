// Allocation: split an amount by weights without losing or inventing a single unit.
#ifndef TRADESTAT_UNITS_ALLOCATION_HPP
#define TRADESTAT_UNITS_ALLOCATION_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <numeric>
#include <iterator>  // std::ranges concepts and accessors (bits/ranges_base.h), without all of <ranges>
#include <type_traits>
#include <vector>

namespace tradestat {

namespace detail {

template <class W>
constexpr int128 weight_value(const W& w) {
  if constexpr (money_type<W>) {
    return static_cast<int128>(w.count());
  } else {
    return static_cast<int128>(w);
  }
}

template <class W>
concept allocation_weight = (std::integral<W> && !std::same_as<W, bool>) || money_type<W>;

}  // namespace detail

/** Splits `total` in proportion to non-negative `weights` by the largest-remainder method: the
 *  parts add up to `total` exactly; ties in the remainder go to the earlier weight. Weights are
 *  integers or amounts of money (of one type). Throws tradestat::error (invalid_argument) for an empty range, a
 *  negative weight or weights that are all zero.
 *  Example: `allocate(money<CNY>{100}, std::vector{1, 1, 1})` // 34, 33, 33 yuan */
// clang-format 14 misplaces requires-clauses:
// clang-format off
template <money_type M, std::ranges::input_range Weights>
  requires detail::allocation_weight<std::ranges::range_value_t<Weights>>
std::vector<M> allocate(const M& total, const Weights& weights) {
  // clang-format on
  std::vector<detail::int128> w;
  for (const auto& weight : weights) {
    const detail::int128 v = detail::weight_value(weight);
    if (v < 0) {
      throw error(error_kind::invalid_argument, "tradestat: allocate needs non-negative weights");
    }
    w.push_back(v);
  }
  if (w.empty()) {
    throw error(error_kind::invalid_argument, "tradestat: allocate needs at least one weight");
  }
  const detail::int128 sum = std::accumulate(w.begin(), w.end(), detail::int128{0});
  if (sum == 0) {
    throw error(error_kind::invalid_argument, "tradestat: allocate needs at least one positive weight");
  }
  // Allocate the magnitude, then give the parts the total's sign: the split of -T mirrors that of T.
  const detail::int128 t = total.count();
  const bool negative = t < 0;
  const detail::int128 magnitude = negative ? -t : t;

  std::vector<detail::int128> base(w.size());
  std::vector<detail::int128> remainder(w.size());
  detail::int128 given = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const detail::int128 product = magnitude * w[i];  // < 2^63 * 2^63: fits 128 bits
    base[i] = product / sum;
    remainder[i] = product % sum;
    given += base[i];
  }
  std::vector<std::size_t> order(w.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (detail::int128 left = magnitude - given, k = 0; k < left; ++k) {
    ++base[order[static_cast<std::size_t>(k)]];
  }

  using rep = typename M::rep;
  std::vector<M> parts;
  parts.reserve(w.size());
  for (const detail::int128 b : base) {
    parts.push_back(M(detail::narrow<rep>(negative ? -b : b, "allocate")));
  }
  return parts;
}

/** `allocate` with the weights written in place.
 *  Example: `allocate(money<CNY, wan>{10}, {1, 2})` // 3 and 7 (3.33 -> 3, 6.67 -> 7) 万元 */
template <money_type M>
std::vector<M> allocate(const M& total, std::initializer_list<std::int64_t> weights) {
  return allocate(total, std::vector<std::int64_t>(weights));
}

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_ALLOCATION_HPP
