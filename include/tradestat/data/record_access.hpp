// Record helpers: a record's year and month, whether a period holds a record's period, and a
// record's value in a chosen currency as money or a typed absence.
#ifndef TRADESTAT_DATA_RECORD_ACCESS_HPP
#define TRADESTAT_DATA_RECORD_ACCESS_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/error.hpp>
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/money.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>

namespace tradestat {

/** The year a record's period lies in, for a monthly or a yearly record.
 *  Example: `year_of(record{.period = month{2025, 3}})` // year{2025} */
constexpr year year_of(const record_period& p) noexcept {
  return p.index() == 0 ? year{std::get<0>(p)} : std::get<1>(p);
}
constexpr year year_of(const record& r) noexcept { return year_of(r.period); }

/** The month of a monthly record; empty for a yearly record, which has no month (not an error: a
 *  yearly record is asked about its month when sorting mixed files, and the answer is "none").
 *  Example: `month_of(record{.period = year{2024}}).has_value()` // false */
constexpr std::optional<month> month_of(const record_period& p) noexcept {
  if (p.index() == 0) return std::get<0>(p);
  return std::nullopt;
}
constexpr std::optional<month> month_of(const record& r) noexcept { return month_of(r.period); }

/** How much of a record's period lies in a period asked about: `partly` when a yearly record
 *  overlaps a period that does not cover its whole year (its value cannot be split by month, so the
 *  record is neither inside nor outside: the comparison is not on a comparable basis).
 *  Example: `match(month{2025, 3}, record_period{year{2025}})` // period_match::partly */
enum class period_match : std::uint8_t { outside, partly, inside };

/** Inside, partly inside or outside, for any calendar period (month, quarter, half, year, ytd, span,
 *  plan). Example: `match(quarter{2025, 1}, record_period{month{2025, 2}})` // period_match::inside */
template <calendar_period P>
constexpr period_match match(const P& period, const record_period& p) noexcept {
  const month first = period.first_month();
  const month last = period.last_month();
  month from{};
  month to{};
  if (p.index() == 0) {
    from = std::get<0>(p);
    to = from;
  } else {
    const year y = std::get<1>(p);
    from = y.first_month();
    to = y.last_month();
  }
  if (to < first || last < from) return period_match::outside;
  if (first <= from && to <= last) return period_match::inside;
  return period_match::partly;
}
template <calendar_period P>
constexpr period_match match(const P& period, const record& r) noexcept {
  return match(period, r.period);
}

namespace detail {
[[noreturn]] inline void throw_not_comparable(const record_period& p, const month& first, const month& last) {
  const year y = year_of(p);
  throw error(error_kind::incomplete,
              "tradestat: a yearly record for " + std::to_string(y.year_number()) +
                  " lies partly in the period asked about (months " + std::to_string(first.year_number()) + "-" +
                  std::to_string(first.number()) + " to " + std::to_string(last.year_number()) + "-" +
                  std::to_string(last.number()) +
                  "): its value cannot be split by month. Ask about whole years for yearly data, or select "
                  "the records with match(period, r) == period_match::inside");
}
}  // namespace detail

/** Whether a record's period lies in `period`. A yearly record lies in a period only if the period
 *  covers its whole year; when it lies partly in it (a yearly record and a monthly, quarterly or
 *  year-to-date period of that year) the answer is neither yes nor no, and contains throws
 *  tradestat::error (error_kind::incomplete) rather than silently counting the record as outside.
 *  Example: `contains(year{2025}, record_period{month{2025, 7}})` // true;
 *  `contains(month{2025, 7}, record_period{year{2025}})` // throws (not comparable) */
template <calendar_period P>
constexpr bool contains(const P& period, const record_period& p) {
  const period_match m = match(period, p);
  if (m == period_match::partly) detail::throw_not_comparable(p, period.first_month(), period.last_month());
  return m == period_match::inside;
}
template <calendar_period P>
constexpr bool contains(const P& period, const record& r) {
  return contains(period, r.period);
}

/** A record's value in one currency: an amount, or absent when the source gave none. Unlike the
 *  optional in the record, it has no `*`, no `value_or` and no arithmetic: an absent value cannot
 *  become zero or enter a sum by accident. Test `has_value()` and take `amount()`, or let `sum`
 *  count the records that lack it. Example: `value<CNY>(r).has_value()` // false when r.value_cny is empty */
template <currency C>
class money_or_absent {
 public:
  using money_type = money<C>;

  /** Absent. Example: `money_or_absent<CNY>{}.has_value()` // false */
  constexpr money_or_absent() noexcept = default;
  /** Present. Example: `money_or_absent<CNY>{money<CNY>{5}}.amount().count()` // 5 */
  constexpr explicit money_or_absent(money<C> m) noexcept : amount_{m}, present_{true} {}
  constexpr explicit money_or_absent(const std::optional<money<C>>& m) noexcept
      : amount_{m ? *m : money<C>{}}, present_{m.has_value()} {}

  constexpr bool has_value() const noexcept { return present_; }
  /** The amount; throws tradestat::error (incomplete) when it is absent.
   *  Example: `money_or_absent<USD>{money<USD>{7}}.amount()` // money<USD>{7} */
  constexpr money<C> amount() const {
    if (!present_)
      throw error(error_kind::incomplete, std::string("tradestat: the record has no value in ") +
                                              std::string(C::alpha) +
                                              ": test has_value() first, or sum with sum(), which counts such records");
    return amount_;
  }

  friend constexpr bool operator==(const money_or_absent& a, const money_or_absent& b) noexcept {
    return a.present_ == b.present_ && (!a.present_ || a.amount_ == b.amount_);
  }

 private:
  money<C> amount_{};
  bool present_ = false;
};

namespace rule {
struct an_absent_value_does_not_add__test_has_value_or_sum_with_sum_which_counts_absent_records;
struct a_record_holds_yuan_and_us_dollars_only__convert_with_an_exchange_rate;
}  // namespace rule

namespace detail {
template <class T>
inline constexpr bool is_money_or_absent_v = false;
template <class C>
inline constexpr bool is_money_or_absent_v<money_or_absent<C>> = true;
template <class A, class B>
concept absent_operand = is_money_or_absent_v<std::remove_cvref_t<A>> || is_money_or_absent_v<std::remove_cvref_t<B>>;
}  // namespace detail

// Rejected operations: declared, never defined, returning the rule (see calendar/period.hpp).
// clang-format off
template <class A, class B> requires detail::absent_operand<A, B>
rule::an_absent_value_does_not_add__test_has_value_or_sum_with_sum_which_counts_absent_records operator+(const A&, const B&);  // an absent value does not add: test has_value(), or sum with sum(), which counts absent records
template <class A, class B> requires detail::absent_operand<A, B>
rule::an_absent_value_does_not_add__test_has_value_or_sum_with_sum_which_counts_absent_records operator-(const A&, const B&);  // an absent value does not subtract: test has_value() first
// clang-format on

/** A record's value in yuan or in US dollars (the currencies a record holds), as money or absent.
 *  Example: `value<CNY>(r).amount()` // *r.value_cny */
template <currency C>
  requires std::same_as<C, CNY> || std::same_as<C, USD>
constexpr money_or_absent<C> value(const record& r) noexcept {
  if constexpr (std::same_as<C, CNY>) {
    return money_or_absent<CNY>{r.value_cny};
  } else {
    return money_or_absent<USD>{r.value_usd};
  }
}
// clang-format off
template <currency C> requires(!std::same_as<C, CNY> && !std::same_as<C, USD>)
rule::a_record_holds_yuan_and_us_dollars_only__convert_with_an_exchange_rate value(const record&);  // a record holds yuan and US dollars only: convert with an exchange_rate
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_DATA_RECORD_ACCESS_HPP
