// Compile-time facts of aggregate: compiling this file is passing.
#include <tradestat/analysis/aggregate.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>

#include <tuple>
#include <vector>

namespace {
using namespace tradestat;

using sum_cny = decltype(sum(&record::value_cny));
using by_partner_usd = decltype(sum_by(by_partner, &record::value_usd));
static_assert(aggregation<sum_cny, record> && aggregation<by_partner_usd, record>);
static_assert(!aggregation<int, record>);

using results = decltype(aggregate(std::vector<record>{}, sum(&record::value_cny), sum_by(by_partner, &record::value_usd)));
static_assert(std::same_as<results, std::tuple<summed<money<CNY>>, keyed_table<partner_key, money<USD>>>>);

template <class... A>
concept aggregates = requires(std::vector<record> v, A... a) { aggregate(v, a...); };
static_assert(aggregates<sum_cny> && aggregates<sum_cny, by_partner_usd>);
static_assert(!aggregates<> && !aggregates<int>);
}  // namespace
