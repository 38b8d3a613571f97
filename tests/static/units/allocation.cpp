// Compile-time facts of allocation: compiling this file is passing.
#include <tradestat/units/allocation.hpp>

#include <vector>

namespace {
using namespace tradestat;

template <class M, class W>
concept can_allocate = requires(M m, W w) {
  allocate(m, w);
};

static_assert(can_allocate<money<CNY>, std::vector<int>>);
static_assert(can_allocate<money<CNY>, std::vector<money<USD, yi>>>);
static_assert(!can_allocate<money<CNY>, std::vector<double>>);
static_assert(!can_allocate<money<CNY>, std::vector<bool>>);
static_assert(!can_allocate<int, std::vector<int>>);

}  // namespace
