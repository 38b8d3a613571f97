// exchange_rate<From, To>: an exact, dated rate (To per From) of a named kind, and convert().
#ifndef TRADESTAT_UNITS_EXCHANGE_RATE_HPP
#define TRADESTAT_UNITS_EXCHANGE_RATE_HPP

#include <tradestat/calendar/date.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <concepts>
#include <cstdint>
#include <cstddef>
#include <string>
#include <string_view>

namespace tradestat {

/** Which rate a figure was converted at: customs and newsrooms use different ones.
 *  Example: `to_string(rate_kind::customs_monthly)` // "customs monthly rate" */
enum class rate_kind {
  customs_monthly,  ///< 海关月度折算率: the rate customs applies to all declarations of a month
  central_parity,   ///< 人民币汇率中间价: PBOC central parity of a day
  market_average,   ///< an average of market rates over the period (e.g. Fed H.10 monthly means)
  spot,             ///< a market rate at one moment (e.g. at publication time)
};

/** The name of a rate kind, in English (default) or Chinese.
 *  Example: `to_string(rate_kind::spot)` // "spot rate"
 *  Example: `to_string(rate_kind::customs_monthly, {language::zh})` // "海关月度折算率" */
constexpr std::string_view to_string(rate_kind k, text_format f = {}) noexcept {
  const bool zh = f.lang == language::zh;
  switch (k) {
    case rate_kind::customs_monthly:
      return zh ? "海关月度折算率" : "customs monthly rate";
    case rate_kind::central_parity:
      return zh ? "人民币汇率中间价" : "central parity";
    case rate_kind::market_average:
      return zh ? "市场平均汇率" : "market average";
    case rate_kind::spot:
      return zh ? "即期汇率" : "spot rate";
  }
  return zh ? "未知汇率" : "unknown rate kind";
}

/** Reads a rate kind's English or Chinese name, as `to_string` prints it.
 *  Example: `parse<rate_kind>("central parity")` // rate_kind::central_parity */
template <>
struct text_parser<rate_kind> {
  static rate_kind parse(std::string_view text) {
    for (const rate_kind k : {rate_kind::customs_monthly, rate_kind::central_parity, rate_kind::market_average,
                              rate_kind::spot}) {
      if (text == to_string(k) || text == to_string(k, {language::zh})) {
        return k;
      }
    }
    throw parse_error(text, 0, "a rate kind",
                      "expected customs monthly rate, central parity, market average or spot rate "
                      "(or 海关月度折算率, 人民币汇率中间价, 市场平均汇率, 即期汇率)");
  }
};

/** A period an exchange rate can be dated by: one of the library's calendar periods (month, quarter,
 *  half, year, ytd), or a day as `tradestat::date` (central parity is fixed daily; a
 *  `std::chrono::year_month_day` converts to it). `std::chrono::year_month` is not one: use
 *  `tradestat::month`. Example: `static_assert(rate_period<date> && !rate_period<int>);` // holds */
template <class P>
concept rate_period = calendar_period<P> || std::same_as<P, date>;

namespace detail {

/** Parses a plain decimal ("7.1586", "0.1397") into an exact quotient; throws parse_error with
 *  the offset of the first character that does not belong. */
constexpr quotient parse_decimal_rate(std::string_view text) {
  if (text.empty()) {
    throw parse_error(text, 0, "an exchange rate", "expected digits such as 7.1586");
  }
  int128 digits = 0;
  int decimals = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      seen_digit = true;
      digits = digits * 10 + (c - '0');
      decimals += seen_point ? 1 : 0;
      if (digits > int128{1} << 62 || decimals > 18) {
        throw parse_error(text, i, "an exchange rate", "too many digits (at most 18 decimals)");
      }
    } else {
      throw parse_error(text, i, "an exchange rate", "expected a digit or '.': a plain decimal such as 7.1586");
    }
  }
  if (!seen_digit) {
    throw parse_error(text, text.size(), "an exchange rate", "expected digits such as 7.1586");
  }
  return quotient::from_wide(digits, pow10(decimals));
}

/** A period as text for messages and rates: the calendar's own `to_string` (calendar/period_io.hpp,
 *  "2025-03", "2025Q1"; calendar/date.hpp, "2025-03-19" for a day). */
template <class Period>
std::string describe_period(const Period& p) {
  return std::string(to_string(p));
}

}  // namespace detail

/** A rate of `To` per one `From`, exact, bound to the period it applies to (a `tradestat::month` by
 *  default; any `rate_period`) and its kind.
 *  Example: `exchange_rate<USD, CNY>("7.1586", month{2025, 3}, rate_kind::customs_monthly).rate()`
 *  // quotient(35793, 5000) */
template <currency From, currency To, rate_period Period = month>
class exchange_rate {
 public:
  using from_currency = From;
  using to_currency = To;
  using period_type = Period;

  /** A rate from an exact quotient; throws tradestat::error (invalid_argument) unless it is positive. */
  constexpr exchange_rate(quotient rate, Period period, rate_kind kind)
      : rate_(rate), period_(period), kind_(kind) {
    if (rate.numerator() <= 0) {
      throw error(error_kind::invalid_argument, "tradestat: an exchange rate of " + std::string(To::alpha) +
                                                    " per " + std::string(From::alpha) + " for " +
                                                    detail::describe_period(period) + " must be positive");
    }
  }

  /** A rate from its decimal text, as published ("7.1586"); never through a binary float; throws
   *  parse_error for text that is not a plain decimal. */
  constexpr exchange_rate(std::string_view decimal, Period period, rate_kind kind)
      : exchange_rate(detail::parse_decimal_rate(decimal), period, kind) {}

  /** Units of To per one unit of From. */
  constexpr quotient rate() const noexcept { return rate_; }
  constexpr const Period& period() const noexcept { return period_; }
  constexpr rate_kind kind() const noexcept { return kind_; }

  /** The same rate the other way round (From per To), exactly, same period and kind.
   *  Example: `r.inverse()` for 7.25 CNY/USD // 4/29 USD per CNY */
  constexpr exchange_rate<To, From, Period> inverse() const { return {rate_.inverse(), period_, kind_}; }

  friend constexpr bool operator==(const exchange_rate&, const exchange_rate&) = default;

 private:
  quotient rate_;
  Period period_;
  rate_kind kind_;
};

/** Converts an amount at a rate, into the scale `ToScale` of the target currency, rounded by the
 *  policy. The rate's From must be the amount's currency; the wrong direction does not compile.
 *  Example: `convert<billion>(money<USD, yi>{747}, rate_7_25, rounding::half_up)`
 *  // money<CNY, billion>{542} */
template <money_scale ToScale, currency From, money_scale S, std::signed_integral R, currency To,
          class Period, rounding_policy P>
constexpr money<To, ToScale, R> convert(const money<From, S, R>& amount,
                                        const exchange_rate<From, To, Period>& rate, P policy) {
  const int e_from = scale_exponent_v<S, From>;
  const int e_to = scale_exponent_v<ToScale, To>;
  detail::int128 n = 0;
  if (__builtin_mul_overflow(static_cast<detail::int128>(amount.count()),
                             static_cast<detail::int128>(rate.rate().numerator()), &n) ||
      (e_from > e_to && __builtin_mul_overflow(n, detail::pow10(e_from - e_to), &n))) {
    detail::throw_overflow("currency conversion");
  }
  detail::int128 d = rate.rate().denominator();
  if (e_to > e_from && __builtin_mul_overflow(d, detail::pow10(e_to - e_from), &d)) {
    detail::throw_overflow("currency conversion");
  }
  return money<To, ToScale, R>(
      detail::narrow<R>(detail::divide_rounded(n, d, policy), "currency conversion"));
}

/** Converts an amount at a rate, keeping its scale (billions stay billions; minor units become
 *  the target's minor units).
 *  Example: `convert(money<USD>{100}, rate_7_1586, rounding::half_up)` // money<CNY>{716} */
template <currency From, money_scale S, std::signed_integral R, currency To, class Period, rounding_policy P>
constexpr money<To, S, R> convert(const money<From, S, R>& amount,
                                  const exchange_rate<From, To, Period>& rate, P policy) {
  return convert<S>(amount, rate, policy);
}

// Rejected, as in money.hpp: declared, never defined, returning a rule that is never completed.
namespace rule {
struct the_rate_converts_the_other_way__use_rate_inverse;
struct converting_currencies_needs_a_rounding_policy__call_convert_with_a_rounding_policy;
}  // namespace rule

// clang-format off
template <currency A, money_scale S, std::signed_integral R, currency From, currency To, class Period, rounding_policy P> requires(!std::same_as<A, From>)
rule::the_rate_converts_the_other_way__use_rate_inverse convert(const money<A, S, R>&, const exchange_rate<From, To, Period>&, P);  // the rate converts the other way: use rate inverse
template <money_scale ToScale, currency A, money_scale S, std::signed_integral R, currency From, currency To, class Period, rounding_policy P> requires(!std::same_as<A, From>)
rule::the_rate_converts_the_other_way__use_rate_inverse convert(const money<A, S, R>&, const exchange_rate<From, To, Period>&, P);  // the rate converts the other way: use rate inverse
template <currency A, money_scale S, std::signed_integral R, currency From, currency To, class Period>
rule::converting_currencies_needs_a_rounding_policy__call_convert_with_a_rounding_policy operator*(const money<A, S, R>&, const exchange_rate<From, To, Period>&);  // converting currencies needs a rounding policy: call convert with a rounding policy
template <currency A, money_scale S, std::signed_integral R, currency From, currency To, class Period>
rule::converting_currencies_needs_a_rounding_policy__call_convert_with_a_rounding_policy operator*(const exchange_rate<From, To, Period>&, const money<A, S, R>&);  // converting currencies needs a rounding policy: call convert with a rounding policy
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_EXCHANGE_RATE_HPP
