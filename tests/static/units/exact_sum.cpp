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

static_assert(summable<std::vector<money<CNY>>> && summable<std::array<money<USD, yi>, 3>>);
static_assert(!summable<std::vector<long>> && !summable<std::vector<double>>);
static_assert(std::same_as<decltype(exact_sum(std::vector<money<CNY, wan>>{})), money<CNY, wan>>);
static_assert(exact_sum(std::array{money<CNY, yi>{1}, money<CNY, yi>{2}}) == money<CNY, yi>{3});

}  // namespace
