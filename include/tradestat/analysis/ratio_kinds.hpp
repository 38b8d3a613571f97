// Kinds of dimensionless values: share, growth, index, percentage_points, contribution,
// contribution_rate. Each holds an exact fraction; the type says what the fraction means.
#ifndef TRADESTAT_ANALYSIS_RATIO_KINDS_HPP
#define TRADESTAT_ANALYSIS_RATIO_KINDS_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <compare>
#include <concepts>
#include <type_traits>

namespace tradestat {

// The rules that deleted operations spell in their return or parameter types.
namespace rule {
struct a_share_and_a_growth_rate_do_not_add__a_share_is_part_of_a_whole_and_a_growth_rate_a_change {};
struct shares_do_not_add__overlapping_groups_would_count_twice__add_the_amounts_then_call_share_of {};
struct growth_rates_do_not_add__compound_them_with_compound_or_subtract_them_for_percentage_points {};
struct cannot_add_or_subtract_ratios_of_different_kinds {};
struct growth_rates_do_not_multiply__compound_them_with_compound {};
struct ratio_kinds_do_not_multiply_or_divide__use_their_exact_value_quotients {};
struct a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money {};
struct a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient {};
struct a_ratio_of_amounts_in_different_currencies_is_an_exchange_rate__convert_with_an_exchange_rate_first {};
}  // namespace rule

namespace detail {

/** The common part of every ratio kind: an exact fraction and comparison within the kind. */
template <class Kind>
class ratio_base {
 public:
  /** The exact fraction (of one, not of a hundred). */
  constexpr quotient value() const noexcept { return value_; }

  friend constexpr bool operator==(const Kind& a, const Kind& b) noexcept { return a.value() == b.value(); }
  friend constexpr std::strong_ordering operator<=>(const Kind& a, const Kind& b) noexcept {
    return a.value() <=> b.value();
  }

 protected:
  constexpr explicit ratio_base(quotient v) noexcept : value_(v) {}

 private:
  quotient value_;
};

/** (b - a) / base for amounts of one currency at any scales, exactly; throws tradestat::error (division_by_zero)
 *  naming `what` when base is zero. */
template <class C, class SA, class RA, class SB, class RB, class SW, class RW>
constexpr quotient change_over(const money<C, SA, RA>& a, const money<C, SB, RB>& b,
                               const money<C, SW, RW>& base, const char* what) {
  constexpr int e = finer_exponent<C, finer_scale_t<C, SA, SB>, SW>;
  const int128 w = count_at(base, e);
  if (w == 0) {
    throw error(error_kind::division_by_zero, what);
  }
  return quotient::from_wide(count_at(b, e) - count_at(a, e), w);
}

/** 1 + q, exactly. */
constexpr quotient one_plus(const quotient& q) { return quotient(1) + q; }

}  // namespace detail

/** A part of a whole (占比, 比重): `share_of(part, whole)`. Subtracting shares gives
 *  percentage_points; shares do not add (sum the amounts, then take the share).
 *  Example: `share{quotient(129, 1000)}` // 12.9 % */
class share : public detail::ratio_base<share> {
 public:
  /** Zero. Example: `share{}.value()` // quotient(0) */
  constexpr share() noexcept : ratio_base(quotient(0)) {}
  /** A share given as a fraction of one. Example: `share{quotient(1, 2)}` // half, 50 % */
  constexpr explicit share(quotient fraction) noexcept : ratio_base(fraction) {}
};

/** A change over a base (增长, 增速): `growth(from, to)` is to / from - 1. Growth rates compound
 *  with `compound`; their difference is percentage_points.
 *  Example: `growth(money<CNY>{100}, money<CNY>{125})` // growth of 25 % */
class growth : public detail::ratio_base<growth> {
 public:
  /** No change. Example: `growth{}.value()` // quotient(0) */
  constexpr growth() noexcept : ratio_base(quotient(0)) {}
  /** A growth rate given as a fraction of one. Example: `growth{quotient(-89, 1000)}` // -8.9 % */
  constexpr explicit growth(quotient fraction) noexcept : ratio_base(fraction) {}

  /** The growth from one amount to another of the same currency (any scales); throws
   *  tradestat::error (division_by_zero) when `from` is zero.
   *  Example: `growth(money<CNY, scale<7>>{43405}, money<CNY, wan>{52037000})` // 8632/43405, about 19.9 % */
  template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
  constexpr growth(const money<C, S1, R1>& from, const money<C, S2, R2>& to)
      : ratio_base(detail::change_over(from, to, from, "tradestat: growth from a zero base is undefined")) {}

  /** Deleted: the amounts are in different currencies; convert one with an exchange_rate first. */
  // clang-format off
  template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB>
    requires(!std::same_as<A, B>)
  growth(const money<A, SA, RA>&, const money<B, SB, RB>&,  // a ratio of amounts in different currencies is an exchange rate: convert with an exchange_rate first
         rule::a_ratio_of_amounts_in_different_currencies_is_an_exchange_rate__convert_with_an_exchange_rate_first = {}) = delete;
  // clang-format on
};

/** An index with its base at 100 (指数): `index(base, value)` is value / base, printed times 100.
 *  Name it `tradestat::index`: POSIX declares a function `::index` too.
 *  Example: `index(money<CNY>{80}, money<CNY>{100})` // index 125 */
class index : public detail::ratio_base<index> {
 public:
  /** The base itself: 100. Example: `index{}.value()` // quotient(1) */
  constexpr index() noexcept : ratio_base(quotient(1)) {}
  /** An index given as a fraction of its base. Example: `index{quotient(6, 5)}` // index 120 */
  constexpr explicit index(quotient fraction_of_base) noexcept : ratio_base(fraction_of_base) {}

  /** The value relative to the base, amounts of one currency (any scales); throws
   *  tradestat::error (division_by_zero) for a zero base. Example: `index(money<CNY>{4}, money<CNY>{5})` // index 125 */
  template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
  constexpr index(const money<C, S1, R1>& base, const money<C, S2, R2>& value)
      : ratio_base(detail::one_plus(
            detail::change_over(base, value, base, "tradestat: an index on a zero base is undefined"))) {}
};

/** A difference of two shares or of two growth rates (百分点). Percentage points add.
 *  Example: `share{quotient(129, 1000)} - share{quotient(81, 1000)}` // 4.8 percentage points */
class percentage_points : public detail::ratio_base<percentage_points> {
 public:
  /** Zero points. Example: `percentage_points{}.value()` // quotient(0) */
  constexpr percentage_points() noexcept : ratio_base(quotient(0)) {}
  /** Points given as a fraction of one: 4.8 points is quotient(48, 1000).
   *  Example: `percentage_points{quotient(48, 1000)}` // 4.8 percentage points */
  constexpr explicit percentage_points(quotient fraction) noexcept : ratio_base(fraction) {}

  constexpr percentage_points operator-() const { return percentage_points(-value()); }
  friend constexpr percentage_points operator+(const percentage_points& a, const percentage_points& b) {
    return percentage_points(a.value() + b.value());
  }
  friend constexpr percentage_points operator-(const percentage_points& a, const percentage_points& b) {
    return percentage_points(a.value() - b.value());
  }
};

/** A part's contribution to the growth of its whole (拉动), in percentage points of the whole:
 *  (part_to - part_from) / whole_from. Contributions of a partition add up to the whole's growth.
 *  Example: `contribution(money<CNY>{40}, money<CNY>{50}, money<CNY>{100})` // 10 points */
class contribution : public detail::ratio_base<contribution> {
 public:
  /** No contribution. Example: `contribution{}.value()` // quotient(0) */
  constexpr contribution() noexcept : ratio_base(quotient(0)) {}
  /** A contribution given as a fraction of one. Example: `contribution{quotient(212, 1000)}` // 21.2 points */
  constexpr explicit contribution(quotient fraction) noexcept : ratio_base(fraction) {}

  /** The contribution of a part that moved from `part_from` to `part_to`, to a whole that was
   *  `whole_from`; one currency, any scales; throws tradestat::error (division_by_zero) when `whole_from` is zero.
   *  Example: `contribution(money<CNY>{60}, money<CNY>{55}, money<CNY>{100})` // -5 points */
  template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2,
            money_scale S3, std::signed_integral R3>
  constexpr contribution(const money<C, S1, R1>& part_from, const money<C, S2, R2>& part_to,
                         const money<C, S3, R3>& whole_from)
      : ratio_base(detail::change_over(part_from, part_to, whole_from,
                                       "tradestat: a contribution to a whole that was zero is undefined")) {}

  /** The contribution as plain percentage points. Example: `contribution{quotient(1, 10)}.points()` // 10 points */
  constexpr percentage_points points() const noexcept { return percentage_points(value()); }

  friend constexpr contribution operator+(const contribution& a, const contribution& b) {
    return contribution(a.value() + b.value());
  }
};

/** A part's share of the whole's change (贡献率): (part_to - part_from) / (whole_to - whole_from);
 *  can exceed 100 % or be negative.
 *  Example: `contribution_rate(money<CNY>{40}, money<CNY>{50}, money<CNY>{100}, money<CNY>{120})` // 50 % */
class contribution_rate : public detail::ratio_base<contribution_rate> {
 public:
  /** Zero. Example: `contribution_rate{}.value()` // quotient(0) */
  constexpr contribution_rate() noexcept : ratio_base(quotient(0)) {}
  /** A rate given as a fraction of one. Example: `contribution_rate{quotient(1, 2)}` // 50 % */
  constexpr explicit contribution_rate(quotient fraction) noexcept : ratio_base(fraction) {}

  /** The part's change over the whole's change, one currency, any scales; throws
   *  tradestat::error (division_by_zero) when the whole did not change.
   *  Example: `contribution_rate(money<CNY>{60}, money<CNY>{55}, money<CNY>{100}, money<CNY>{110})` // -50 % */
  template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2,
            money_scale S3, std::signed_integral R3, money_scale S4, std::signed_integral R4>
  constexpr contribution_rate(const money<C, S1, R1>& part_from, const money<C, S2, R2>& part_to,
                              const money<C, S3, R3>& whole_from, const money<C, S4, R4>& whole_to)
      : ratio_base(quotient_of_changes(part_from, part_to, whole_from, whole_to)) {}

 private:
  template <class C, class S1, class R1, class S2, class R2, class S3, class R3, class S4, class R4>
  static constexpr quotient quotient_of_changes(const money<C, S1, R1>& pf, const money<C, S2, R2>& pt,
                                                const money<C, S3, R3>& wf, const money<C, S4, R4>& wt) {
    constexpr int e =
        detail::finer_exponent<C, detail::finer_scale_t<C, S1, S2>, detail::finer_scale_t<C, S3, S4>>;
    const detail::int128 dw = detail::count_at(wt, e) - detail::count_at(wf, e);
    if (dw == 0) {
      throw error(error_kind::division_by_zero, "tradestat: a contribution rate to a whole that did not change is undefined");
    }
    return quotient::from_wide(detail::count_at(pt, e) - detail::count_at(pf, e), dw);
  }
};

/** True for the six ratio kinds. Example: `static_assert(ratio_kind<share>);` // holds */
template <class T>
concept ratio_kind =
    std::same_as<std::remove_cvref_t<T>, share> || std::same_as<std::remove_cvref_t<T>, growth> ||
    std::same_as<std::remove_cvref_t<T>, index> || std::same_as<std::remove_cvref_t<T>, percentage_points> ||
    std::same_as<std::remove_cvref_t<T>, contribution> ||
    std::same_as<std::remove_cvref_t<T>, contribution_rate>;

// ---------------------------------------------------------------------------------------------
// Constructors that say what they compute.

/** The share of a part in its whole, amounts of one currency (any scales); throws
 *  tradestat::error (division_by_zero) for a zero whole.
 *  Example: `share_of(money<CNY, yi>{6737}, money<CNY, yi>{52037})` // 6737/52037, prints 12.9 % */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr share share_of(const money<C, S1, R1>& part, const money<C, S2, R2>& whole) {
  constexpr int e = detail::finer_exponent<C, S1, S2>;
  const detail::int128 w = detail::count_at(whole, e);
  if (w == 0) {
    throw error(error_kind::division_by_zero, "tradestat: a share of a zero whole is undefined");
  }
  return share(quotient::from_wide(detail::count_at(part, e), w));
}

/** (1 + a)(1 + b)... - 1: growth over consecutive periods, exactly.
 *  Example: `compound(growth{quotient(1, 10)}, growth{quotient(1, 10)})` // growth of 21 % */
template <std::same_as<growth>... More>
constexpr growth compound(const growth& a, const growth& b, const More&... more) {
  quotient factor = detail::one_plus(a.value()) * detail::one_plus(b.value());
  ((factor = factor * detail::one_plus(more.value())), ...);
  return growth(factor - quotient(1));
}

namespace detail {

/** amount * f rounded by the policy, as the same money type. */
template <class C, class S, class R, class P>
constexpr money<C, S, R> scale_amount(const money<C, S, R>& amount, const quotient& f, P policy,
                                      const char* what) {
  int128 product = 0;
  if (__builtin_mul_overflow(static_cast<int128>(amount.count()), static_cast<int128>(f.numerator()),
                             &product)) {
    throw_overflow(what);
  }
  return money<C, S, R>(narrow<R>(divide_rounded(product, f.denominator(), policy), what));
}

}  // namespace detail

/** The amount after a growth: amount * (1 + g), rounded by the policy to the amount's scale.
 *  Example: `apply(growth{quotient(1, 4)}, money<CNY, yi>{3686}, rounding::half_up)` // money<CNY, yi>{4608} (4607.5 -> 4608) */
template <currency C, money_scale S, std::signed_integral R, rounding_policy P>
constexpr money<C, S, R> apply(const growth& g, const money<C, S, R>& amount, P policy) {
  return detail::scale_amount(amount, detail::one_plus(g.value()), policy, "apply(growth, amount)");
}

/** The amount a growth started from: current / (1 + g), rounded by the policy to the scale;
 *  throws tradestat::error (division_by_zero) for a growth of -100 %.
 *  Example: `implied_prior(money<CNY, yi>{4607}, growth{quotient(1, 4)}, rounding::half_up)` // money<CNY, yi>{3686} (3685.6) */
template <currency C, money_scale S, std::signed_integral R, rounding_policy P>
constexpr money<C, S, R> implied_prior(const money<C, S, R>& current, const growth& g, P policy) {
  const quotient factor = detail::one_plus(g.value());
  if (factor.numerator() == 0) {
    throw error(error_kind::division_by_zero, "tradestat: no prior amount grows by -100 % to a current amount");
  }
  return detail::scale_amount(current, factor.inverse(), policy, "implied_prior(amount, growth)");
}

// ---------------------------------------------------------------------------------------------
// Arithmetic between kinds that has a meaning.

/** Two shares differ by percentage points. Example: `share{quotient(1, 2)} - share{quotient(2, 5)}` // 10 points */
constexpr percentage_points operator-(const share& a, const share& b) {
  return percentage_points(a.value() - b.value());
}
/** Two growth rates differ by percentage points. Example: `growth{quotient(199, 1000)} - growth{quotient(38, 1000)}` // 16.1 points */
constexpr percentage_points operator-(const growth& a, const growth& b) {
  return percentage_points(a.value() - b.value());
}
/** A share moved by percentage points. Example: `share{quotient(81, 1000)} + percentage_points{quotient(48, 1000)}` // 12.9 % */
constexpr share operator+(const share& s, const percentage_points& p) { return share(s.value() + p.value()); }
constexpr share operator-(const share& s, const percentage_points& p) { return share(s.value() - p.value()); }
/** A growth rate moved by percentage points. Example: `growth{quotient(38, 1000)} + percentage_points{quotient(161, 1000)}` // 19.9 % */
constexpr growth operator+(const growth& g, const percentage_points& p) {
  return growth(g.value() + p.value());
}
constexpr growth operator-(const growth& g, const percentage_points& p) {
  return growth(g.value() - p.value());
}

// ---------------------------------------------------------------------------------------------
// Deleted operations. The return type of each spells the rule, so that the first line of a g++
// error names it; clang prints the declaration, which carries the same rule.
namespace detail {

template <class A, class B>
struct ratio_sum_rule {
  using type = rule::cannot_add_or_subtract_ratios_of_different_kinds;
};
template <>
struct ratio_sum_rule<share, growth> {
  using type =
      rule::a_share_and_a_growth_rate_do_not_add__a_share_is_part_of_a_whole_and_a_growth_rate_a_change;
};
template <>
struct ratio_sum_rule<growth, share> : ratio_sum_rule<share, growth> {};
template <>
struct ratio_sum_rule<share, share> {
  using type =
      rule::shares_do_not_add__overlapping_groups_would_count_twice__add_the_amounts_then_call_share_of;
};
template <>
struct ratio_sum_rule<growth, growth> {
  using type =
      rule::growth_rates_do_not_add__compound_them_with_compound_or_subtract_them_for_percentage_points;
};

template <class A, class B>
using ratio_sum_rule_t = typename ratio_sum_rule<std::remove_cvref_t<A>, std::remove_cvref_t<B>>::type;

template <class A, class B>
inline constexpr bool ratio_addable =
    (std::same_as<A, percentage_points> && std::same_as<B, percentage_points>) ||
    (std::same_as<A, contribution> && std::same_as<B, contribution>) ||
    ((std::same_as<A, share> || std::same_as<A, growth>)&&std::same_as<B, percentage_points>);

template <class A, class B>
inline constexpr bool ratio_subtractable =
    (std::same_as<A, percentage_points> && std::same_as<B, percentage_points>) ||
    (std::same_as<A, share> && std::same_as<B, share>) ||
    (std::same_as<A, growth> && std::same_as<B, growth>) ||
    ((std::same_as<A, share> || std::same_as<A, growth>)&&std::same_as<B, percentage_points>);

template <class A, class B>
using ratio_product_rule_t =
    std::conditional_t<std::same_as<A, growth> && std::same_as<B, growth>,
                       rule::growth_rates_do_not_multiply__compound_them_with_compound,
                       rule::ratio_kinds_do_not_multiply_or_divide__use_their_exact_value_quotients>;

}  // namespace detail

// clang-format off
// The common mistakes first, as plain functions whose declaration line states the rule.
rule::a_share_and_a_growth_rate_do_not_add__a_share_is_part_of_a_whole_and_a_growth_rate_a_change operator+(const share&, const growth&) = delete;  // a share and a growth rate do not add: a share is part of a whole, a growth rate a change
rule::a_share_and_a_growth_rate_do_not_add__a_share_is_part_of_a_whole_and_a_growth_rate_a_change operator+(const growth&, const share&) = delete;  // a share and a growth rate do not add: a share is part of a whole, a growth rate a change
rule::a_share_and_a_growth_rate_do_not_add__a_share_is_part_of_a_whole_and_a_growth_rate_a_change operator-(const share&, const growth&) = delete;  // a share and a growth rate do not add: a share is part of a whole, a growth rate a change
rule::a_share_and_a_growth_rate_do_not_add__a_share_is_part_of_a_whole_and_a_growth_rate_a_change operator-(const growth&, const share&) = delete;  // a share and a growth rate do not add: a share is part of a whole, a growth rate a change
rule::shares_do_not_add__overlapping_groups_would_count_twice__add_the_amounts_then_call_share_of operator+(const share&, const share&) = delete;  // shares do not add: overlapping groups would count twice; add the amounts, then call share_of
rule::growth_rates_do_not_add__compound_them_with_compound_or_subtract_them_for_percentage_points operator+(const growth&, const growth&) = delete;  // growth rates do not add: compound them with compound, or subtract them for percentage points
rule::growth_rates_do_not_multiply__compound_them_with_compound operator*(const growth&, const growth&) = delete;  // growth rates do not multiply: compound them with compound
// Every other pairing of kinds.
template <ratio_kind A, ratio_kind B> requires(!detail::ratio_addable<A, B>)
detail::ratio_sum_rule_t<A, B> operator+(const A&, const B&) = delete;  // these two ratio kinds do not add (see the rule in the return type)
template <ratio_kind A, ratio_kind B> requires(!detail::ratio_subtractable<A, B>)
detail::ratio_sum_rule_t<A, B> operator-(const A&, const B&) = delete;  // these two ratio kinds do not subtract (see the rule in the return type)
template <ratio_kind A, ratio_kind B>
detail::ratio_product_rule_t<A, B> operator*(const A&, const B&) = delete;  // growth rates compound with compound(a, b); other kinds: multiply value() quotients
template <ratio_kind A, ratio_kind B>
detail::ratio_product_rule_t<A, B> operator/(const A&, const B&) = delete;  // ratio kinds do not divide: divide their value() quotients
template <ratio_kind A, money_type M>
rule::a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money operator+(const A&, const M&) = delete;  // a ratio has no currency: it cannot be added to money
template <money_type M, ratio_kind A>
rule::a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money operator+(const M&, const A&) = delete;  // a ratio has no currency: it cannot be added to money
template <ratio_kind A, money_type M>
rule::a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money operator-(const A&, const M&) = delete;  // a ratio has no currency: it cannot be subtracted from money
template <money_type M, ratio_kind A>
rule::a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money operator-(const M&, const A&) = delete;  // a ratio has no currency: it cannot be subtracted from money
template <ratio_kind A, money_type M>
rule::a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money operator==(const A&, const M&) = delete;  // a ratio has no currency: it cannot be compared with money
template <ratio_kind A, money_type M>
rule::a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money operator<=>(const A&, const M&) = delete;  // a ratio has no currency: it cannot be compared with money
template <ratio_kind A, detail::plain_number N>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator+(const A&, const N&) = delete;  // construct the kind from a quotient first
template <detail::plain_number N, ratio_kind A>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator+(const N&, const A&) = delete;  // construct the kind from a quotient first
template <ratio_kind A, detail::plain_number N>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator-(const A&, const N&) = delete;  // construct the kind from a quotient first
template <detail::plain_number N, ratio_kind A>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator-(const N&, const A&) = delete;  // construct the kind from a quotient first
template <ratio_kind A, detail::plain_number N>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator*(const A&, const N&) = delete;  // construct the kind from a quotient first
template <detail::plain_number N, ratio_kind A>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator*(const N&, const A&) = delete;  // construct the kind from a quotient first
template <ratio_kind A, detail::plain_number N>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator==(const A&, const N&) = delete;  // compare with a kind constructed from a quotient
template <ratio_kind A, detail::plain_number N>
rule::a_ratio_kind_does_not_mix_with_a_plain_number__construct_the_kind_from_a_quotient operator<=>(const A&, const N&) = delete;  // compare with a kind constructed from a quotient
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB> requires(!std::same_as<A, B>)
rule::a_ratio_of_amounts_in_different_currencies_is_an_exchange_rate__convert_with_an_exchange_rate_first share_of(const money<A, SA, RA>&, const money<B, SB, RB>&) = delete;  // a share needs part and whole in one currency: convert with an exchange_rate first
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_RATIO_KINDS_HPP
