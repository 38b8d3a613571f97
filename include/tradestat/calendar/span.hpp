// A contiguous run of periods of one kind (2021–2025, 2025-01..2025-06), iterable.
#ifndef TRADESTAT_CALENDAR_SPAN_HPP
#define TRADESTAT_CALENDAR_SPAN_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/error.hpp>

#include <compare>
#include <cstddef>
#include <iterator>

namespace tradestat {

namespace detail {

// A random-access iterator over consecutive periods of one fixed kind; holds an index, not a period.
template <class P>
class period_iterator {
 public:
  using iterator_concept = std::random_access_iterator_tag;
  using iterator_category = std::random_access_iterator_tag;
  using value_type = P;
  using difference_type = std::ptrdiff_t;
  using reference = P;
  using pointer = void;

  constexpr period_iterator() noexcept = default;
  constexpr explicit period_iterator(long long index) noexcept : index_{index} {}

  constexpr P operator*() const { return P::from_index(index_); }
  constexpr P operator[](difference_type n) const { return P::from_index(index_ + n); }
  constexpr period_iterator& operator++() noexcept {
    ++index_;
    return *this;
  }
  constexpr period_iterator operator++(int) noexcept {
    auto old = *this;
    ++index_;
    return old;
  }
  constexpr period_iterator& operator--() noexcept {
    --index_;
    return *this;
  }
  constexpr period_iterator operator--(int) noexcept {
    auto old = *this;
    --index_;
    return old;
  }
  constexpr period_iterator& operator+=(difference_type n) noexcept {
    index_ += n;
    return *this;
  }
  constexpr period_iterator& operator-=(difference_type n) noexcept {
    index_ -= n;
    return *this;
  }
  friend constexpr period_iterator operator+(period_iterator i, difference_type n) noexcept { return i += n; }
  friend constexpr period_iterator operator+(difference_type n, period_iterator i) noexcept { return i += n; }
  friend constexpr period_iterator operator-(period_iterator i, difference_type n) noexcept { return i -= n; }
  friend constexpr difference_type operator-(period_iterator a, period_iterator b) noexcept {
    return static_cast<difference_type>(a.index_ - b.index_);
  }
  friend constexpr bool operator==(period_iterator, period_iterator) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(period_iterator, period_iterator) noexcept = default;

 private:
  long long index_ = 0;
};

}  // namespace detail

/** The periods `first` through `last` inclusive, e.g. the years of a plan; a random-access range of `P`.
    Example: `span{year{2021}, year{2025}}.size()` is 5; `span{month{2025, 1}, month{2025, 6}}` prints
    `2025-01..2025-06`. */
template <regular_period P>
class span {
 public:
  using iterator = detail::period_iterator<P>;
  using count_type = typename P::count_type;

  /** The span of the single earliest period: a value to assign to. */
  constexpr span() noexcept = default;
  /** Throws `tradestat::error` (invalid_argument) when `last` is before `first`. */
  constexpr span(const P& first, const P& last) : first_{first}, last_{last} {
    if (last < first) throw error(error_kind::invalid_argument, "a span's last period is before its first");
  }

  constexpr P first() const noexcept { return first_; }
  constexpr P last() const noexcept { return last_; }
  /** How many periods it holds. Example: `span{year{2016}, year{2020}}.length()` is `year_count{5}`. */
  constexpr count_type length() const noexcept { return last_ - first_ + count_type{1}; }
  constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(length().count()); }
  constexpr iterator begin() const noexcept { return iterator{first_.index()}; }
  constexpr iterator end() const noexcept { return iterator{last_.index() + 1LL}; }
  constexpr month first_month() const noexcept { return first_.first_month(); }
  constexpr month last_month() const noexcept { return last_.last_month(); }

  friend constexpr bool operator==(const span&, const span&) noexcept = default;
  // Ordered by first period, then by last: spans do not form a timeline, but sorting them must work.
  friend constexpr std::strong_ordering operator<=>(const span&, const span&) noexcept = default;

 private:
  P first_{};
  P last_{};
};

template <class P>
span(P, P) -> span<P>;

/** The span of the same length just before. Example: `previous(span{year{2021}, year{2025}})` is
    `span{year{2016}, year{2020}}`. */
template <regular_period P>
constexpr span<P> previous(const span<P>& s) {
  return span<P>{s.first() - s.length(), s.last() - s.length()};
}
/** The span of the same length just after. Example: `next(span{year{2016}, year{2020}})` is 2021–2025. */
template <regular_period P>
constexpr span<P> next(const span<P>& s) {
  return span<P>{s.first() + s.length(), s.last() + s.length()};
}
/** The same span one year earlier. Example: `same_period_last_year(span{month{2025, 1}, month{2025, 6}})`
    is 2024-01..2024-06. */
template <regular_period P>
constexpr span<P> same_period_last_year(const span<P>& s) {
  return span<P>{same_period_last_year(s.first()), same_period_last_year(s.last())};
}

/** The months of any period, in order. Example: `months_of(quarter{2025, 1})` yields 2025-01, 2025-02,
    2025-03; `months_of(ytd{2024, 2}).size()` is 2. */
template <calendar_period P>
constexpr span<month> months_of(const P& p) {
  return span<month>{p.first_month(), p.last_month()};
}

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_SPAN_HPP
