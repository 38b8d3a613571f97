// One row of a comparison table (对比表): this period and the comparison period, growth, share,
// share change, contribution and contribution rate, computed from the two values and the two totals.
#ifndef TRADESTAT_ANALYSIS_COMPARISON_ROW_HPP
#define TRADESTAT_ANALYSIS_COMPARISON_ROW_HPP

#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/scale.hpp>

#include <concepts>
#include <cstdint>
#include <limits>

namespace tradestat {

/** A key's figures in a comparison of two periods, from the amounts and the totals they belong to
 *  (trade-statistics.md, "Computations"; X is the key's value, T the total, t-1 the prior period):
 *  | member | formula | no base when |
 *  | --- | --- | --- |
 *  | `current`, `prior` | X_t, X_{t-1} | |
 *  | `growth` | X_t / X_{t-1} - 1 (同比) | X_{t-1} = 0 |
 *  | `share` | X_t / T_t (占比) | T_t = 0 |
 *  | `prior_share` | X_{t-1} / T_{t-1} | T_{t-1} = 0 |
 *  | `share_change` | share - prior_share, percentage points (个百分点); exact when the fraction fits 64-bit parts, else rounded half to even to 10^-15 | either share has none |
 *  | `contribution` | (X_t - X_{t-1}) / T_{t-1}, percentage points of the total's growth (拉动) | T_{t-1} = 0 |
 *  | `contribution_rate` | (X_t - X_{t-1}) / (T_t - T_{t-1}) (贡献率) | T_t = T_{t-1} |
 *  Every other ratio is exact (their fractions have the key's amounts over one of the totals, so they
 *  fit); a cell without a base holds `no_base`.
 *  Example: `comparison_row_of(money<CNY, yi>{6737}, money<CNY, yi>{3397}, money<CNY, yi>{52037}, money<CNY, yi>{43405}).growth`
 *  // growth of 3340/3397, 98.3 % */
namespace detail {

/** The grid a share change is rounded to when its exact fraction does not fit 64-bit parts: 10^-15
 *  (10^-13 percentage points). */
inline constexpr std::int64_t share_change_grid = 1'000'000'000'000'000;

constexpr int128 gcd_of(int128 a, int128 b) noexcept {
  if (a < 0) a = -a;
  while (b != 0) {
    const int128 t = a % b;
    a = b;
    b = t;
  }
  return a == 0 ? 1 : a;
}

/** a - b for two shares (each in [0, 1] for a partition, any fraction otherwise): exact when the
 *  difference fits a quotient, which it does when both shares have the same total; otherwise (the
 *  two totals of a comparison in whole yuan make a denominator near 10^27) rounded half to even to a
 *  multiple of 10^-15. */
constexpr quotient share_difference(const quotient& a, const quotient& b) {
  const int128 n = static_cast<int128>(a.numerator()) * b.denominator() - static_cast<int128>(b.numerator()) * a.denominator();
  const int128 d = static_cast<int128>(a.denominator()) * b.denominator();
  const int128 g = gcd_of(n, d);
  constexpr int128 most = std::numeric_limits<std::int64_t>::max();
  if (n / g <= most && -(n / g) <= most && d / g <= most) {
    return quotient::from_wide(n / g, d / g);
  }
  // |n| / d on the grid by long division; ten times a remainder must stay below 2^127.
  if (d > (int128{1} << 123)) throw_overflow("a share change (the totals are too large for this scale: use a coarser one)");
  const bool negative = n < 0;
  const int128 m = negative ? -n : n;
  int128 q = m / d;
  int128 r = m % d;
  for (std::int64_t step = 1; step < share_change_grid; step *= 10) {
    r *= 10;
    q = q * 10 + r / d;
    r %= d;
  }
  if (r > d - r || (r == d - r && q % 2 == 1)) q += 1;
  return quotient::from_wide(negative ? -q : q, share_change_grid);
}

}  // namespace detail

template <money_type M>
struct comparison_row {
  using money_type = M;

  M current{};
  M prior{};
  growth_cell growth{};
  share_cell share{};
  share_cell prior_share{};
  points_cell share_change{};
  contribution_cell contribution{};
  contribution_rate_cell contribution_rate{};

  /** X_t - X_{t-1}. Example: for 6737 against 3397, `change()` // 3340 */
  constexpr M change() const { return current - prior; }

  friend constexpr bool operator==(const comparison_row&, const comparison_row&) = default;
};

/** The row of a key whose value moved from `prior` to `current`, in a total that moved from
 *  `total_prior` to `total_current`; amounts of one money type (one currency and scale). Zero bases
 *  give `no_base` cells, never an exception. The totals row is
 *  `comparison_row_of(total_current, total_prior, total_current, total_prior)` (share 100 %,
 *  contribution equal to the total's growth, contribution rate 100 %).
 *  Example: `comparison_row_of(money<CNY>{50}, money<CNY>{0}, money<CNY>{150}, money<CNY>{100}).growth`
 *  // no_base; its contribution is 50 points */
template <currency C, money_scale S, std::signed_integral R>
constexpr comparison_row<money<C, S, R>> comparison_row_of(const money<C, S, R>& current,
                                                           const money<C, S, R>& prior,
                                                           const money<C, S, R>& total_current,
                                                           const money<C, S, R>& total_prior) {
  const money<C, S, R> zero{};
  comparison_row<money<C, S, R>> row;
  row.current = current;
  row.prior = prior;
  if (prior != zero) {
    row.growth = tradestat::growth(prior, current);
  }
  if (total_current != zero) {
    row.share = share_of(current, total_current);
  }
  if (total_prior != zero) {
    row.prior_share = share_of(prior, total_prior);
    row.contribution = tradestat::contribution(prior, current, total_prior);
  }
  if (row.share.has_value() && row.prior_share.has_value()) {
    row.share_change = percentage_points(detail::share_difference(row.share->value(), row.prior_share->value()));
  }
  if (total_current != total_prior) {
    row.contribution_rate = tradestat::contribution_rate(prior, current, total_prior, total_current);
  }
  return row;
}

// Rejected: declared, never defined, returning the rule (see ratio_kinds.hpp).
namespace rule {
struct a_comparison_needs_amounts_in_one_currency__convert_with_an_exchange_rate_first;
}  // namespace rule
namespace detail {
template <class A, class B, class C, class D>
concept money_of_several_currencies =
    money_type<A> && money_type<B> && money_type<C> && money_type<D> &&
    !(std::same_as<typename A::currency_type, typename B::currency_type> &&
      std::same_as<typename A::currency_type, typename C::currency_type> &&
      std::same_as<typename A::currency_type, typename D::currency_type>);
}  // namespace detail
// clang-format off
template <class A, class B, class C, class D> requires detail::money_of_several_currencies<A, B, C, D>
rule::a_comparison_needs_amounts_in_one_currency__convert_with_an_exchange_rate_first comparison_row_of(const A&, const B&, const C&, const D&);  // a comparison needs amounts in one currency: convert with an exchange_rate first
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_COMPARISON_ROW_HPP
