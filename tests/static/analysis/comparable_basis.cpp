// Compile-time facts for the comparable basis: compiling this file is passing.
#include <tradestat/analysis/comparable_basis.hpp>

#include <concepts>

namespace {
using namespace tradestat;

template <class A, class B>
concept can_basis = requires(const country_group& g, A a, B b) { comparable_group(g, basis::current_members, a, b); };

static_assert(to_string(basis::current_members) == "current members");
static_assert(to_string(basis::members_each_period, {.lang = language::zh}) == "当期成员口径");
static_assert(std::same_as<decltype(comparable_group(std::declval<const country_group&>(), basis::members_throughout,
                                                     year{}, year{})),
                           country_group>);
static_assert(can_basis<year, year> && can_basis<month, month> && can_basis<ytd, ytd>);
// Negative: two periods of different kinds have no common window to judge membership in.
static_assert(!can_basis<month, year> && !can_basis<ytd, month> && !can_basis<int, int>);

}  // namespace
