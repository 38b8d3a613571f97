// sum: the exact total of a money field over rows, with the count of rows that lack the field, as a
// mergeable state (a monoid) and a pipe stage: `rows | where(year{2025}) | sum(&record::value_cny)`.
#ifndef TRADESTAT_ANALYSIS_SUM_HPP
#define TRADESTAT_ANALYSIS_SUM_HPP

#include <tradestat/analysis/detail/pipe.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/data/record_access.hpp>
#include <tradestat/error.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace tradestat {

/** The result of a sum: the exact total of the rows that have the field, how many had it, how many
 *  did not. It converts to its money type only when no row lacked the field (otherwise the
 *  conversion throws tradestat::error, incomplete): an absent value is never counted as zero.
 *  Example: `money<CNY> t = rows | sum(&record::value_cny);` // throws if a row has no value_cny */
template <money_type M>
class summed {
 public:
  using money_type = M;

  constexpr summed() noexcept = default;
  constexpr summed(M present_total, std::uint64_t records, std::uint64_t absent) noexcept
      : total_{present_total}, records_{records}, absent_{absent} {}

  /** The total of the rows that have the field. Example: `s.present_total()` */
  constexpr M present_total() const noexcept { return total_; }
  /** Rows summed (those that have the field). */
  constexpr std::uint64_t records() const noexcept { return records_; }
  /** Rows that lack the field: not in the total. */
  constexpr std::uint64_t absent() const noexcept { return absent_; }
  /** True when no row lacked the field. */
  constexpr bool complete() const noexcept { return absent_ == 0; }
  /** The total; throws tradestat::error (incomplete) when some rows lacked the field.
   *  Example: `(v | sum(&record::value_cny)).value()` */
  constexpr M value() const {
    if (absent_ != 0)
      throw error(error_kind::incomplete,
                  "tradestat: " + std::to_string(absent_) + " of " + std::to_string(absent_ + records_) +
                      " rows lack the field summed: use present_total() for the rows that have it, or select "
                      "them first with where(has(field))");
    return total_;
  }
  constexpr operator M() const { return value(); }  // NOLINT(google-explicit-constructor): checked, exact

  friend constexpr bool operator==(const summed&, const summed&) = default;

 private:
  M total_{};
  std::uint64_t records_ = 0;
  std::uint64_t absent_ = 0;
};

/** The state of a sum: a monoid. Partial sums are exact in 128 bits (no overflow before 2^64 rows);
 *  merge adds two states (associative, commutative; a default state is the identity), and result()
 *  narrows to the money type, throwing overflow_error when the total does not fit.
 *  Example: `sum_state<money<CNY>> a, b; a.add(money<CNY>{2}); b.add_absent(); a.merge(b); a.result().absent()` // 1 */
template <money_type M>
class sum_state {
 public:
  constexpr void add(const M& m) noexcept {
    total_ += m.count();
    ++records_;
  }
  constexpr void add_absent() noexcept { ++absent_; }
  constexpr void add(const std::optional<M>& m) noexcept {
    if (m)
      add(*m);
    else
      add_absent();
  }
  template <currency C>
    requires std::same_as<M, money<C>>
  constexpr void add(const money_or_absent<C>& m) noexcept {
    if (m.has_value())
      add(m.amount());
    else
      add_absent();
  }
  constexpr sum_state& merge(const sum_state& other) noexcept {
    total_ += other.total_;
    records_ += other.records_;
    absent_ += other.absent_;
    return *this;
  }
  /** True when nothing was added (the identity of merge). */
  constexpr bool empty() const noexcept { return records_ == 0 && absent_ == 0; }
  constexpr std::uint64_t records() const noexcept { return records_; }
  constexpr std::uint64_t absent() const noexcept { return absent_; }
  /** The exact total so far, before narrowing (for ordering rows without overflow). */
  constexpr detail::int128 exact_total() const noexcept { return total_; }
  constexpr summed<M> result() const {
    return summed<M>{M(detail::narrow<typename M::rep>(total_, "sum")), records_, absent_};
  }
  friend constexpr bool operator==(const sum_state&, const sum_state&) = default;

 private:
  detail::int128 total_ = 0;
  std::uint64_t records_ = 0;
  std::uint64_t absent_ = 0;
};

namespace detail {
template <class T>
struct summable_traits {
  static constexpr bool value = false;
};
template <class C, class S, class R>
struct summable_traits<money<C, S, R>> {
  static constexpr bool value = true;
  using money_type = money<C, S, R>;
};
template <class C, class S, class R>
struct summable_traits<std::optional<money<C, S, R>>> {
  static constexpr bool value = true;
  using money_type = money<C, S, R>;
};
template <class C>
struct summable_traits<money_or_absent<C>> {
  static constexpr bool value = true;
  using money_type = money<C>;
};
template <class T>
struct summable_traits<std::optional<T>> : summable_traits<T> {
  static constexpr bool value = false;
};
template <class T>
concept summable_value = summable_traits<std::remove_cvref_t<T>>::value;
template <class T>
concept ratio_value = ratio_kind<std::remove_cvref_t<T>> ||
                      (!summable_value<T> && requires { typename std::remove_cvref_t<T>::value_type; } &&
                       ratio_kind<typename std::remove_cvref_t<T>::value_type>);
template <class T>
using summed_money_t = typename summable_traits<std::remove_cvref_t<T>>::money_type;
}  // namespace detail

/** The aggregation `sum(field)`: one sum_state over all rows. `rows | sum(f)` runs it; aggregate()
 *  runs several in one pass. */
template <class Field>
class sum_of : public detail::aggregation_closure<sum_of<Field>> {
 public:
  constexpr explicit sum_of(Field f) : field_(std::move(f)) {}

  template <class Row>
  using money_type = detail::summed_money_t<detail::projected_t<Field, Row>>;
  template <class Row>
  using state_type = sum_state<money_type<Row>>;

  template <class Row>
  constexpr state_type<Row> start() const {
    return {};
  }
  template <class State, class Row>
  constexpr void add(State& state, const Row& row) const {
    state.add(detail::project(field_, row));
  }
  template <class State>
  constexpr auto finish(const State& state) const {
    return state.result();
  }
  constexpr const Field& field() const noexcept { return field_; }

 private:
  Field field_;
};

namespace detail {
template <class Field, class Row>
concept sum_field_for = summable_value<projected_t<Field, Row>>;
template <class F>
concept record_callable = !std::is_member_object_pointer_v<F> && std::is_invocable_v<const F&, const record&>;
}  // namespace detail

namespace rule {
struct a_ratio_does_not_sum__sum_the_amounts_then_take_the_ratio_of_the_totals;
struct sum_adds_money__give_a_field_that_holds_money_or_optional_money;
}  // namespace rule

/** The exact total of a money field (a data member or a callable giving money, optional money or
 *  money_or_absent), counting the rows that lack it. Example: `v | sum(&record::value_usd)` */
template <class Row, class T>
  requires detail::summable_value<T>
constexpr sum_of<T Row::*> sum(T Row::*field) {
  return sum_of<T Row::*>{field};
}
/** The same with a callable: `v | sum([](const record& r) { return value<CNY>(r); })`. */
template <class F>
  requires(detail::record_callable<F> && detail::summable_value<std::invoke_result_t<const F&, const record&>>)
constexpr sum_of<F> sum(F field) {
  return sum_of<F>{std::move(field)};
}
// clang-format off
template <class Row, class T> requires detail::ratio_value<T>
rule::a_ratio_does_not_sum__sum_the_amounts_then_take_the_ratio_of_the_totals sum(T Row::*);  // a ratio does not sum: sum the amounts, then take the ratio of the totals
template <class Row, class T> requires(!detail::summable_value<T> && !detail::ratio_value<T>)
rule::sum_adds_money__give_a_field_that_holds_money_or_optional_money sum(T Row::*);  // sum adds money: give a field that holds money<C> or std::optional<money<C>>
template <class F> requires(detail::record_callable<F> && detail::ratio_value<std::invoke_result_t<const F&, const record&>>)
rule::a_ratio_does_not_sum__sum_the_amounts_then_take_the_ratio_of_the_totals sum(F);  // a ratio does not sum: sum the amounts, then take the ratio of the totals
template <class F> requires(detail::record_callable<F> && !detail::summable_value<std::invoke_result_t<const F&, const record&>> && !detail::ratio_value<std::invoke_result_t<const F&, const record&>>)
rule::sum_adds_money__give_a_field_that_holds_money_or_optional_money sum(F);  // sum adds money: give a callable returning money<C> or std::optional<money<C>>
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_SUM_HPP
