// Compile-time facts and negative checks for money: compiling this file is passing.
#include <tradestat/units/money.hpp>

#include <concepts>
#include <cstdint>
#include <type_traits>

#include "../operations.hpp"

namespace {
using namespace tradestat::test;
using namespace tradestat;

template <class To, class M>
concept can_rescale_exactly = requires(M m) {
  rescale<To>(m);
};
template <class To, class M, class P>
concept can_rescale_with = requires(M m, P p) {
  rescale<To>(m, p);
};
template <class M, class I, class P>
concept can_divide_with = requires(M m, I i, P p) {
  divide(m, i, p);
};

// Types: the default scale is whole units, the default representation int64.
static_assert(std::same_as<money<cny>, money<cny, one, std::int64_t>>);
static_assert(std::same_as<wan_yi, trillion>);
static_assert(money<cny, minor_unit>::exponent == -2 && money<jpy, minor_unit>::exponent == 0);
static_assert(money<kwd, minor_unit>::exponent == -3);
static_assert(sizeof(money<cny>) == sizeof(std::int64_t));
static_assert(std::is_trivially_copyable_v<money<cny>>);
static_assert(money_type<money<usd, billion>> && !money_type<std::int64_t>);

// Same currency, any scale: add, subtract, compare; the finer scale wins.
static_assert(can_add<money<cny, yi>, money<cny, wan>>);
static_assert(std::same_as<decltype(money<cny, yi>{} + money<cny, wan>{}), money<cny, wan>>);
static_assert(std::same_as<decltype(money<cny, wan>{} - money<cny, yi>{}), money<cny, wan>>);
static_assert(std::same_as<decltype(money<cny>{} + money<cny, minor_unit>{}), money<cny, minor_unit>>);
static_assert(std::same_as<decltype(money<cny, yi, std::int32_t>{} + money<cny, yi>{}), money<cny, yi>>);
static_assert(std::totally_ordered_with<money<cny, yi>, money<cny, wan>>);
static_assert((money<cny, yi>{1} + money<cny, wan>{5}).count() == 10005);
static_assert(money<cny, yi>{1} == money<cny, wan>{10000});
static_assert(money<cny, wan>{9999} < money<cny, yi>{1});

// Different currencies: nothing mixes.
static_assert(!can_add<money<cny>, money<usd>>);
static_assert(!can_subtract<money<cny>, money<usd>>);
static_assert(!std::equality_comparable_with<money<cny>, money<usd>>);
static_assert(!can_compare<money<cny>, money<usd>>);
static_assert(!can_divide<money<cny>, money<usd>>);
static_assert(!can_add<money<cny, yi>, money<usd, billion>>);
static_assert(!std::is_convertible_v<money<usd>, money<cny>>);
static_assert(!std::is_constructible_v<money<cny>, money<usd>>);

// Plain numbers: no silent currency or scale.
static_assert(!std::is_convertible_v<std::int64_t, money<cny>>);
static_assert(std::is_constructible_v<money<cny>, std::int64_t>);
static_assert(!can_add<money<cny>, int>);
static_assert(!can_add<int, money<cny>>);
static_assert(!can_add<money<cny>, double>);
static_assert(!can_subtract<money<cny>, long>);
static_assert(!can_subtract<long, money<cny>>);
static_assert(!std::equality_comparable_with<money<cny>, int>);
static_assert(!can_compare<money<cny>, int>);

// Multiplication by an integer only; division by an integer only with a policy.
static_assert(can_multiply<money<cny>, int> && can_multiply<int, money<cny>>);
static_assert(can_multiply<money<cny>, std::uint32_t>);
static_assert(!can_multiply<money<cny>, money<cny>>);
static_assert(!can_multiply<money<cny>, money<usd>>);
static_assert(!can_multiply<money<cny>, double> && !can_multiply<float, money<cny>>);
static_assert(!can_multiply<money<cny>, bool>);
static_assert(!can_divide<money<cny>, int>);
static_assert(!can_divide<money<cny>, double>);
static_assert(can_divide_with<money<cny>, int, rounding::half_up_t>);
static_assert(!can_divide_with<money<cny>, int, int>);
static_assert(!can_divide_with<money<cny>, double, rounding::half_up_t>);

// Money divided by money of the same currency is an exact quotient.
static_assert(std::same_as<decltype(money<cny, yi>{} / money<cny, wan>{1}), quotient>);
static_assert(money<cny, yi>{1} / money<cny, wan>{20000} == quotient(1, 2));

// Scales: finer is implicit and exact, coarser needs a policy.
static_assert(std::is_convertible_v<money<cny, yi>, money<cny, wan>>);
static_assert(!std::is_convertible_v<money<cny, wan>, money<cny, yi>>);
static_assert(!std::is_constructible_v<money<cny, wan>, money<cny, minor_unit>>);
static_assert(can_rescale_exactly<wan, money<cny, yi>>);
static_assert(!can_rescale_exactly<yi, money<cny, wan>>);
static_assert(can_rescale_with<yi, money<cny, wan>, rounding::half_even_t>);
static_assert(!can_rescale_with<yi, money<cny, wan>, int>);
static_assert(rescale<yi>(money<cny, wan>{15000}, rounding::half_up).count() == 2);
static_assert(rescale<yi>(money<cny, wan>{15000}, rounding::toward_zero).count() == 1);

// Only integer representations, only known scales.
template <class C, class S, class R>
concept valid_money = requires {
  typename money<C, S, R>;
}
&&requires(money<C, S, R> m) { m.count(); };
static_assert(valid_money<cny, one, std::int64_t>);
static_assert(!valid_money<cny, one, double>);
static_assert(!valid_money<cny, one, std::uint64_t>);
static_assert(!valid_money<cny, int, std::int64_t>);
static_assert(!valid_money<int, one, std::int64_t>);

}  // namespace
