// Compile-time facts and negative checks for the RCA: compiling this file is passing.
#include <tradestat/analysis/rca.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>

#include <concepts>

#include "../operations.hpp"

namespace {
using namespace tradestat::test;
using namespace tradestat;

template <class A, class B, class C, class D>
concept can_rca = requires(A a, B b, C c, D d) { revealed_comparative_advantage(a, b, c, d); };

static_assert(std::same_as<decltype(revealed_comparative_advantage(money<USD>{}, money<USD>{}, money<USD, billion>{},
                                                                   money<USD, thousand>{})),
                           rca>);
static_assert(can_rca<money<CNY, yi>, money<CNY>, money<CNY, wan>, money<CNY>>);
// Negative: four amounts in one currency only; no plain numbers.
static_assert(!can_rca<money<CNY>, money<CNY>, money<USD>, money<USD>>);
static_assert(!can_rca<money<USD>, money<USD>, money<USD>, money<EUR>>);
static_assert(!can_rca<long, long, long, long>);
// Its own kind: compares with an RCA or a number given as a quotient, adds to nothing.
static_assert(can_compare<rca, rca> && can_compare<rca, quotient> && !can_compare<rca, int>);
static_assert(!can_add<rca, rca> && !can_add<rca, share> && !std::is_convertible_v<rca, share>);

}  // namespace
