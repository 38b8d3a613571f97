// Revealed comparative advantage (Balassa, 显示性比较优势指数): an economy's share of a product in its
// exports against the world's share of that product in world exports.
#ifndef TRADESTAT_ANALYSIS_RCA_HPP
#define TRADESTAT_ANALYSIS_RCA_HPP

#include <tradestat/analysis/detail/wide_ratio.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace tradestat {

/** A Balassa index of revealed comparative advantage, (x_ij / X_i) / (x_wj / X_w), held exactly.
 *  Not a share or a growth rate: a ratio of two shares, 1 where the economy exports the product in
 *  the world's proportion, above 1 for a revealed advantage. Prints with two decimals.
 *  Example: `revealed_comparative_advantage(money<USD>{30}, money<USD>{100}, money<USD>{10}, money<USD>{100}).scaled(2, rounding::half_up)`
 *  // 300 (RCA 3.00) */
class rca {
 public:
  /** Zero: a value to assign to. */
  constexpr rca() noexcept = default;
  constexpr explicit rca(detail::wide_ratio value) noexcept : value_(value) {}

  /** True above 1: the product's share in the economy's exports exceeds its share in the world's. */
  constexpr bool reveals_advantage() const noexcept { return value_ > quotient(1); }
  /** The index times 10^decimals, rounded by the policy. */
  template <rounding_policy P>
  constexpr std::int64_t scaled(int decimals, P policy) const {
    return value_.scaled(decimals, policy);
  }
  /** The exact index. */
  constexpr const detail::wide_ratio& ratio() const noexcept { return value_; }
  /** For display or plotting only. */
  constexpr double to_double() const noexcept { return value_.to_double(); }

  friend constexpr bool operator==(const rca&, const rca&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const rca& a, const rca& b) noexcept { return a.value_ <=> b.value_; }
  /** Against a number, exactly. Example: `r > quotient(1)` // reveals an advantage */
  friend constexpr std::strong_ordering operator<=>(const rca& a, const quotient& b) noexcept { return a.value_ <=> b; }
  friend constexpr bool operator==(const rca& a, const quotient& b) noexcept { return a.value_ == b; }

 private:
  detail::wide_ratio value_{};
};

/** The Balassa index of economy i in product j: (product_exports / total_exports) /
 *  (world_product_exports / world_total_exports), amounts of one currency at any scales. Throws
 *  tradestat::error: invalid_argument for a negative amount or a part above its whole,
 *  division_by_zero when `total_exports` or `world_product_exports` is zero; overflow_error when a
 *  product of two amounts leaves 128 bits.
 *  Example: `revealed_comparative_advantage(money<USD, billion>{186}, money<USD, billion>{460}, money<USD, billion>{9000}, money<USD, billion>{24000})`
 *  // (186/460)/(9000/24000), prints "1.08" */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2,
          money_scale S3, std::signed_integral R3, money_scale S4, std::signed_integral R4>
rca revealed_comparative_advantage(const money<C, S1, R1>& product_exports, const money<C, S2, R2>& total_exports,
                                   const money<C, S3, R3>& world_product_exports,
                                   const money<C, S4, R4>& world_total_exports) {
  constexpr int e = detail::finer_exponent<C, detail::finer_scale_t<C, S1, S2>, detail::finer_scale_t<C, S3, S4>>;
  const detail::int128 x = detail::count_at(product_exports, e), xi = detail::count_at(total_exports, e);
  const detail::int128 w = detail::count_at(world_product_exports, e), xw = detail::count_at(world_total_exports, e);
  if (x < 0 || xi < 0 || w < 0 || xw < 0) {
    throw error(error_kind::invalid_argument, "tradestat: an RCA needs non-negative export values");
  }
  if (x > xi || w > xw) {
    throw error(error_kind::invalid_argument,
                "tradestat: an RCA needs each product's exports within its total (pass product, total, world product, world total)");
  }
  if (xi == 0 || w == 0) {
    throw error(error_kind::division_by_zero,
                "tradestat: an RCA needs non-zero total exports and non-zero world exports of the product");
  }
  detail::wide_unsigned num = 0, den = 0;
  if (__builtin_mul_overflow(static_cast<detail::wide_unsigned>(x), static_cast<detail::wide_unsigned>(xw), &num) ||
      __builtin_mul_overflow(static_cast<detail::wide_unsigned>(xi), static_cast<detail::wide_unsigned>(w), &den)) {
    detail::throw_overflow("revealed_comparative_advantage (a product of two amounts leaves 128 bits)");
  }
  return rca(detail::wide_ratio(num, den));
}

// Rejected: declared, never defined, returning the rule (see ratio_kinds.hpp).
namespace rule {
struct an_rca_needs_four_amounts_in_one_currency__convert_with_an_exchange_rate_first;
}  // namespace rule
namespace detail {
template <class A, class B, class C, class D>
concept four_amounts_of_several_currencies =
    money_type<A> && money_type<B> && money_type<C> && money_type<D> &&
    !(std::same_as<typename A::currency_type, typename B::currency_type> &&
      std::same_as<typename A::currency_type, typename C::currency_type> &&
      std::same_as<typename A::currency_type, typename D::currency_type>);
}  // namespace detail
// clang-format off
template <class A, class B, class C, class D> requires detail::four_amounts_of_several_currencies<A, B, C, D>
rule::an_rca_needs_four_amounts_in_one_currency__convert_with_an_exchange_rate_first revealed_comparative_advantage(const A&, const B&, const C&, const D&);  // an RCA needs four amounts in one currency: convert with an exchange_rate first
// clang-format on

/** The index as text, two decimals by default (`f.precision` otherwise), rounded half up.
 *  Example: `to_string(revealed_comparative_advantage(money<USD>{30}, money<USD>{100}, money<USD>{10}, money<USD>{100}))` // "3.00" */
inline std::string to_string(const rca& r, text_format f = {}) {
  const int decimals = f.precision < 0 ? 2 : f.precision;
  const quotient scaled(r.scaled(decimals, rounding::half_up), static_cast<std::int64_t>(detail::pow10(decimals)));
  return detail::fraction_text(scaled, 0, decimals);
}

/** Writes `to_string(r)`. */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const rca& r) {
  return os << to_string(r).c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_RCA_HPP
