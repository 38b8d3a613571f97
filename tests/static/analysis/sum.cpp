// Compile-time facts of sum: compiling this file is passing.
#include <tradestat/analysis/sum.hpp>

#include <concepts>
#include <optional>
#include <vector>

namespace {
using namespace tradestat;

struct row_with_ratio {
  share part;
  std::optional<growth> change;
  money<CNY> amount;
  long plain;
};

template <class Field>
concept sums = requires(Field f) { sum(f); };
template <class Range, class Stage>
concept pipes_into = requires(Range r, Stage s) { r | s; };

static_assert(sums<std::optional<money<CNY>> record::*>);
static_assert(sums<std::optional<money<USD>> record::*>);
static_assert(sums<money<CNY> row_with_ratio::*>);  // the positive twin of the ratio checks
static_assert(!sums<share row_with_ratio::*>);               // a ratio does not sum
static_assert(!sums<std::optional<growth> row_with_ratio::*>);  // nor an optional ratio
static_assert(!sums<long row_with_ratio::*>);                // a plain number has no currency
static_assert(!sums<std::optional<trade_mode> record::*>);    // a code is not an amount

static_assert(pipes_into<std::vector<record>, decltype(sum(&record::value_cny))>);
static_assert(pipes_into<std::vector<row_with_ratio>, decltype(sum(&row_with_ratio::amount))>);
static_assert(std::same_as<decltype(std::vector<record>{} | sum(&record::value_cny)), summed<money<CNY>>>);

// A summed total is not itself summable: adding totals of different records is done by merging states.
template <class A, class B>
concept can_add = requires(const A& a, const B& b) { a + b; };
static_assert(!can_add<summed<money<CNY>>, summed<money<CNY>>>);
static_assert(std::convertible_to<summed<money<CNY>>, money<CNY>>);  // checked: throws if incomplete
static_assert(!std::convertible_to<summed<money<CNY>>, money<USD>>);

// The state is a monoid with an identity.
static_assert(sum_state<money<CNY>>{}.empty());
static_assert([] {
  sum_state<money<CNY>> a, b;
  a.add(money<CNY>{2});
  b.add(money<CNY>{3});
  b.add_absent();
  a.merge(b);
  return a.result() == summed<money<CNY>>{money<CNY>{5}, 2, 1};
}());
}  // namespace
