// exchange_rate<From, To>: an exact, dated rate (To per From) of a named kind, and convert().
#ifndef TRADESTAT_UNITS_EXCHANGE_RATE_HPP
#define TRADESTAT_UNITS_EXCHANGE_RATE_HPP

#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <chrono>
#include <concepts>
#include <cstdint>
#include <stdexcept>
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

/** The English name of a rate kind. Example: `to_string(rate_kind::spot)` // "spot rate" */
constexpr std::string_view to_string(rate_kind k) noexcept {
  switch (k) {
    case rate_kind::customs_monthly:
      return "customs monthly rate";
    case rate_kind::central_parity:
      return "central parity";
    case rate_kind::market_average:
      return "market average";
    case rate_kind::spot:
      return "spot rate";
  }
  return "unknown rate kind";
}

namespace detail {

/** Parses a plain decimal ("7.1586", "0.1397") into an exact quotient; throws std::invalid_argument. */
constexpr quotient parse_decimal_rate(std::string_view text) {
  if (text.empty()) {
    throw std::invalid_argument("tradestat: an exchange rate needs digits, got an empty string");
  }
  int128 digits = 0;
  int decimals = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (const char c : text) {
    if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      seen_digit = true;
      digits = digits * 10 + (c - '0');
      decimals += seen_point ? 1 : 0;
      if (digits > int128{1} << 62 || decimals > 18) {
        throw std::invalid_argument("tradestat: exchange rate '" + std::string(text) +
                                    "' has too many digits");
      }
    } else {
      throw std::invalid_argument("tradestat: exchange rate '" + std::string(text) +
                                  "' is not a plain decimal such as 7.1586");
    }
  }
  if (!seen_digit) {
    throw std::invalid_argument("tradestat: exchange rate '" + std::string(text) + "' has no digits");
  }
  return quotient::from_wide(digits, pow10(decimals));
}

/** A period as text for messages: the type's own to_string where it has one, else YYYY-MM-DD or
 *  YYYY-MM from its calendar fields or from a conversion to std::chrono::year_month. */
template <class Period>
std::string describe_period(const Period& p) {
  auto pad = [](long v, int width) {
    std::string s = std::to_string(v < 0 ? -v : v);
    while (static_cast<int>(s.size()) < width) {
      s.insert(s.begin(), '0');
    }
    return (v < 0 ? "-" : "") + s;
  };
  auto year_month_text = [&](const std::chrono::year_month& ym) {
    return pad(static_cast<int>(ym.year()), 4) + "-" + pad(static_cast<unsigned>(ym.month()), 2);
  };
  if constexpr (requires {
                  { to_string(p) } -> std::convertible_to<std::string>;
                }) {
    return std::string(to_string(p));
  } else if constexpr (requires {
                         p.year();
                         p.month();
                         p.day();
                       }) {
    return year_month_text(p.year() / p.month()) + "-" + pad(static_cast<unsigned>(p.day()), 2);
  } else if constexpr (requires {
                         p.year();
                         p.month();
                       }) {
    return year_month_text(p.year() / p.month());
  } else if constexpr (std::convertible_to<Period, std::chrono::year_month>) {
    return year_month_text(static_cast<std::chrono::year_month>(p));
  } else {
    return "the requested period";
  }
}

}  // namespace detail

/** A rate of `To` per one `From`, exact, bound to the period it applies to and its kind.
 *  Example: `exchange_rate<USD, CNY>("7.1586", year{2025} / 3, rate_kind::customs_monthly).rate()`
 *  // quotient(35793, 5000) */
template <currency From, currency To, std::totally_ordered Period = std::chrono::year_month>
class exchange_rate {
 public:
  using from_currency = From;
  using to_currency = To;
  using period_type = Period;

  /** A rate from an exact quotient; throws std::invalid_argument unless it is positive. */
  constexpr exchange_rate(quotient rate, Period period, rate_kind kind)
      : rate_(rate), period_(period), kind_(kind) {
    if (rate.numerator() <= 0) {
      throw std::invalid_argument("tradestat: an exchange rate must be positive");
    }
  }

  /** A rate from its decimal text, as published ("7.1586"); never through a binary float. */
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
