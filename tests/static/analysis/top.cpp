// Compile-time facts of top: compiling this file is passing.
#include <tradestat/analysis/top.hpp>

#include <vector>

namespace {
using namespace tradestat;

using table = keyed_table<partner_key, money<CNY>>;
static_assert(std::same_as<decltype(std::declval<const table&>() | top(3)), std::vector<keyed_row<country, money<CNY>>>>);
template <class T>
concept ranks = requires(const T& t) { t | top(3); };
static_assert(ranks<table> && !ranks<std::vector<record>>);  // top ranks a table's rows
}  // namespace
