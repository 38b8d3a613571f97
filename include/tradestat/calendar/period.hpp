// Calendar periods of trade statistics: month, quarter, half, year and year-to-date (1–N月).
#ifndef TRADESTAT_CALENDAR_PERIOD_HPP
#define TRADESTAT_CALENDAR_PERIOD_HPP

#include <tradestat/calendar/date.hpp>
#include <tradestat/calendar/period_count.hpp>
#include <tradestat/error.hpp>

#include <compare>
#include <concepts>
#include <string>

namespace tradestat {

namespace detail {

// Years 1..9999: every period prints with a four-digit year, as statistical sources write it.
inline constexpr int min_year = 1;
inline constexpr int max_year = 9999;

[[noreturn]] inline void throw_bad_period(const std::string& message) {
  throw error(error_kind::invalid_argument, message);
}

constexpr int checked_year(int y) {
  if (y < min_year || y > max_year) {
    throw_bad_period("year " + std::to_string(y) + " is outside the supported years 1..9999");
  }
  return y;
}

constexpr int checked_number(int n, int per_year, const char* kind) {
  if (n < 1 || n > per_year) {
    throw_bad_period(std::string(kind) + " number " + std::to_string(n) + " is not in 1.." +
                     std::to_string(per_year));
  }
  return n;
}

// The shared core of month, quarter, half and year: an index counting periods since year 0.
// Every operator is a hidden friend of the derived type, so only same-kind arithmetic exists.
template <class D, int PerYear>
class regular_period_base {
 public:
  /** How many periods of this kind make a year (12 months, 4 quarters, 2 halves, 1 year). */
  static constexpr int per_year = PerYear;
  using count_type = period_count<D>;

  /** The position on a timeline of periods of this kind: `year * per_year + number - 1`. */
  constexpr int index() const noexcept { return index_; }
  /** The period at an `index()`; throws `tradestat::error` (invalid_argument) outside the years 1..9999. */
  static constexpr D from_index(long long index) {
    if (index < static_cast<long long>(min_year) * PerYear ||
        index > static_cast<long long>(max_year + 1) * PerYear - 1) {
      throw_bad_period("period arithmetic left the supported years 1..9999");
    }
    D d;
    d.index_ = static_cast<int>(index);
    return d;
  }
  /** The calendar year the period falls in. */
  constexpr int year_number() const noexcept { return index_ / PerYear; }
  /** The position within its year: month 1..12, quarter 1..4, half 1..2, year 1. */
  constexpr int number() const noexcept { return index_ % PerYear + 1; }

  friend constexpr D operator+(const D& p, count_type n) {
    return from_index(p.index() + static_cast<long long>(n.count()));
  }
  friend constexpr D operator+(count_type n, const D& p) { return p + n; }
  friend constexpr D operator-(const D& p, count_type n) {
    return from_index(p.index() - static_cast<long long>(n.count()));
  }
  friend constexpr count_type operator-(const D& a, const D& b) noexcept {
    return count_type{a.index() - b.index()};
  }
  friend constexpr D& operator+=(D& p, count_type n) { return p = p + n; }
  friend constexpr D& operator-=(D& p, count_type n) { return p = p - n; }
  friend constexpr bool operator==(const D& a, const D& b) noexcept { return a.index() == b.index(); }
  friend constexpr std::strong_ordering operator<=>(const D& a, const D& b) noexcept {
    return a.index() <=> b.index();
  }

 protected:
  constexpr regular_period_base() noexcept = default;
  constexpr explicit regular_period_base(int index) noexcept : index_{index} {}

 private:
  int index_ = min_year * PerYear;
};

}  // namespace detail

/** A calendar month, the unit in which customs data is compiled; converts implicitly to and from
    `std::chrono::year_month` (include <tradestat/calendar/chrono.hpp>, or <chrono>, where you name it).
    Example: `month{2025, 3}` prints as `2025-03`; `std::chrono::year_month{month{2025, 3}}` is `2025y/March`. */
class month : public detail::regular_period_base<month, 12> {
 public:
  /** The earliest representable month, 0001-01: a value to assign to. */
  constexpr month() noexcept = default;
  /** Throws `tradestat::error` (invalid_argument) unless 1 <= m <= 12 and the year is in 1..9999. */
  constexpr month(int y, int m)
      : regular_period_base{detail::checked_year(y) * 12 + detail::checked_number(m, 12, "month") - 1} {}
  /** The month a day falls in. Example: `month{date{2025, 3, 19}}` is `month{2025, 3}`. */
  constexpr explicit month(const date& d) noexcept : regular_period_base{d.year_number() * 12 + d.month_number() - 1} {}
  /** From a `std::chrono::year_month` (or any type of that shape: year(), month(), ok()); throws
      `tradestat::error` (invalid_argument) for one that is not `ok()` or outside 1..9999. */
  template <detail::year_month_shaped T>
  constexpr month(const T& ym)  // NOLINT(google-explicit-constructor): lossless
      : month{checked(ym), static_cast<int>(static_cast<unsigned>(ym.month()))} {}

  /** To `std::chrono::year_month` (or a type of that shape). */
  template <detail::year_month_shaped T>
  constexpr operator T() const noexcept {  // NOLINT(google-explicit-constructor): lossless
    return T{detail::year_of_t<T>{year_number()}, detail::month_of_t<T>{static_cast<unsigned>(number())}};
  }
  // Exact matches, so that comparing with a year_month is not ambiguous between the two conversions.
  template <detail::year_month_shaped T>
  friend constexpr bool operator==(const month& a, const T& b) noexcept {
    return a.year_number() == static_cast<int>(b.year()) &&
           static_cast<unsigned>(a.number()) == static_cast<unsigned>(b.month());
  }
  template <detail::year_month_shaped T>
  friend constexpr std::strong_ordering operator<=>(const month& a, const T& b) noexcept {
    if (const auto c = a.year_number() <=> static_cast<int>(b.year()); c != 0) return c;
    return static_cast<unsigned>(a.number()) <=> static_cast<unsigned>(b.month());
  }

  /** The number of days in the month, leap years included. Example: `month{2024, 2}.days()` is 29. */
  constexpr int days() const noexcept { return detail::days_in_month(year_number(), number()); }
  /** The first and last day. Example: `month{2025, 2}.last_day()` is `date{2025, 2, 28}`. */
  constexpr date first_day() const noexcept { return date{year_number(), number(), 1}; }
  constexpr date last_day() const noexcept { return date{year_number(), number(), days()}; }

  constexpr month first_month() const noexcept { return *this; }
  constexpr month last_month() const noexcept { return *this; }

 private:
  template <class T>
  static constexpr int checked(const T& ym) {
    if (!ym.ok()) detail::throw_bad_period("std::chrono::year_month is not a valid month (ok() is false)");
    return static_cast<int>(ym.year());
  }
};

/** A calendar quarter. Example: `quarter{month{2025, 5}}` is `quarter{2025, 2}`, printed `2025Q2`. */
class quarter : public detail::regular_period_base<quarter, 4> {
 public:
  constexpr quarter() noexcept = default;
  constexpr quarter(int y, int q)
      : regular_period_base{detail::checked_year(y) * 4 + detail::checked_number(q, 4, "quarter") - 1} {}
  /** The quarter a month falls in. */
  constexpr explicit quarter(const month& m) noexcept : regular_period_base{m.index() / 3} {}

  constexpr month first_month() const noexcept { return month::from_index(index() * 3LL); }
  constexpr month last_month() const noexcept { return month::from_index(index() * 3LL + 2); }
};

/** A half year (上半年 H1, 下半年 H2). Example: `half{quarter{2025, 3}}` is `half{2025, 2}`, printed
 * `2025H2`. */
class half : public detail::regular_period_base<half, 2> {
 public:
  constexpr half() noexcept = default;
  constexpr half(int y, int h)
      : regular_period_base{detail::checked_year(y) * 2 + detail::checked_number(h, 2, "half") - 1} {}
  constexpr explicit half(const month& m) noexcept : regular_period_base{m.index() / 6} {}
  constexpr explicit half(const quarter& q) noexcept : regular_period_base{q.index() / 2} {}

  constexpr month first_month() const noexcept { return month::from_index(index() * 6LL); }
  constexpr month last_month() const noexcept { return month::from_index(index() * 6LL + 5); }
};

/** Year to date: January through month N of one year (1–N月), the form of monthly customs releases.
    Ordered like the releases: by the last month covered. Example: `ytd{2025, 11}` prints
    `2025 Jan-Nov`; `same_period_last_year(ytd{2025, 11})` is `ytd{2024, 11}`. */
class ytd {
 public:
  using count_type = month_count;

  constexpr ytd() noexcept = default;
  /** Throws `tradestat::error` (invalid_argument) unless 1 <= through <= 12 and the year is in 1..9999. */
  constexpr ytd(int y, int through) : last_{y, through} {}
  /** January through `last` of `last`'s year. */
  constexpr explicit ytd(const month& last) noexcept : last_{last} {}

  constexpr int year_number() const noexcept { return last_.year_number(); }
  /** How many months are covered: N in 1–N月. */
  constexpr int length() const noexcept { return last_.number(); }
  constexpr month first_month() const noexcept {
    return month::from_index(last_.index() - (last_.number() - 1LL));
  }
  constexpr month last_month() const noexcept { return last_; }

  // Steps move the last month: Jan-Dec 2024 + 1 month is Jan-Jan 2025 (the next release).
  friend constexpr ytd operator+(const ytd& p, month_count n) { return ytd{p.last_ + n}; }
  friend constexpr ytd operator+(month_count n, const ytd& p) { return p + n; }
  friend constexpr ytd operator-(const ytd& p, month_count n) { return ytd{p.last_ - n}; }
  friend constexpr month_count operator-(const ytd& a, const ytd& b) noexcept { return a.last_ - b.last_; }
  friend constexpr ytd& operator+=(ytd& p, month_count n) { return p = p + n; }
  friend constexpr ytd& operator-=(ytd& p, month_count n) { return p = p - n; }
  friend constexpr bool operator==(const ytd&, const ytd&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const ytd&, const ytd&) noexcept = default;

 private:
  month last_{};
};

/** A calendar year. Example: `year{2025} - year{2020}` is `year_count{5}`; `year{month{2025, 7}}` is
 * `year{2025}`. */
class year : public detail::regular_period_base<year, 1> {
 public:
  constexpr year() noexcept = default;
  constexpr explicit year(int y) : regular_period_base{detail::checked_year(y)} {}
  constexpr explicit year(const month& m) noexcept : regular_period_base{m.index() / 12} {}
  constexpr explicit year(const quarter& q) noexcept : regular_period_base{q.index() / 4} {}
  constexpr explicit year(const half& h) noexcept : regular_period_base{h.index() / 2} {}
  /** The year a year to date belongs to. Example: `year{ytd{2025, 11}}` is `year{2025}`. */
  constexpr explicit year(const ytd& t) noexcept : regular_period_base{t.year_number()} {}
  /** The year a day falls in. Example: `year{date{2025, 3, 19}}` is `year{2025}`. */
  constexpr explicit year(const date& d) noexcept : regular_period_base{d.year_number()} {}

  /** True for leap years. Example: `year{2024}.is_leap()` is true, `year{2100}.is_leap()` false. */
  constexpr bool is_leap() const noexcept { return detail::is_leap_year(year_number()); }
  constexpr month first_month() const noexcept { return month::from_index(index() * 12LL); }
  constexpr month last_month() const noexcept { return month::from_index(index() * 12LL + 11); }
};

/** A calendar period: anything that covers a contiguous run of whole months.
    Example: `static_assert(calendar_period<quarter>)`; `calendar_period<int>` is false. */
template <class P>
concept calendar_period = std::regular<P> && std::totally_ordered<P> && requires(const P& p) {
  { p.first_month() } -> std::same_as<month>;
  { p.last_month() } -> std::same_as<month>;
};

// clang-format 14 misplaces concept conjunctions: not reformatted.
// clang-format off
/** One of the fixed kinds month, quarter, half, year, whose length never varies.
    Example: `regular_period<half>` is true, `regular_period<ytd>` false. */
template <class P>
concept regular_period = calendar_period<P> && requires { P::per_year; } &&
                         std::derived_from<P, detail::regular_period_base<P, P::per_year>>;
// clang-format on

namespace detail {
// True when both are fixed kinds and `C` is the finer one: then `C` can never contain `F`.
template <class C, class F>
constexpr bool finer_fixed_kind() noexcept {
  if constexpr (regular_period<C> && regular_period<F>) {
    return C::per_year > F::per_year;
  } else {
    return false;
  }
}
}  // namespace detail

/** The period just before. Example: `previous(month{2025, 1})` is `month{2024, 12}`;
    `previous(ytd{2025, 1})` is `ytd{2024, 12}`, the release before. */
template <regular_period P>
constexpr P previous(const P& p) {
  return p - typename P::count_type{1};
}
constexpr ytd previous(const ytd& p) { return p - month_count{1}; }

/** The period just after. Example: `next(quarter{2025, 4})` is `quarter{2026, 1}`. */
template <regular_period P>
constexpr P next(const P& p) {
  return p + typename P::count_type{1};
}
constexpr ytd next(const ytd& p) { return p + month_count{1}; }

/** The same period one year earlier, the base of a year-on-year (同比) comparison.
    Example: `same_period_last_year(half{2025, 1})` is `half{2024, 1}`. */
template <regular_period P>
constexpr P same_period_last_year(const P& p) {
  return p - typename P::count_type{P::per_year};
}
constexpr ytd same_period_last_year(const ytd& p) { return p - month_count{12}; }

/** Whether every month of `fine` lies in `coarse`. Example: `contains(year{2025}, quarter{2025, 2})`
    is true; `contains(ytd{2025, 5}, quarter{2025, 2})` is false (June is not in 1–5月). */
template <calendar_period C, calendar_period F>
  requires(!detail::finer_fixed_kind<C, F>())
constexpr bool contains(const C& coarse, const F& fine) noexcept {
  return coarse.first_month() <= fine.first_month() && fine.last_month() <= coarse.last_month();
}

// ---------------------------------------------------------------------------------------------
// Rejected operations. Each is declared, never defined, with a return type that is the rule and
// is never completed: the mistaken call resolves to that one declaration (no list of candidates),
// and calling a function whose return type is incomplete is an error on the first line of both
// g++ and clang++, naming the rule. Unlike `= delete`, this leaves `requires { a - b; }` false.
namespace rule {
struct cannot_mix_period_kinds__convert_the_finer_one_first;  // e.g. year{m} - y, quarter{m} - q
struct cannot_compare_periods_of_different_kinds__convert_the_finer_one_first;  // e.g. year{m} == y
struct periods_do_not_add__add_a_count_of_the_periods_own_kind;  // m + month_count{3}
struct add_a_count_of_the_periods_own_kind__for_a_year_earlier_use_same_period_last_year;
struct a_finer_period_cannot_contain_a_coarser_one__write_contains_coarse_fine;
}  // namespace rule

namespace detail {
// The shape of a period, checked before calendar_period: it asks for no comparison, so that
// comparing any other type (std::optional<T> == T, found here by ADL) never recurses into
// whether that type is itself comparable.
template <class P>
concept period_shaped = requires(const P& p) {
  { p.first_month() } -> std::same_as<month>;
  { p.last_month() } -> std::same_as<month>;
};
template <class P>
concept a_period = period_shaped<P> && calendar_period<P>;
// Two different period kinds. `!same_as` comes first: comparing two months must never ask whether
// `month` is a calendar_period, which is what is being decided while `month == month` is checked.
template <class A, class B>
concept different_period_kinds = !std::same_as<A, B> && a_period<A> && a_period<B>;
// A count that is not the period's own kind of count.
template <class P, class Q>
concept foreign_count = a_period<P> && requires { typename P::count_type; } &&
                        !std::same_as<typename P::count_type, period_count<Q>>;
}  // namespace detail

// The rule stays on the line the compiler quotes: not reformatted.
// clang-format off
template <class A, class B> requires detail::different_period_kinds<A, B>
rule::cannot_mix_period_kinds__convert_the_finer_one_first operator-(const A&, const B&);  // cannot mix period kinds: convert the finer one first, e.g. year{m}
template <class A, class B> requires detail::different_period_kinds<A, B>
rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first operator==(const A&, const B&);  // cannot compare periods of different kinds: convert the finer one first, e.g. year{m}
template <class A, class B> requires detail::different_period_kinds<A, B>
rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first operator<=>(const A&, const B&);  // cannot compare periods of different kinds: convert the finer one first, e.g. year{m}
template <class A, class B> requires detail::a_period<A> && detail::a_period<B>
rule::periods_do_not_add__add_a_count_of_the_periods_own_kind operator+(const A&, const B&);  // periods do not add: add a count of the period's own kind, e.g. m + month_count{3}
template <class P, class Q> requires detail::foreign_count<P, Q>
rule::add_a_count_of_the_periods_own_kind__for_a_year_earlier_use_same_period_last_year operator+(const P&, period_count<Q>);  // add a count of the period's own kind; for a year earlier use same_period_last_year(p)
template <class P, class Q> requires detail::foreign_count<P, Q>
rule::add_a_count_of_the_periods_own_kind__for_a_year_earlier_use_same_period_last_year operator+(period_count<Q>, const P&);  // add a count of the period's own kind; for a year earlier use same_period_last_year(p)
template <class P, class Q> requires detail::foreign_count<P, Q>
rule::add_a_count_of_the_periods_own_kind__for_a_year_earlier_use_same_period_last_year operator-(const P&, period_count<Q>);  // subtract a count of the period's own kind; for a year earlier use same_period_last_year(p)
template <calendar_period C, calendar_period F> requires(detail::finer_fixed_kind<C, F>())
rule::a_finer_period_cannot_contain_a_coarser_one__write_contains_coarse_fine contains(const C&, const F&);  // a finer period cannot contain a coarser one: write contains(coarse, fine)
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_PERIOD_HPP
