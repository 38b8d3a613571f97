// Compile-time facts of in_parallel: compiling this file is passing.
#include <tradestat/analysis/parallel.hpp>
#include <tradestat/analysis/sum.hpp>

#include <list>
#include <span>
#include <vector>

namespace {
using namespace tradestat;

template <class Parts>
concept parallelisable = requires(Parts& p) { in_parallel(p); };
static_assert(parallelisable<std::vector<std::vector<record>>> && parallelisable<std::vector<std::span<const record>>>);
static_assert(!parallelisable<std::list<std::vector<record>>>);  // parts are taken by index
static_assert(!parallelisable<std::vector<record>>);             // a range of ranges, not of records

using parts = parallel_parts<std::vector<std::span<const record>>>;
static_assert(std::same_as<parts::row_type, record>);
static_assert(std::same_as<decltype(std::declval<const parts&>() | sum(&record::value_usd)), summed<money<USD>>>);
}  // namespace
