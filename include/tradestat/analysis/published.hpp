// published<T>: a figure as printed (520.4 billion yuan, 19.9 %, over 1.71 trillion, over half),
// known only as the interval of true values that print that way.
#ifndef TRADESTAT_ANALYSIS_PUBLISHED_HPP
#define TRADESTAT_ANALYSIS_PUBLISHED_HPP

#include <tradestat/analysis/interval.hpp>
#include <tradestat/error.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <concepts>
#include <cstdint>
#include <optional>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace tradestat {

namespace detail {

/** A type that can be published: money of any currency and scale, or a ratio kind. */
template <class T>
concept publishable = money_type<T> || ratio_kind<T>;

/** Two money types of one currency. */
template <class T, class U>
concept same_currency_money =
    money_type<T> && money_type<U> && std::same_as<typename T::currency_type, typename U::currency_type>;

/** A decimal as printed ("520.4", "-8.9", "1,710") as digits and the number of decimals. */
struct printed_decimal {
  std::int64_t digits;  // 5204 for "520.4"
  int decimals;         // 1 for "520.4"
};

inline printed_decimal parse_printed(std::string_view text) {
  static constexpr std::string_view target = "a printed figure";
  if (text.empty()) {
    throw parse_error(text, 0, target, "expected a decimal number like 520.4");
  }
  std::size_t i = 0;
  bool negative = false;
  if (text.front() == '-' || text.front() == '+') {
    negative = text.front() == '-';
    ++i;
  }
  int128 digits = 0;
  int decimals = -1;
  bool any = false;
  for (; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch >= '0' && ch <= '9') {
      digits = digits * 10 + (ch - '0');
      any = true;
      if (decimals >= 0) {
        ++decimals;
      }
      if (digits > int128{1'000'000'000'000'000'000}) {
        throw parse_error(text, i, target, "too many digits (at most 18)");
      }
    } else if (ch == '.' && decimals < 0) {
      decimals = 0;
    } else if (ch == ',' && decimals < 0) {
      continue;  // thousands separator
    } else {
      throw parse_error(text, i, target, "expected a digit: a decimal number like 520.4");
    }
  }
  if (!any) {
    throw parse_error(text, text.size(), target, "expected digits: a decimal number like 520.4");
  }
  if (decimals > 18) {
    throw parse_error(text, text.size(), target, "more than 18 decimals");
  }
  return {static_cast<std::int64_t>(negative ? -digits : digits), decimals < 0 ? 0 : decimals};
}

/** 10^e as an exact fraction, e in [-18, 18]. */
constexpr quotient power_of_ten(int e) {
  return e >= 0 ? quotient(static_cast<std::int64_t>(pow10(e)))
                : quotient(1, static_cast<std::int64_t>(pow10(-e)));
}

/** The interval of values that print as `digits / 10^decimals` times `unit`, rounded half up. */
inline interval rounding_interval(const printed_decimal& p, const quotient& unit) {
  const quotient step = unit * quotient(1, static_cast<std::int64_t>(pow10(p.decimals)));
  const quotient centre = quotient(p.digits) * step;
  const quotient half = step * quotient(1, 2);
  return interval::closed(centre - half, centre + half);
}

}  // namespace detail

/** A figure as published: the interval of true values that print as it does, or a bound.
 *  Money intervals are held in whole units of the currency (yuan), ratio intervals as fractions.
 *  Example: `printed(money<CNY, yi>{5204}).range()` // [520.35e9, 520.45e9] yuan: "520.4 billion yuan" */
template <detail::publishable T>
class published {
 public:
  using value_type = T;

  /** The figure whose true value lies in `range` (in yuan for money, a fraction for a ratio).
   *  Example: `published<share>(interval::at_least(quotient(1, 2)))` // "over half" */
  constexpr explicit published(interval range) noexcept : range_(std::move(range)) {}

  /** The same money figure at another scale of its currency: exact, the interval is unchanged.
   *  Example: `published<money<CNY, wan>> p = printed(money<CNY, yi>{5204});` // same interval */
  template <class U>
  requires(detail::same_currency_money<T, U> && !std::same_as<T, U>) constexpr published(
      const published<U>& other) noexcept  // NOLINT(google-explicit-constructor): exact
      : range_(other.range()) {}

  /** The growth rates between two published amounts of one currency: to / from - 1.
   *  Example: `published<growth>(printed(money<CNY>{100}), printed(money<CNY>{125}))` // [124.5/100.5 - 1, 125.5/99.5 - 1] */
  template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
  requires std::same_as<T, growth>
  constexpr published(const published<money<C, S1, R1>>& from, const published<money<C, S2, R2>>& to)
      : range_(to.range() / from.range() - interval::point(quotient(1))) {}

  /** The contributions of a published part to a published whole's growth: (part_to - part_from) / whole_from.
   *  Example: `published<contribution>(printed(money<CNY>{40}), printed(money<CNY>{50}), printed(money<CNY>{100}))` // about 10 points */
  template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2,
            money_scale S3, std::signed_integral R3>
  requires std::same_as<T, contribution>
  constexpr published(const published<money<C, S1, R1>>& part_from,
                      const published<money<C, S2, R2>>& part_to,
                      const published<money<C, S3, R3>>& whole_from)
      : range_((part_to.range() - part_from.range()) / whole_from.range()) {}

  /** The values the figure can stand for. */
  constexpr const interval& range() const noexcept { return range_; }

 private:
  interval range_;
};

namespace detail {

template <class M>
inline constexpr quotient unit_of = power_of_ten(M::exponent);  // one count of M, in currency units

template <class T>
struct is_published : std::false_type {};
template <class T>
struct is_published<published<T>> : std::true_type {};

}  // namespace detail

/** True for `published<T>`. Example: `static_assert(published_figure<published<share>>);` // holds */
template <class T>
concept published_figure = detail::is_published<std::remove_cvref_t<T>>::value;

// ---------------------------------------------------------------------------------------------
// Figures as printed, and bounds.

/** An amount printed as a whole number of its scale: ± half a count.
 *  Example: `printed(money<CNY, yi>{5204})` // "520.4 billion yuan", [520.35, 520.45] billion */
template <currency C, money_scale S, std::signed_integral R>
constexpr published<money<C, S, R>> printed(const money<C, S, R>& amount) {
  using M = money<C, S, R>;
  return published<M>(
      detail::rounding_interval({static_cast<std::int64_t>(amount.count()), 0}, detail::unit_of<M>));
}

/** An amount printed as text at scale S of currency C, its precision read from the decimals
 *  shown; throws parse_error for text that is not a decimal number. A bare number whose scale the
 *  caller names, as `parse_count` for money: `parse<published<M>>` reads the words instead.
 *  Example: `printed<CNY, billion>("520.4")` // [520.35, 520.45] billion yuan */
template <currency C, money_scale S, std::signed_integral R = std::int64_t>
published<money<C, S, R>> printed(std::string_view text) {
  using M = money<C, S, R>;
  return published<M>(detail::rounding_interval(detail::parse_printed(text), detail::unit_of<M>));
}

/** A share, growth or other ratio printed in percent ("19.9", "-8.9"), precision from the text.
 *  Example: `printed_percent<growth>("19.9")` // [19.85 %, 19.95 %] */
template <ratio_kind K>
published<K> printed_percent(std::string_view text) {
  return published<K>(detail::rounding_interval(detail::parse_printed(text), quotient(1, 100)));
}

/** A figure stated as a lower bound ("over 1.71 trillion", "over half"): [value, +inf).
 *  Example: `over(share{quotient(1, 2)})` // over half */
template <ratio_kind K>
constexpr published<K> over(const K& value) {
  return published<K>(interval::at_least(value.value()));
}
template <currency C, money_scale S, std::signed_integral R>
constexpr published<money<C, S, R>> over(const money<C, S, R>& amount) {
  using M = money<C, S, R>;
  return published<M>(
      interval::at_least(quotient(static_cast<std::int64_t>(amount.count())) * detail::unit_of<M>));
}

/** A figure stated as an upper bound ("below 10 %"): (-inf, value].
 *  Example: `under(share{quotient(1, 10)})` // at most 10 % */
template <ratio_kind K>
constexpr published<K> under(const K& value) {
  return published<K>(interval::at_most(value.value()));
}
template <currency C, money_scale S, std::signed_integral R>
constexpr published<money<C, S, R>> under(const money<C, S, R>& amount) {
  using M = money<C, S, R>;
  return published<M>(
      interval::at_most(quotient(static_cast<std::int64_t>(amount.count())) * detail::unit_of<M>));
}

/** An exact figure (from data, not from a rounded print): a single value.
 *  Example: `exactly(money<CNY, wan>{52037000})` // 5203.7亿元 exactly */
template <currency C, money_scale S, std::signed_integral R>
constexpr published<money<C, S, R>> exactly(const money<C, S, R>& amount) {
  using M = money<C, S, R>;
  return published<M>(
      interval::point(quotient(static_cast<std::int64_t>(amount.count())) * detail::unit_of<M>));
}
template <ratio_kind K>
constexpr published<K> exactly(const K& value) {
  return published<K>(interval::point(value.value()));
}

/** The values both publications allow: the same figure printed twice (in English to 0.1 billion
 *  and in Chinese to 0.1亿); throws tradestat::error (invalid_argument) when they contradict each other.
 *  Example: `intersect(printed<CNY, billion>("67.4"), printed<CNY, yi>("673.7"))` // [673.65, 673.75]亿 */
template <detail::publishable T>
constexpr published<T> intersect(const published<T>& a, const std::type_identity_t<published<T>>& b) {
  const interval& x = a.range();
  const interval& y = b.range();
  if (!x.overlaps(y)) {
    throw error(error_kind::invalid_argument,
                "tradestat: two publications of one figure contradict each other (no value prints as both)");
  }
  const std::optional<quotient> lo = !x.lower()   ? y.lower()
                                     : !y.lower() ? x.lower()
                                                  : (*x.lower() < *y.lower() ? y.lower() : x.lower());
  const std::optional<quotient> hi = !x.upper()   ? y.upper()
                                     : !y.upper() ? x.upper()
                                                  : (*x.upper() < *y.upper() ? x.upper() : y.upper());
  if (lo && hi) {
    return published<T>(interval::closed(*lo, *hi));
  }
  return published<T>(lo ? interval::at_least(*lo) : interval::at_most(*hi));
}

/** The published amount's range in counts of its scale, widened to whole counts.
 *  Example: `rounded_outward(implied_prior(printed<CNY, yi>("5204"), printed_percent<growth>("19.9")))` // 4338 to 4343 亿 */
template <class M>
struct amount_bounds {
  std::optional<M> lower;  // nothing when unbounded below
  std::optional<M> upper;  // nothing when unbounded above
};

template <currency C, money_scale S, std::signed_integral R>
constexpr amount_bounds<money<C, S, R>> rounded_outward(const published<money<C, S, R>>& p) {
  using M = money<C, S, R>;
  const auto in_counts = [](const quotient& yuan, auto policy) {
    const quotient q = yuan / detail::unit_of<M>;
    return M(
        detail::narrow<R>(detail::divide_rounded(q.numerator(), q.denominator(), policy), "rounded_outward"));
  };
  amount_bounds<M> b;
  if (p.range().lower()) {
    b.lower = in_counts(*p.range().lower(), rounding::floor);
  }
  if (p.range().upper()) {
    b.upper = in_counts(*p.range().upper(), rounding::ceiling);
  }
  return b;
}

// ---------------------------------------------------------------------------------------------
// Interval arithmetic, following the rules of the kinds.

/** Sum of two published amounts of one currency. Example: `printed(money<CNY, yi>{4607}) + printed(money<CNY, yi>{596})` // [5202, 5204] 亿 */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr published<detail::sum_type_t<C, S1, R1, S2, R2>> operator+(const published<money<C, S1, R1>>& a,
                                                                     const published<money<C, S2, R2>>& b) {
  return published<detail::sum_type_t<C, S1, R1, S2, R2>>(a.range() + b.range());
}
/** Difference of two published amounts. Example: `printed(money<CNY, yi>{4607}) - printed(money<CNY, yi>{596})` // [4010, 4012] 亿 */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr published<detail::sum_type_t<C, S1, R1, S2, R2>> operator-(const published<money<C, S1, R1>>& a,
                                                                     const published<money<C, S2, R2>>& b) {
  return published<detail::sum_type_t<C, S1, R1, S2, R2>>(a.range() - b.range());
}

/** Published shares or growth rates differ by percentage points; points add.
 *  Example: `printed_percent<growth>("19.9") - printed_percent<growth>("3.8")` // [16.0, 16.2] points */
template <class K>
requires(std::same_as<K, share> || std::same_as<K, growth> ||
         std::same_as<K, percentage_points>) constexpr published<percentage_points>
operator-(const published<K>& a, const published<K>& b) {
  return published<percentage_points>(a.range() - b.range());
}
constexpr published<percentage_points> operator+(const published<percentage_points>& a,
                                                 const published<percentage_points>& b) {
  return published<percentage_points>(a.range() + b.range());
}
constexpr published<contribution> operator+(const published<contribution>& a,
                                            const published<contribution>& b) {
  return published<contribution>(a.range() + b.range());
}

/** The share a published part can be of a published whole.
 *  Example: `share_of(printed<CNY, billion>("67.4"), printed<CNY, billion>("520.4"))` // about [12.941 %, 12.962 %] */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
constexpr published<share> share_of(const published<money<C, S1, R1>>& part,
                                    const published<money<C, S2, R2>>& whole) {
  return published<share>(part.range() / whole.range());
}

/** The prior amounts a published amount and a published growth rate allow: current / (1 + g).
 *  Example: `implied_prior(printed<CNY, billion>("520.4"), printed_percent<growth>("19.9"))` // [433.806..., 434.251...] billion */
template <currency C, money_scale S, std::signed_integral R>
constexpr published<money<C, S, R>> implied_prior(const published<money<C, S, R>>& current,
                                                  const published<growth>& g) {
  return published<money<C, S, R>>(current.range() / (interval::point(quotient(1)) + g.range()));
}

/** The amounts after a published growth: amount * (1 + g).
 *  Example: `apply(printed_percent<growth>("25"), exactly(money<CNY>{100}))` // [124.5, 125.5] yuan */
template <currency C, money_scale S, std::signed_integral R>
constexpr published<money<C, S, R>> apply(const published<growth>& g,
                                          const published<money<C, S, R>>& amount) {
  return published<money<C, S, R>>(amount.range() * (interval::point(quotient(1)) + g.range()));
}

/** The exchange rates (To per From) that two publications of one figure in two currencies imply.
 *  Example: `implied_rate(printed<CNY, billion>("520.4"), printed<USD, billion>("74.7"))` // about [6.961, 6.972] CNY per USD */
template <currency To, money_scale S1, std::signed_integral R1, currency From, money_scale S2,
          std::signed_integral R2>
requires(!std::same_as<To, From>) constexpr interval
    implied_rate(const published<money<To, S1, R1>>& in_to, const published<money<From, S2, R2>>& in_from) {
  return in_to.range() / in_from.range();
}

/** The amounts a published amount converts to at a dated exchange rate (To per From), exactly;
 *  the scale of the result is S. A rate of the wrong direction does not compile.
 *  Example: `converted<billion>(printed<CNY, billion>("520.4"), exchange_rate<USD, CNY, year>("7.16", year{2025}, rate_kind::market_average).inverse())` // about [72.675, 72.689] billion USD */
template <money_scale S, currency From, money_scale S2, std::signed_integral R2, currency To, class Period>
constexpr published<money<To, S>> converted(const published<money<From, S2, R2>>& amount,
                                            const exchange_rate<From, To, Period>& rate) {
  return published<money<To, S>>(amount.range() * interval::point(rate.rate()));
}

// Deleted: published figures follow the rules of their kinds.
// clang-format off
template <ratio_kind A, ratio_kind B>
  requires(!(std::same_as<A, percentage_points> && std::same_as<B, percentage_points>) &&
           !(std::same_as<A, contribution> && std::same_as<B, contribution>))
detail::ratio_sum_rule_t<A, B> operator+(const published<A>&, const published<B>&) = delete;  // these ratio kinds do not add (see the rule in the return type)
template <currency A, money_scale SA, std::signed_integral RA, currency B, money_scale SB, std::signed_integral RB>
  requires(!std::same_as<A, B>)
rule::cannot_add_or_subtract_money_in_different_currencies__convert_with_an_exchange_rate_first operator+(
    const published<money<A, SA, RA>>&, const published<money<B, SB, RB>>&) = delete;  // cannot add or subtract money in different currencies: convert with an exchange_rate first
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_PUBLISHED_HPP
