// Concepts that ask whether an operation compiles, for the in-language negative checks of every
// layer's static tests: `static_assert(!can_add<money<CNY>, money<USD>>);`
#ifndef TRADESTAT_TESTS_STATIC_OPERATIONS_HPP
#define TRADESTAT_TESTS_STATIC_OPERATIONS_HPP

namespace tradestat::test {

template <class A, class B>
concept can_add = requires(const A& a, const B& b) { a + b; };
template <class A, class B>
concept can_subtract = requires(const A& a, const B& b) { a - b; };
template <class A, class B>
concept can_multiply = requires(const A& a, const B& b) { a * b; };
template <class A, class B>
concept can_divide = requires(const A& a, const B& b) { a / b; };
template <class A, class B>
concept can_compare = requires(const A& a, const B& b) { a < b; };
template <class A, class B>
concept can_equal = requires(const A& a, const B& b) { a == b; };
template <class A, class B>
concept can_three_way = requires(const A& a, const B& b) { a <=> b; };

}  // namespace tradestat::test

#endif  // TRADESTAT_TESTS_STATIC_OPERATIONS_HPP
