// money<Currency, Scale, Rep>: an exact amount in one currency at one scale.
#ifndef TRADESTAT_UNITS_MONEY_HPP
#define TRADESTAT_UNITS_MONEY_HPP

#include <tradestat/error.hpp>
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <type_traits>

namespace tradestat {

/** An exact amount of money: `count()` units of the scale, in one currency.
 *  Example: `money<CNY, yi>{5204}.count()` // 5204, i.e. 5204亿元 = 520,400,000,000 yuan
 *  Example: `money<CNY, wan>{3} + money<CNY, yi>{1}` // money<CNY, wan>{10003} */
template <currency Currency, money_scale Scale = one, std::signed_integral Rep = std::int64_t>
class money {
 public:
  using currency_type = Currency;
  using scale_type = Scale;
  using rep = Rep;
  /** One count stands for 10^exponent units of the currency. */
  static constexpr int exponent = scale_exponent_v<Scale, Currency>;

  /** Zero. Example: `money<USD>{}.count()` // 0 */
  constexpr money() noexcept = default;

  /** `count` units of the scale; explicit because a bare number has no currency.
   *  Example: `money<CNY, wan>{5}` // 50,000 yuan */
  constexpr explicit money(Rep count) noexcept : count_(count) {}

  /** Exact conversion from a coarser (or equal) scale of the same currency; throws overflow_error.
   *  Example: `money<CNY, wan> w = money<CNY, yi>{1};` // w.count() == 10000 */
  // clang-format 14 misplaces requires-clauses:
  // clang-format off
  template <money_scale S2, std::signed_integral R2>
    requires(scale_exponent_v<S2, Currency> >= scale_exponent_v<Scale, Currency> &&
             !(std::same_as<S2, Scale> && std::same_as<R2, Rep>))
  constexpr money(const money<Currency, S2, R2>& other)  // NOLINT(google-explicit-constructor): exact
      : count_(detail::narrow<Rep>(static_cast<detail::int128>(other.count()) *
                                       detail::pow10(scale_exponent_v<S2, Currency> - exponent),
                                   "conversion to a finer scale")) {}
  // clang-format on

  /** The number of scale units held. Example: `money<CNY, yi>{3}.count()` // 3 */
  constexpr Rep count() const noexcept { return count_; }

  constexpr money operator+() const noexcept { return *this; }
  constexpr money operator-() const { return money(detail::checked_sub(Rep{0}, count_, "negation")); }

  constexpr money& operator+=(const money& other) {
    count_ = detail::checked_add(count_, other.count_, "money addition");
    return *this;
  }
  constexpr money& operator-=(const money& other) {
    count_ = detail::checked_sub(count_, other.count_, "money subtraction");
    return *this;
  }
  // clang-format 14 misplaces requires-clauses:
  // clang-format off
  template <std::integral I>
    requires(!std::same_as<I, bool>)
  constexpr money& operator*=(I factor) {
    // clang-format on
    count_ = detail::checked_mul(count_, factor, "money multiplication");
    return *this;
  }

 private:
  Rep count_{0};
};

/** True for every `money<...>` type. Example: `is_money_v<money<CNY>>` // true */
template <class T>
inline constexpr bool is_money_v = false;
template <currency C, money_scale S, std::signed_integral R>
inline constexpr bool is_money_v<money<C, S, R>> = true;

/** A `money` type. Example: `static_assert(money_type<money<USD, billion>>);` // holds */
template <class T>
concept money_type = is_money_v<std::remove_cvref_t<T>>;

namespace detail {

/** The finer of two scales of one currency (the first when they are equal). */
template <class C, class S1, class S2>
using finer_scale_t = std::conditional_t<(scale_exponent_v<S2, C> < scale_exponent_v<S1, C>), S2, S1>;

/** The money type that two amounts of one currency add up to: finer scale, wider Rep. */
template <class C, class S1, class R1, class S2, class R2>
using sum_type_t = money<C, finer_scale_t<C, S1, S2>, std::common_type_t<R1, R2>>;

/** An amount as a 128-bit count at exponent `e` (which must be no coarser than its own). */
template <class C, class S, class R>
constexpr int128 count_at(const money<C, S, R>& m, int e) noexcept {
  return static_cast<int128>(m.count()) * pow10(scale_exponent_v<S, C> - e);
}

/** The exponent of the finer of two scales. */
template <class C, class S1, class S2>
inline constexpr int finer_exponent = scale_exponent_v<finer_scale_t<C, S1, S2>, C>;

template <class I>
concept integer_factor = std::integral<I> && !std::same_as<I, bool>;

template <class T>
concept plain_number = std::is_arithmetic_v<T>;

}  // namespace detail

/** Exact sum of two amounts of one currency, at the finer of the two scales.
 *  Example: `money<CNY, yi>{1} + money<CNY, wan>{5}` // money<CNY, wan>{10005} */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr auto operator+(const money<C, S1, R1>& a, const money<C, S2, R2>& b) {
  using result = detail::sum_type_t<C, S1, R1, S2, R2>;
  using rep = typename result::rep;
  if constexpr (std::same_as<S1, S2> || scale_exponent_v<S1, C> == scale_exponent_v<S2, C>) {
    return result(
        detail::checked_add(static_cast<rep>(a.count()), static_cast<rep>(b.count()), "money addition"));
  } else {
    return result(detail::narrow<rep>(
        detail::count_at(a, result::exponent) + detail::count_at(b, result::exponent), "money addition"));
  }
}

/** Exact difference of two amounts of one currency, at the finer scale; may be negative.
 *  Example: `money<CNY, yi>{1} - money<CNY, wan>{5}` // money<CNY, wan>{9995} */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr auto operator-(const money<C, S1, R1>& a, const money<C, S2, R2>& b) {
  using result = detail::sum_type_t<C, S1, R1, S2, R2>;
  using rep = typename result::rep;
  if constexpr (std::same_as<S1, S2> || scale_exponent_v<S1, C> == scale_exponent_v<S2, C>) {
    return result(
        detail::checked_sub(static_cast<rep>(a.count()), static_cast<rep>(b.count()), "money subtraction"));
  } else {
    return result(detail::narrow<rep>(
        detail::count_at(a, result::exponent) - detail::count_at(b, result::exponent), "money subtraction"));
  }
}

/** Exact equality across scales of one currency.
 *  Example: `money<CNY, yi>{1} == money<CNY, wan>{10000}` // true */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr bool operator==(const money<C, S1, R1>& a, const money<C, S2, R2>& b) noexcept {
  constexpr int e = detail::finer_exponent<C, S1, S2>;
  return detail::count_at(a, e) == detail::count_at(b, e);
}

/** Exact ordering across scales of one currency.
 *  Example: `money<CNY, wan>{9999} < money<CNY, yi>{1}` // true */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr std::strong_ordering operator<=>(const money<C, S1, R1>& a, const money<C, S2, R2>& b) noexcept {
  constexpr int e = detail::finer_exponent<C, S1, S2>;
  return detail::count_at(a, e) <=> detail::count_at(b, e);
}

/** Money times an integer, exactly; throws overflow_error. Example: `money<USD>{7} * 3` // money<USD>{21} */
template <currency C, money_scale S, std::signed_integral R, detail::integer_factor I>
constexpr money<C, S, R> operator*(const money<C, S, R>& m, I factor) {
  return money<C, S, R>(detail::checked_mul(m.count(), factor, "money multiplication"));
}

/** An integer times money, exactly. Example: `3 * money<USD>{7}` // money<USD>{21} */
template <detail::integer_factor I, currency C, money_scale S, std::signed_integral R>
constexpr money<C, S, R> operator*(I factor, const money<C, S, R>& m) {
  return m * factor;
}

/** Money divided by an integer, rounded by the policy; throws tradestat::error (division_by_zero) for 0.
 *  Example: `divide(money<CNY>{10}, 4, rounding::half_even)` // money<CNY>{2} (2.5 -> 2) */
template <currency C, money_scale S, std::signed_integral R, detail::integer_factor I, rounding_policy P>
constexpr money<C, S, R> divide(const money<C, S, R>& m, I divisor, P policy) {
  if (divisor == 0) {
    throw error(error_kind::division_by_zero, "tradestat: money divided by zero (check the divisor before calling divide)");
  }
  detail::int128 n = m.count();
  detail::int128 d = static_cast<detail::int128>(divisor);
  if (d < 0) {
    n = -n;
    d = -d;
  }
  return money<C, S, R>(detail::narrow<R>(detail::divide_rounded(n, d, policy), "money division"));
}

/** The exact ratio of two amounts of one currency (any scales): a quotient.
 *  Example: `money<CNY, yi>{6737} / money<CNY, yi>{52037}` // quotient(6737, 52037) */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr quotient operator/(const money<C, S1, R1>& a, const money<C, S2, R2>& b) {
  constexpr int e = detail::finer_exponent<C, S1, S2>;
  return quotient::from_wide(detail::count_at(a, e), detail::count_at(b, e));
}

/** The amount at another scale of the same currency, rounded by the policy when coarser.
 *  Example: `rescale<yi>(money<CNY>{520'370'000'000}, rounding::half_up)` // money<CNY, yi>{5204} */
template <money_scale To, currency C, money_scale S, std::signed_integral R, rounding_policy P>
constexpr money<C, To, R> rescale(const money<C, S, R>& m, P policy) {
  constexpr int from = scale_exponent_v<S, C>;
  constexpr int to = scale_exponent_v<To, C>;
  if constexpr (to <= from) {
    return money<C, To, R>(m);
  } else {
    return money<C, To, R>(
        detail::narrow<R>(detail::divide_rounded(m.count(), detail::pow10(to - from), policy), "rescale"));
  }
}

/** The amount at a finer (or equal) scale, exactly; a coarser scale needs a rounding policy.
 *  Example: `rescale<minor_unit>(money<CNY>{3})` // money<CNY, minor_unit>{300} (fen) */
// clang-format 14 misplaces requires-clauses:
// clang-format off
template <money_scale To, currency C, money_scale S, std::signed_integral R>
  requires(scale_exponent_v<To, C> <= scale_exponent_v<S, C>)
constexpr money<C, To, R> rescale(const money<C, S, R>& m) {
  // clang-format on
  return money<C, To, R>(m);
}

/** The absolute value; throws overflow_error at the most negative count.
 *  Example: `abs(money<CNY>{-5})` // money<CNY>{5} */
template <currency C, money_scale S, std::signed_integral R>
constexpr money<C, S, R> abs(const money<C, S, R>& m) {
  return m.count() < 0 ? -m : m;
}

// ---------------------------------------------------------------------------------------------
// Deleted operations. Each deleted overload's return type spells the rule, so that the first line
// of a g++ error names it; clang prints the declaration line, which carries the same rule.
namespace rule {
struct cannot_add_or_subtract_money_in_different_currencies__convert_with_an_exchange_rate_first {};
struct cannot_compare_money_in_different_currencies__convert_with_an_exchange_rate_first {};
struct a_ratio_of_different_currencies_is_an_exchange_rate__build_an_exchange_rate {};
struct money_times_money_has_no_meaning {};
struct cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money {};
struct dividing_money_needs_a_rounding_policy__call_divide_with_a_rounding_policy {};
struct money_times_a_fraction_needs_a_rounding_policy__multiply_by_an_integer {};
struct coarser_scale_needs_a_rounding_policy__call_rescale_with_a_rounding_policy {};
}  // namespace rule

// clang-format off
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB> requires(!std::same_as<A, B>)
rule::cannot_add_or_subtract_money_in_different_currencies__convert_with_an_exchange_rate_first operator+(const money<A, SA, RA>&, const money<B, SB, RB>&) = delete;  // cannot add or subtract money in different currencies: convert with an exchange_rate first
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB> requires(!std::same_as<A, B>)
rule::cannot_add_or_subtract_money_in_different_currencies__convert_with_an_exchange_rate_first operator-(const money<A, SA, RA>&, const money<B, SB, RB>&) = delete;  // cannot add or subtract money in different currencies: convert with an exchange_rate first
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB> requires(!std::same_as<A, B>)
rule::cannot_compare_money_in_different_currencies__convert_with_an_exchange_rate_first operator==(const money<A, SA, RA>&, const money<B, SB, RB>&) = delete;  // cannot compare money in different currencies: convert with an exchange_rate first
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB> requires(!std::same_as<A, B>)
rule::cannot_compare_money_in_different_currencies__convert_with_an_exchange_rate_first operator<=>(const money<A, SA, RA>&, const money<B, SB, RB>&) = delete;  // cannot compare money in different currencies: convert with an exchange_rate first
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB> requires(!std::same_as<A, B>)
rule::a_ratio_of_different_currencies_is_an_exchange_rate__build_an_exchange_rate operator/(const money<A, SA, RA>&, const money<B, SB, RB>&) = delete;  // a ratio of different currencies is an exchange_rate: build an exchange_rate
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB>
rule::money_times_money_has_no_meaning operator*(const money<A, SA, RA>&, const money<B, SB, RB>&) = delete;  // money times money has no meaning
template <money_type M, detail::plain_number N>
rule::cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money operator+(const M&, const N&) = delete;  // cannot mix money and a plain number: give the number a currency and scale as money
template <detail::plain_number N, money_type M>
rule::cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money operator+(const N&, const M&) = delete;  // cannot mix money and a plain number: give the number a currency and scale as money
template <money_type M, detail::plain_number N>
rule::cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money operator-(const M&, const N&) = delete;  // cannot mix money and a plain number: give the number a currency and scale as money
template <detail::plain_number N, money_type M>
rule::cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money operator-(const N&, const M&) = delete;  // cannot mix money and a plain number: give the number a currency and scale as money
template <money_type M, detail::plain_number N>
rule::cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money operator==(const M&, const N&) = delete;  // cannot mix money and a plain number: give the number a currency and scale as money
template <money_type M, detail::plain_number N>
rule::cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money operator<=>(const M&, const N&) = delete;  // cannot mix money and a plain number: give the number a currency and scale as money
template <money_type M, detail::plain_number N>
rule::dividing_money_needs_a_rounding_policy__call_divide_with_a_rounding_policy operator/(const M&, const N&) = delete;  // dividing money needs a rounding policy: call divide with a rounding policy
template <money_type M, std::floating_point F>
rule::money_times_a_fraction_needs_a_rounding_policy__multiply_by_an_integer operator*(const M&, const F&) = delete;  // money times a fraction needs a rounding policy: multiply by an integer (money times a floating-point number)
template <std::floating_point F, money_type M>
rule::money_times_a_fraction_needs_a_rounding_policy__multiply_by_an_integer operator*(const F&, const M&) = delete;  // money times a fraction needs a rounding policy: multiply by an integer (a floating-point number times money)
template <money_scale To, currency C, money_scale S, std::signed_integral R> requires(scale_exponent_v<To, C> > scale_exponent_v<S, C>)
rule::coarser_scale_needs_a_rounding_policy__call_rescale_with_a_rounding_policy rescale(const money<C, S, R>&) = delete;  // coarser scale needs a rounding policy: call rescale with a rounding policy
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_MONEY_HPP
