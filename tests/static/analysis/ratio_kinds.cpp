// Compile-time facts and negative checks for the ratio kinds: compiling this file is passing.
#include <tradestat/analysis/ratio_kinds.hpp>

#include <concepts>
#include <type_traits>

#include "../operations.hpp"

namespace {
using namespace tradestat::test;
using namespace tradestat;


using s = share;
using g = growth;
using pp = percentage_points;
using c = contribution;
using cr = contribution_rate;
using ix = index_number;

// The kinds are distinct types, none convertible to another or from a bare number or quotient.
static_assert(ratio_kind<s> && ratio_kind<g> && ratio_kind<ix> && ratio_kind<pp> && ratio_kind<c> &&
              ratio_kind<cr>);
static_assert(!ratio_kind<quotient> && !ratio_kind<money<CNY>> && !ratio_kind<double>);
static_assert(!std::is_convertible_v<s, g> && !std::is_convertible_v<g, s> && !std::is_convertible_v<s, pp>);
static_assert(!std::is_convertible_v<g, pp> && !std::is_convertible_v<c, pp> && !std::is_convertible_v<c, g>);
static_assert(!std::is_convertible_v<quotient, s> && std::is_constructible_v<s, quotient>);
static_assert(!std::is_constructible_v<s, double> && !std::is_constructible_v<g, double> &&
              !std::is_constructible_v<pp, int>);

// share - share and growth - growth give percentage points; percentage points add and subtract.
static_assert(std::same_as<decltype(s{} - s{}), pp>);
static_assert(std::same_as<decltype(g{} - g{}), pp>);
static_assert(std::same_as<decltype(pp{} + pp{}), pp>);
static_assert(std::same_as<decltype(pp{} - pp{}), pp>);
static_assert(std::same_as<decltype(-pp{}), pp>);
// A share or growth rate moved by points stays what it was; contributions add.
static_assert(std::same_as<decltype(s{} + pp{}), s>);
static_assert(std::same_as<decltype(g{} - pp{}), g>);
static_assert(std::same_as<decltype(c{} + c{}), c>);
static_assert(std::same_as<decltype(c{}.points()), pp>);
static_assert(std::same_as<decltype(compound(g{}, g{})), g>);
static_assert(std::same_as<decltype(compound(g{}, g{}, g{})), g>);

// Negative: a share and a growth rate do not add or subtract, either way round.
static_assert(!can_add<s, g> && !can_add<g, s> && !can_subtract<s, g> && !can_subtract<g, s>);
// Negative: shares do not add (overlapping groups), growth rates do not add (they compound).
static_assert(!can_add<s, s> && !can_add<g, g>);
// Negative: points do not absorb a share or growth from the left; kinds do not mix otherwise.
static_assert(!can_add<pp, s> && !can_add<pp, g> && !can_subtract<pp, s>);
static_assert(!can_add<c, pp> && !can_add<c, g> && !can_subtract<c, c> && !can_add<cr, cr> &&
              !can_add<ix, ix>);
static_assert(!can_subtract<ix, ix> && !can_add<s, c> && !can_subtract<s, cr>);
// Negative: growth * growth does not compile (compound it); no kind multiplies or divides another.
static_assert(!can_multiply<g, g> && !can_multiply<s, s> && !can_divide<g, g> && !can_divide<s, pp>);
// Negative: ratios and money do not mix.
static_assert(!can_add<s, money<CNY>> && !can_add<money<CNY>, s> && !can_subtract<money<USD, yi>, g>);
static_assert(!can_subtract<g, money<USD>> && !can_compare<s, money<CNY>> && !can_equal<g, money<CNY>>);
static_assert(!can_multiply<g, money<CNY>> && !can_multiply<money<CNY>, s>);
// Negative: ratios and plain numbers do not mix.
static_assert(!can_add<s, double> && !can_add<int, g> && !can_subtract<pp, int> && !can_multiply<g, double>);
static_assert(!can_compare<s, double> && !can_equal<g, int>);
// Negative: kinds do not compare across kinds.
static_assert(can_compare<s, s> && !can_compare<s, g> && !can_compare<pp, c> && !can_equal<s, pp>);

// Constructors from money: one currency, any scales.
static_assert(std::same_as<decltype(share_of(money<CNY, yi>{1}, money<CNY, wan>{2})), s>);
static_assert(std::is_constructible_v<g, money<CNY, yi>, money<CNY, wan>>);
static_assert(!std::is_constructible_v<g, money<CNY>, money<USD>>);
static_assert(std::is_constructible_v<c, money<CNY>, money<CNY, yi>, money<CNY, wan>>);
static_assert(!std::is_constructible_v<c, money<CNY>, money<USD>, money<CNY>>);
static_assert(std::is_constructible_v<cr, money<CNY>, money<CNY>, money<CNY>, money<CNY>>);
static_assert(std::is_constructible_v<ix, money<USD>, money<USD, thousand>>);
static_assert(!std::is_constructible_v<ix, money<USD>, money<CNY>>);
template <class A, class B>
concept can_share = requires(A a, B b) {
  share_of(a, b);
};
static_assert(can_share<money<CNY>, money<CNY, yi>> && !can_share<money<CNY>, money<USD>> &&
              !can_share<int, int>);
// index(base, value) is a function giving an index_number, for amounts of one currency only.
template <class A, class B>
concept can_index = requires(A a, B b) {
  { index(a, b) } -> std::same_as<ix>;
};
static_assert(can_index<money<CNY>, money<CNY, yi>> && !can_index<money<CNY>, money<USD>> &&
              !can_index<int, int>);
static_assert(index(money<CNY>{80}, money<CNY>{100}) == ix{quotient(5, 4)});
template <class M, class P>
concept can_apply = requires(M m, P p) {
  apply(g{}, m, p);
};
static_assert(can_apply<money<CNY, yi>, rounding::half_up_t> && !can_apply<money<CNY, yi>, int>);
template <class M>
concept can_imply_prior_without_policy = requires(M m) {
  implied_prior(m, g{});
};
static_assert(!can_imply_prior_without_policy<money<CNY>>);

// Exact and constexpr.
static_assert(share_of(money<CNY, yi>{1}, money<CNY, wan>{40000}) == s{quotient(1, 4)});
static_assert(g(money<CNY>{100}, money<CNY>{125}) == g{quotient(1, 4)});
static_assert(compound(g{quotient(1, 10)}, g{quotient(1, 10)}) == g{quotient(21, 100)});
static_assert(s{quotient(129, 1000)} - s{quotient(81, 1000)} == pp{quotient(48, 1000)});

}  // namespace
