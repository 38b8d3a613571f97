// Compile-time facts of the rounding policies: compiling this file is passing.
#include <tradestat/units/rounding.hpp>

namespace {
using namespace tradestat;

static_assert(rounding_policy<rounding::half_up_t> && rounding_policy<rounding::half_even_t>);
static_assert(rounding_policy<rounding::toward_zero_t> && rounding_policy<rounding::floor_t>);
static_assert(rounding_policy<rounding::ceiling_t> && rounding_policy<rounding::exact_t>);
static_assert(rounding_policy<const rounding::half_up_t&>);
static_assert(!rounding_policy<int> && !rounding_policy<double>);

// 12.5 and -12.5 (125 / 10) under each policy.
static_assert(detail::divide_rounded(125, 10, rounding::half_up) == 13);
static_assert(detail::divide_rounded(-125, 10, rounding::half_up) == -13);
static_assert(detail::divide_rounded(125, 10, rounding::half_even) == 12);
static_assert(detail::divide_rounded(135, 10, rounding::half_even) == 14);
static_assert(detail::divide_rounded(125, 10, rounding::toward_zero) == 12);
static_assert(detail::divide_rounded(-125, 10, rounding::floor) == -13);
static_assert(detail::divide_rounded(-125, 10, rounding::ceiling) == -12);
static_assert(detail::divide_rounded(120, 10, rounding::exact) == 12);

}  // namespace
