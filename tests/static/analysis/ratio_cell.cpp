// Compile-time facts and negative checks for ratio cells: compiling this file is passing.
#include <tradestat/analysis/ratio_cell.hpp>

#include <concepts>
#include <type_traits>

#include "../operations.hpp"

namespace {
using namespace tradestat::test;
using namespace tradestat;

// A cell is made from its own kind or from no_base, never from another kind or a bare number.
static_assert(std::is_convertible_v<growth, growth_cell> && std::is_convertible_v<no_base_t, growth_cell>);
static_assert(!std::is_convertible_v<share, growth_cell> && !std::is_constructible_v<growth_cell, share>);
static_assert(!std::is_constructible_v<share_cell, double> && !std::is_constructible_v<share_cell, quotient>);
static_assert(!std::is_convertible_v<growth_cell, growth> && !std::is_convertible_v<growth_cell, bool>);
static_assert(std::is_constructible_v<bool, growth_cell>);  // explicit: `if (cell)`
static_assert(std::same_as<decltype(*growth_cell{}), const growth&>);
static_assert(std::same_as<growth_cell::value_type, growth>);
static_assert(ratio_cell_type<points_cell> && !ratio_cell_type<percentage_points>);

// Positive: cells compare with cells of their kind, with their kind and with no_base.
static_assert(can_equal<growth_cell, growth_cell> && can_equal<growth_cell, growth> && can_equal<share_cell, no_base_t>);
static_assert(growth_cell{} == no_base && growth_cell{growth{}} == growth{});
static_assert(!(growth_cell{} == growth_cell{growth{}}));
// Negative: a cell may have no base, so cells do not add, subtract or order, with anything.
static_assert(!can_add<growth_cell, growth_cell> && !can_subtract<share_cell, share_cell>);
static_assert(!can_add<share_cell, percentage_points> && !can_add<percentage_points, contribution_cell>);
static_assert(!can_add<contribution_cell, contribution_cell> && !can_compare<growth_cell, growth_cell>);
static_assert(!can_equal<growth_cell, share_cell> && !can_equal<growth_cell, share>);

}  // namespace
