// Compile-time facts of the record helpers: compiling this file is passing.
#include <tradestat/data/record_access.hpp>

#include <concepts>
#include <optional>

#include "../operations.hpp"

namespace {
using namespace tradestat;
using tradestat::test::can_add;
using tradestat::test::can_subtract;

constexpr record monthly{.period = month{2025, 3}};
static_assert(year_of(monthly) == year{2025});
static_assert(month_of(monthly) == month{2025, 3});
static_assert(!month_of(record{.period = year{2025}}).has_value());
static_assert(match(quarter{2025, 1}, monthly) == period_match::inside);
static_assert(match(month{2025, 3}, record{.period = year{2025}}) == period_match::partly);
static_assert(contains(year{2025}, monthly) && !contains(year{2024}, monthly));

// value<C> gives money_or_absent, which neither adds nor converts to money.
static_assert(std::same_as<decltype(value<CNY>(monthly)), money_or_absent<CNY>>);
static_assert(!can_add<money_or_absent<CNY>, money_or_absent<CNY>>);
static_assert(!can_add<money_or_absent<CNY>, money<CNY>>);
static_assert(!can_add<money<CNY>, money_or_absent<CNY>>);
static_assert(!can_subtract<money_or_absent<CNY>, money<CNY>>);
static_assert(!std::convertible_to<money_or_absent<CNY>, money<CNY>>);
static_assert(!std::convertible_to<money_or_absent<CNY>, bool>);
static_assert(can_add<money<CNY>, money<CNY>>);  // the positive twin

template <class C>
concept value_in = requires(const record& r) {
  { value<C>(r) } -> std::same_as<money_or_absent<C>>;
};
static_assert(value_in<CNY> && value_in<USD>);
static_assert(!value_in<EUR>);  // a record holds yuan and dollars only
}  // namespace
