// Compile-time facts and negative checks for money: compiling this file is passing.
#include <tradestat/units/catalogue/iso4217.hpp>
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
static_assert(std::same_as<money<CNY>, money<CNY, one, std::int64_t>>);
static_assert(std::same_as<wan_yi, trillion>);
static_assert(money<CNY, minor_unit>::exponent == -2 && money<JPY, minor_unit>::exponent == 0);
static_assert(money<iso4217::KWD, minor_unit>::exponent == -3);
static_assert(sizeof(money<CNY>) == sizeof(std::int64_t));
static_assert(std::is_trivially_copyable_v<money<CNY>>);
static_assert(money_type<money<USD, billion>> && !money_type<std::int64_t>);

// Same currency, any scale: add, subtract, compare; the finer scale wins.
static_assert(can_add<money<CNY, yi>, money<CNY, wan>>);
static_assert(std::same_as<decltype(money<CNY, yi>{} + money<CNY, wan>{}), money<CNY, wan>>);
static_assert(std::same_as<decltype(money<CNY, wan>{} - money<CNY, yi>{}), money<CNY, wan>>);
static_assert(std::same_as<decltype(money<CNY>{} + money<CNY, minor_unit>{}), money<CNY, minor_unit>>);
static_assert(std::same_as<decltype(money<CNY, yi, std::int32_t>{} + money<CNY, yi>{}), money<CNY, yi>>);
static_assert(std::totally_ordered_with<money<CNY, yi>, money<CNY, wan>>);
static_assert((money<CNY, yi>{1} + money<CNY, wan>{5}).count() == 10005);
static_assert(money<CNY, yi>{1} == money<CNY, wan>{10000});
static_assert(money<CNY, wan>{9999} < money<CNY, yi>{1});

// Different currencies: nothing mixes.
static_assert(!can_add<money<CNY>, money<USD>>);
static_assert(!can_subtract<money<CNY>, money<USD>>);
static_assert(!std::equality_comparable_with<money<CNY>, money<USD>>);
static_assert(!can_compare<money<CNY>, money<USD>>);
static_assert(!can_divide<money<CNY>, money<USD>>);
static_assert(!can_add<money<CNY, yi>, money<USD, billion>>);
static_assert(!std::is_convertible_v<money<USD>, money<CNY>>);
static_assert(!std::is_constructible_v<money<CNY>, money<USD>>);

// Plain numbers: no silent currency or scale.
static_assert(!std::is_convertible_v<std::int64_t, money<CNY>>);
static_assert(std::is_constructible_v<money<CNY>, std::int64_t>);
static_assert(!can_add<money<CNY>, int>);
static_assert(!can_add<int, money<CNY>>);
static_assert(!can_add<money<CNY>, double>);
static_assert(!can_subtract<money<CNY>, long>);
static_assert(!can_subtract<long, money<CNY>>);
static_assert(!std::equality_comparable_with<money<CNY>, int>);
static_assert(!can_compare<money<CNY>, int>);

// Multiplication by an integer only; division by an integer only with a policy.
static_assert(can_multiply<money<CNY>, int> && can_multiply<int, money<CNY>>);
static_assert(can_multiply<money<CNY>, std::uint32_t>);
static_assert(!can_multiply<money<CNY>, money<CNY>>);
static_assert(!can_multiply<money<CNY>, money<USD>>);
static_assert(!can_multiply<money<CNY>, double> && !can_multiply<float, money<CNY>>);
static_assert(!can_multiply<money<CNY>, bool>);
static_assert(!can_divide<money<CNY>, int>);
static_assert(!can_divide<money<CNY>, double>);
static_assert(can_divide_with<money<CNY>, int, rounding::half_up_t>);
static_assert(!can_divide_with<money<CNY>, int, int>);
static_assert(!can_divide_with<money<CNY>, double, rounding::half_up_t>);

// Money divided by money of the same currency is an exact quotient.
static_assert(std::same_as<decltype(money<CNY, yi>{} / money<CNY, wan>{1}), quotient>);
static_assert(money<CNY, yi>{1} / money<CNY, wan>{20000} == quotient(1, 2));

// Scales: finer is implicit and exact, coarser needs a policy.
static_assert(std::is_convertible_v<money<CNY, yi>, money<CNY, wan>>);
static_assert(!std::is_convertible_v<money<CNY, wan>, money<CNY, yi>>);
static_assert(!std::is_constructible_v<money<CNY, wan>, money<CNY, minor_unit>>);
static_assert(can_rescale_exactly<wan, money<CNY, yi>>);
static_assert(!can_rescale_exactly<yi, money<CNY, wan>>);
static_assert(can_rescale_with<yi, money<CNY, wan>, rounding::half_even_t>);
static_assert(!can_rescale_with<yi, money<CNY, wan>, int>);
static_assert(rescale<yi>(money<CNY, wan>{15000}, rounding::half_up).count() == 2);
static_assert(rescale<yi>(money<CNY, wan>{15000}, rounding::toward_zero).count() == 1);

// Only integer representations, only known scales.
template <class C, class S, class R>
concept valid_money = requires {
  typename money<C, S, R>;
}
&&requires(money<C, S, R> m) { m.count(); };
static_assert(valid_money<CNY, one, std::int64_t>);
static_assert(!valid_money<CNY, one, double>);
static_assert(!valid_money<CNY, one, std::uint64_t>);
static_assert(!valid_money<CNY, int, std::int64_t>);
static_assert(!valid_money<int, one, std::int64_t>);

}  // namespace
