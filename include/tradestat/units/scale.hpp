// Scales of money: how many currency units one count stands for (元, 万, 亿, thousand, billion...).
#ifndef TRADESTAT_UNITS_SCALE_HPP
#define TRADESTAT_UNITS_SCALE_HPP

#include <tradestat/units/currency.hpp>

#include <type_traits>

namespace tradestat {

/** A power-of-ten scale: one count of `money<C, scale<E>>` is 10^E units of the currency.
 *  Example: `money<CNY, scale<8>>{1}` // 100,000,000 yuan (one 亿元) */
template <int Exponent>
struct scale {
  // Exponents stay within [-6, 12] so that any two scales differ by at most 10^18 and every
  // rescaling of an int64 count fits a 128-bit intermediate.
  static_assert(Exponent >= -6 && Exponent <= 12, "tradestat::scale: exponent must lie in [-6, 12]");
  static constexpr int exponent = Exponent;
};

using one = scale<0>;        ///< whole units: 元, dollar
using thousand = scale<3>;   ///< 10^3: 千 (GACC's 千美元)
using wan = scale<4>;        ///< 10^4: 万 (万元)
using million = scale<6>;    ///< 10^6
using yi = scale<8>;         ///< 10^8: 亿 (亿元)
using billion = scale<9>;    ///< 10^9
using trillion = scale<12>;  ///< 10^12: also 万亿 (万亿元), see wan_yi
using wan_yi = trillion;     ///< 10^12: 万亿, the same type as trillion

/** The currency's minor unit (fen for CNY, cent for USD, none for JPY).
 *  Example: `money<CNY, minor_unit>{12345}` // 123.45 yuan */
struct minor_unit {};

namespace detail {

template <class S, class C>
struct scale_exponent;

template <int E, class C>
struct scale_exponent<scale<E>, C> : std::integral_constant<int, E> {};

template <class C>
struct scale_exponent<minor_unit, C> : std::integral_constant<int, -C::minor_units> {};

template <class S>
struct is_scale : std::false_type {};
template <int E>
struct is_scale<scale<E>> : std::true_type {};
template <>
struct is_scale<minor_unit> : std::true_type {};

}  // namespace detail

/** A scale usable in `money`: `scale<E>` or `minor_unit`.
 *  Example: `static_assert(money_scale<yi>);` // holds */
template <class S>
concept money_scale = detail::is_scale<S>::value;

/** The power of ten that one count of scale S stands for, in currency C.
 *  Example: `scale_exponent_v<minor_unit, CNY>` // -2 */
template <money_scale S, currency C>
inline constexpr int scale_exponent_v = detail::scale_exponent<S, C>::value;

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_SCALE_HPP
