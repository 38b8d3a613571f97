// Compile-time facts about trade flows; compiling is passing.
#include <tradestat/codes/trade_flow.hpp>

#include <type_traits>

namespace {
using namespace tradestat;

static_assert(trade_flow_from_comtrade("RX") == trade_flow::re_exports);

// Negative: a flow is not a bare number.
static_assert(!std::is_convertible_v<int, trade_flow>);

}  // namespace
