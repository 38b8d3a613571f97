// Compile-time facts and negative checks for unit values of records: compiling this file is passing.
#include <tradestat/analysis/unit_values.hpp>

#include <concepts>
#include <vector>

namespace {
using namespace tradestat;

template <class R>
concept can_weigh = requires(R r) { unit_value_by_weight<CNY>(r); };

static_assert(std::same_as<decltype(unit_value_by_weight<USD>(std::vector<record>{}).per_unit()),
                           std::optional<unit_value<USD, one, kilogram_unit>>>);
static_assert(std::same_as<decltype(unit_value_by_count(std::vector<record>{}, quantity_unit{"件"})),
                           unit_value_total<CNY, item_unit>>);
// Negative: unit values are of records, not of bare amounts.
static_assert(can_weigh<std::vector<record>> && !can_weigh<std::vector<money<CNY>>> && !can_weigh<int>);
// A unit value per kilogram and one per item are different types: they never compare.
static_assert(!std::equality_comparable_with<unit_value<CNY, one, kilogram_unit>, unit_value<CNY, one, item_unit>>);

}  // namespace
