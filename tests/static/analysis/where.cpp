// Compile-time facts of where: compiling this file is passing.
#include <tradestat/analysis/where.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/span.hpp>

#include <concepts>
#include <iterator>
#include <list>
#include <vector>

namespace {
using namespace tradestat;

using vector_view = decltype(std::declval<std::vector<record>&>() | where(year{2025}));
using owned_view = decltype(std::vector<record>{} | where(year{2025}));
using chained = decltype(std::declval<vector_view>() | where(trade_flow::exports));

// A where_view is a std view (forward over a vector), an owned one is a move-only view.
static_assert(std::ranges::view<vector_view> && std::ranges::forward_range<vector_view>);
static_assert(std::ranges::view<owned_view> && !std::copyable<owned_view>);
static_assert(std::ranges::view<chained>);
static_assert(std::same_as<std::ranges::range_reference_t<vector_view>, record&>);
static_assert(std::same_as<std::ranges::range_reference_t<decltype(std::declval<const std::vector<record>&>() |
                                                                   where(year{2025}))>,
                           const record&>);
static_assert(std::ranges::forward_range<decltype(std::declval<std::list<record>&>() | where(trade_flow::imports))>);

template <class Stage>
concept filters_records = requires(std::vector<record>& v, Stage s) { v | s; };
template <class... Args>
concept where_accepts = requires(Args... args) { where(args...); };

static_assert(where_accepts<month> && where_accepts<quarter> && where_accepts<half> && where_accepts<year> &&
              where_accepts<ytd> && where_accepts<span<month>> && where_accepts<plan>);
static_assert(where_accepts<trade_flow> && where_accepts<trade_mode> && where_accepts<enterprise_type> &&
              where_accepts<province> && where_accepts<brand_type> && where_accepts<hs_code>);
static_assert(where_accepts<std::optional<coded_country> record::*, country>);
static_assert(!where_accepts<country>);  // partner or reporter? give the field
static_assert(!where_accepts<int>);       // not a condition
static_assert(!where_accepts<money<CNY>>);
static_assert(filters_records<decltype(where([](const record& r) { return r.estimated; }))>);
static_assert(!where_accepts<decltype([](const record&) { return money<CNY>{}; })>);  // not a predicate
}  // namespace
