// Compile-time facts and negative checks for comparison rows: compiling this file is passing.
#include <tradestat/analysis/comparison_row.hpp>

#include <concepts>

namespace {
using namespace tradestat;

template <class A, class B, class C, class D>
concept can_row = requires(A a, B b, C c, D d) { comparison_row_of(a, b, c, d); };

using row = comparison_row<money<CNY, wan>>;
static_assert(std::same_as<decltype(comparison_row_of(money<CNY, wan>{}, money<CNY, wan>{}, money<CNY, wan>{},
                                                      money<CNY, wan>{})),
                           row>);
// Each figure has its kind, in a cell that may say no base.
static_assert(std::same_as<decltype(row::growth), growth_cell> && std::same_as<decltype(row::share), share_cell>);
static_assert(std::same_as<decltype(row::share_change), points_cell>);
static_assert(std::same_as<decltype(row::contribution), contribution_cell>);
static_assert(std::same_as<decltype(row::contribution_rate), contribution_rate_cell>);
static_assert(std::same_as<decltype(row::current), money<CNY, wan>> && std::same_as<row::money_type, money<CNY, wan>>);
// The rows of a constant table are computed at compile time: 150 against 100 in a total of 300 against 200.
constexpr row row_150_100 =
    comparison_row_of(money<CNY, wan>{150}, money<CNY, wan>{100}, money<CNY, wan>{300}, money<CNY, wan>{200});
static_assert(row_150_100.growth == growth{quotient(1, 2)} && row_150_100.share == share{quotient(1, 2)} &&
              row_150_100.share_change == percentage_points{});
static_assert(row_150_100.contribution == contribution{quotient(1, 4)} &&
              row_150_100.contribution_rate == contribution_rate{quotient(1, 2)});
static_assert(comparison_row_of(money<USD>{1}, money<USD>{0}, money<USD>{1}, money<USD>{1}).growth == no_base);

// Negative: amounts in different currencies (convert first), or plain numbers, make no row.
static_assert(can_row<money<CNY>, money<CNY>, money<CNY>, money<CNY>>);
static_assert(!can_row<money<CNY>, money<USD>, money<CNY>, money<CNY>>);
static_assert(!can_row<money<USD>, money<USD>, money<USD>, money<CNY>>);
static_assert(!can_row<long, long, long, long> && !can_row<double, money<CNY>, money<CNY>, money<CNY>>);

}  // namespace
