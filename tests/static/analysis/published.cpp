// Compile-time facts and negative checks for published figures: compiling this file is passing.
#include <tradestat/analysis/published.hpp>

#include <concepts>
#include <type_traits>
#include <utility>

#include "../operations.hpp"

namespace {
using namespace tradestat::test;
using namespace tradestat;

template <class K>
concept can_print_percent = requires {
  printed_percent<K>("1");
};

using pcny = published<money<CNY, billion>>;
using pusd = published<money<USD, billion>>;

static_assert(published_figure<published<share>> && !published_figure<share> && !published_figure<interval>);
static_assert(std::same_as<decltype(printed<CNY, billion>("520.4")), pcny>);
static_assert(std::same_as<decltype(printed(money<CNY, yi>{5204})), published<money<CNY, yi>>>);
// The same currency at another scale converts exactly; another currency or kind does not.
static_assert(std::is_convertible_v<pcny, published<money<CNY, yi>>>);
static_assert(!std::is_convertible_v<pcny, pusd> && !std::is_constructible_v<pusd, pcny>);
static_assert(!std::is_convertible_v<published<share>, published<growth>>);
static_assert(!std::is_convertible_v<interval, published<share>>);
// Published amounts add within a currency, at the finer scale.
static_assert(std::same_as<decltype(pcny(interval::point(quotient(0))) +
                                    published<money<CNY, yi>>(interval::point(quotient(0)))),
                           published<money<CNY, yi>>>);
static_assert(!can_add<pcny, pusd> && !can_subtract<pcny, pusd>);
// Published ratios follow the rules of their kinds.
static_assert(std::same_as<decltype(printed_percent<share>("1") - printed_percent<share>("1")),
                           published<percentage_points>>);
static_assert(std::same_as<decltype(printed_percent<growth>("1") - printed_percent<growth>("1")),
                           published<percentage_points>>);
static_assert(can_add<published<percentage_points>, published<percentage_points>>);
static_assert(can_add<published<contribution>, published<contribution>>);
static_assert(!can_add<published<share>, published<growth>> && !can_add<published<share>, published<share>>);
static_assert(!can_add<published<growth>, published<growth>> &&
              !can_subtract<published<share>, published<growth>>);
static_assert(!can_multiply<published<growth>, published<growth>>);
static_assert(!can_add<published<share>, pcny> && !can_add<pcny, double>);
// Constructors from published amounts, one currency.
static_assert(
    std::same_as<decltype(share_of(pcny(interval::point(quotient(1))), pcny(interval::point(quotient(1))))),
                 published<share>>);
static_assert(std::is_constructible_v<published<growth>, pcny, published<money<CNY, yi>>>);
static_assert(!std::is_constructible_v<published<growth>, pcny, pusd>);
static_assert(!std::is_constructible_v<published<share>, pcny, pcny>);
static_assert(std::is_constructible_v<published<contribution>, pcny, pcny, pcny>);
static_assert(!std::is_constructible_v<published<contribution>, pcny, pcny, pusd>);
// Percentages are for ratio kinds; money is printed with its currency and scale.
static_assert(can_print_percent<share> && can_print_percent<growth> && !can_print_percent<money<CNY>> &&
              !can_print_percent<double>);

// Conversion takes a dated exchange rate of the right direction only.
template <class P, class Rate>
concept can_convert = requires(P p, Rate r) {
  converted<billion>(p, r);
};
using usd_per_cny = exchange_rate<CNY, USD, year>;
using cny_per_usd = exchange_rate<USD, CNY, year>;
static_assert(
    std::same_as<decltype(converted<billion>(std::declval<pcny>(), std::declval<usd_per_cny>())), pusd>);
static_assert(can_convert<pcny, usd_per_cny> && !can_convert<pcny, cny_per_usd> &&
              !can_convert<pcny, quotient>);

}  // namespace
