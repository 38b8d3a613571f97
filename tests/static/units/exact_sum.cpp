// Compile-time facts of exact_sum: compiling this file is passing.
#include <tradestat/units/exact_sum.hpp>

#include <array>
#include <concepts>
#include <vector>

namespace {
using namespace tradestat;

template <class R>
concept summable = requires(R r) {
  exact_sum(r);
};

static_assert(summable<std::vector<money<cny>>> && summable<std::array<money<usd, yi>, 3>>);
static_assert(!summable<std::vector<long>> && !summable<std::vector<double>>);
static_assert(std::same_as<decltype(exact_sum(std::vector<money<cny, wan>>{})), money<cny, wan>>);
static_assert(exact_sum(std::array{money<cny, yi>{1}, money<cny, yi>{2}}) == money<cny, yi>{3});

}  // namespace
