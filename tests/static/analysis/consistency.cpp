// Compile-time facts and negative checks for consistency checks: compiling this file is passing.
#include <tradestat/analysis/consistency.hpp>

#include <concepts>
#include <utility>

namespace {
using namespace tradestat;

using pcny = published<money<CNY, billion>>;
using pcny_yi = published<money<CNY, yi>>;
using pusd = published<money<USD, billion>>;

template <class C, class P, class W>
concept can_check = requires(C c, P p, W w) {
  consistent(c, p, w);
};
template <class C, class D>
concept can_check_derived = requires(C c, D d) {
  consistent(c, d);
};

static_assert(
    std::same_as<decltype(consistent(std::declval<pcny>(), {std::declval<pcny>(), std::declval<pcny_yi>()})),
                 consistency>);
static_assert(can_check<published<share>, pcny, pcny_yi> && can_check<published<growth>, pcny_yi, pcny>);
// Negative: a share or growth rate of amounts in two currencies, or a claim of another kind.
static_assert(!can_check<published<share>, pcny, pusd> && !can_check<published<growth>, pusd, pcny>);
static_assert(!can_check<published<percentage_points>, pcny, pcny> &&
              !can_check<published<index_number>, pcny, pcny>);
// A claim is checked against a derived value of its own kind and currency only.
static_assert(can_check_derived<published<share>, published<share>> && can_check_derived<pusd, pusd>);
static_assert(!can_check_derived<published<share>, published<growth>> && !can_check_derived<pusd, pcny>);
static_assert(!can_check_derived<published<share>, interval>);

}  // namespace
