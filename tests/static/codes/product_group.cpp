// Compile-time facts about product groups; compiling is passing.
#include <tradestat/codes/product_group.hpp>

#include <concepts>
#include <string>
#include <type_traits>

namespace {
using namespace tradestat;

template <class G, class C>
concept hs_membership_query = requires(const G& g, const C& c) {
  { g.contains(c) } -> std::same_as<bool>;
};

// Positive: a group is asked about an HS code.
static_assert(hs_membership_query<product_group, hs_code>);

// Negative: not about numbers, whose edition is unknown (digits as text: see the compile-fail case
// product_group_contains_digits, whose message tells what to write).
static_assert(!hs_membership_query<product_group, int>);
static_assert(!hs_membership_query<product_group, long long>);
static_assert(!std::is_default_constructible_v<product_group>);
static_assert(!std::is_convertible_v<product_group_definition, product_group>);  // explicit: validated

}  // namespace
