// Compile-time facts and negative checks for the series indicators: compiling this file is passing.
#include <tradestat/analysis/indicators.hpp>

#include <concepts>
#include <vector>

namespace {
using namespace tradestat;

template <class S, class A, class B>
concept can_cagr_between = requires(const S& s, A a, B b) { cagr(s, a, b); };
template <class S, class P>
concept can_plan_comparison = requires(const S& s, P p) { plan_comparison_of(s, p); };

using annual = series<year, money<CNY, yi>>;
static_assert(std::same_as<decltype(cagr(annual{}, plan{14})), cagr_bounds>);
static_assert(std::same_as<decltype(cagr(annual{}, span{year{2021}, year{2025}})), cagr_bounds>);
static_assert(std::same_as<decltype(plan_comparison_of(annual{}, plan{14})), plan_comparison<money<CNY, yi>>>);
static_assert(std::same_as<decltype(plan_comparison<money<CNY>>::growth), growth_cell>);
static_assert(can_cagr_between<annual, year, year> && can_plan_comparison<annual, plan>);
// Negative: CAGR between two years of an annual series takes years, not months; plans need annual
// series of money (a monthly series is rolled up to years first).
static_assert(!can_cagr_between<annual, month, month> && !can_cagr_between<annual, year, month>);
static_assert(!can_plan_comparison<series<month, money<CNY>>, plan> && !can_plan_comparison<annual, year>);
static_assert(!can_plan_comparison<series<year, long>, plan>);

// Share series: one share cell per period of a span, from records, for a group or a key's value.
static_assert(std::same_as<decltype(share_series<CNY>(std::vector<record>{}, span{year{2020}, year{2025}},
                                                      std::declval<const country_group&>())),
                           series<year, share_cell>>);
static_assert(std::same_as<decltype(share_series<USD>(std::vector<record>{}, span{month{2025, 1}, month{2025, 6}}, by_flow,
                                                      trade_flow::exports)),
                           series<month, share_cell>>);
template <class Key, class K>
concept can_share_series = requires(Key by, K k) { share_series<CNY>(std::vector<record>{}, span{year{2020}, year{2025}}, by, k); };
static_assert(can_share_series<partner_key, country> && !can_share_series<partner_key, trade_flow>);

}  // namespace
