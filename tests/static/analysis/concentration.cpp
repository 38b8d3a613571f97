// Compile-time facts and negative checks for the HHI: compiling this file is passing.
#include <tradestat/analysis/concentration.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>

#include <array>
#include <concepts>
#include <vector>

#include "../operations.hpp"

namespace {
using namespace tradestat::test;
using namespace tradestat;

template <class R>
concept can_hhi = requires(R values) { hhi_of(values); };

static_assert(std::same_as<decltype(hhi_of(std::vector<money<CNY>>{})), hhi>);
static_assert(can_hhi<std::array<money<USD, thousand>, 3>>);
// Negative: an HHI is over amounts of money, not plain numbers or shares (square shares of a partition).
static_assert(!can_hhi<std::vector<long>> && !can_hhi<std::vector<double>> && !can_hhi<std::vector<share>>);
// The index is its own type: no arithmetic with ratio kinds or numbers, comparison with a fraction of one.
static_assert(can_compare<hhi, hhi> && can_compare<hhi, quotient> && !can_compare<hhi, double>);
static_assert(!can_add<hhi, hhi> && !can_add<hhi, share> && !can_subtract<hhi, percentage_points>);
static_assert(!std::is_convertible_v<hhi, share> && !std::is_constructible_v<hhi, double>);

}  // namespace
