// Compile-time facts and negative checks for reading published figures: compiling this file is passing.
#include <tradestat/analysis/published_io.hpp>

#include <concepts>

namespace {
using namespace tradestat;

template <class T>
concept readable = requires {
  read_published<T>("1");
};

static_assert(
    std::same_as<decltype(read_published<money<CNY, billion>>("1")), published<money<CNY, billion>>>);
static_assert(std::same_as<decltype(read_published<growth>("1 %")), published<growth>>);
static_assert(readable<share> && readable<percentage_points> && readable<index_number> &&
              readable<money<USD>>);
// Negative: only money and ratio kinds are published figures.
static_assert(!readable<double> && !readable<int> && !readable<quotient> && !readable<interval>);

}  // namespace
