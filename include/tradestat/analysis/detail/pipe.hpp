// The machinery behind `rows | where(...) | sum(...)`: holding the range piped in, a predicate box
// that keeps views assignable, projections, and the closure base that runs an aggregation.
// Light on purpose: std::ranges concepts from <iterator> only (no <ranges>, no range-v3 header).
#ifndef TRADESTAT_ANALYSIS_DETAIL_PIPE_HPP
#define TRADESTAT_ANALYSIS_DETAIL_PIPE_HPP

#include <concepts>
#include <cstddef>
#include <iterator>  // std::ranges::begin/end, range concepts, view_base (bits/ranges_base.h)
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace tradestat::detail {

/** Base of tradestat's views: std::ranges::view through view_base; range-v3 sees it through the
 *  specialisation of ranges::ext::enable_view below. */
struct pipe_view_base : std::ranges::view_base {};

// An lvalue range piped in: held by address (std::ranges::ref_view without <ranges>).
template <std::ranges::range R>
class ref_range : public pipe_view_base {
 public:
  constexpr ref_range() noexcept = default;
  constexpr explicit ref_range(R& r) noexcept : r_{std::addressof(r)} {}
  constexpr auto begin() const { return std::ranges::begin(*r_); }
  constexpr auto end() const { return std::ranges::end(*r_); }

 private:
  R* r_ = nullptr;
};

// An rvalue range that is not a view (a temporary vector): moved in and owned, move-only
// (std::ranges::owning_view without <ranges>).
template <std::ranges::range R>
class owning_range : public pipe_view_base {
 public:
  owning_range() = default;
  constexpr explicit owning_range(R&& r) : r_(std::move(r)) {}
  owning_range(owning_range&&) = default;
  owning_range& operator=(owning_range&&) = default;
  constexpr auto begin() { return std::ranges::begin(r_); }
  constexpr auto end() { return std::ranges::end(r_); }
  constexpr auto begin() const requires std::ranges::range<const R> { return std::ranges::begin(r_); }
  constexpr auto end() const requires std::ranges::range<const R> { return std::ranges::end(r_); }

 private:
  R r_{};
};

/** What a view keeps of the range piped into it: the address of an lvalue, a view itself (moved,
 *  so a reader piped as an rvalue moves in), or the whole of any other rvalue. */
template <class R>
constexpr auto all(R&& r) {
  if constexpr (std::is_lvalue_reference_v<R>) {
    return ref_range<std::remove_reference_t<R>>{r};
  } else if constexpr (std::ranges::view<std::remove_cvref_t<R>>) {
    return std::remove_cvref_t<R>(std::forward<R>(r));
  } else {
    return owning_range<std::remove_cvref_t<R>>{std::move(r)};
  }
}
template <class R>
using all_t = decltype(all(std::declval<R>()));

// A callable kept so that the view holding it stays copy-assignable (a lambda with captures is not):
// assignment destroys and re-creates it.
template <class F>
class box {
 public:
  box() = default;
  constexpr explicit box(F f) : f_(std::move(f)) {}
  box(const box&) = default;
  box(box&&) = default;
  constexpr box& operator=(const box& other) {
    if (this != &other) {
      if (other.f_)
        f_.emplace(*other.f_);
      else
        f_.reset();
    }
    return *this;
  }
  constexpr box& operator=(box&& other) noexcept(std::is_nothrow_move_constructible_v<F>) {
    if (this != &other) {
      if (other.f_)
        f_.emplace(std::move(*other.f_));
      else
        f_.reset();
    }
    return *this;
  }
  constexpr const F& get() const noexcept { return *f_; }

 private:
  std::optional<F> f_{};
};

/** A field of a row: a pointer to a data member, or a callable (std::invoke without <functional>). */
template <class Field, class Row>
constexpr decltype(auto) project(const Field& f, const Row& row) {
  if constexpr (std::is_member_object_pointer_v<Field>) {
    return (row.*f);
  } else {
    return f(row);
  }
}
template <class Field, class Row>
using projected_t = std::remove_cvref_t<decltype(project(std::declval<const Field&>(), std::declval<const Row&>()))>;

/** Base of an aggregation (sum, sum_by, ...): `rows | a` runs it over the rows in one pass. An
 *  aggregation has start() -> state, add(state&, row), finish(state) -> result; its state merges
 *  (state.merge(other)), so partial states of pieces of the input add up to the whole. */
template <class Derived>
struct aggregation_closure {
  // D is Derived, spelled as a deduced parameter so that the constraint is checked at the call,
  // when Derived is complete (clang 14 checks a hidden friend's constraint earlier otherwise).
  template <std::ranges::input_range R, std::same_as<Derived> D>
    requires requires(const D& a) { a.template start<std::ranges::range_value_t<R>>(); }
  friend constexpr auto operator|(R&& rows, const D& a) {
    auto state = a.template start<std::ranges::range_value_t<R>>();
    for (auto&& row : rows) a.add(state, row);
    return a.finish(std::move(state));
  }
};

}  // namespace tradestat::detail

// range-v3 (0.12) asks ranges::ext::enable_view whether a type is a view; declaring its primary
// template here (it is an ordinary class template) lets tradestat's views answer yes without
// including any range-v3 header.
namespace ranges::ext {
template <typename T>
struct enable_view;
template <typename T>
  requires std::derived_from<T, tradestat::detail::pipe_view_base>
struct enable_view<T> : std::true_type {};
}  // namespace ranges::ext

#endif  // TRADESTAT_ANALYSIS_DETAIL_PIPE_HPP
