// Compile-time facts and negative checks for cagr: compiling this file is passing.
#include <tradestat/analysis/cagr.hpp>

#include <concepts>

namespace {
using namespace tradestat;

template <class A, class B>
concept can_cagr = requires(A a, B b) {
  cagr(a, b, 5);
};

static_assert(std::same_as<decltype(cagr(money<CNY>{}, money<CNY, yi>{}, 5)), cagr_bounds>);
static_assert(std::same_as<decltype(cagr_bounds{}.lower), growth>);
static_assert(can_cagr<money<CNY>, money<CNY, wan>>);
// Negative: amounts in different currencies, or plain numbers, have no CAGR here.
static_assert(!can_cagr<money<CNY>, money<USD>> && !can_cagr<int, int> && !can_cagr<double, money<CNY>>);

}  // namespace
