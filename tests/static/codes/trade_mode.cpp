// Compile-time facts about trade modes (贸易方式); compiling is passing.
#include <tradestat/codes/trade_mode.hpp>

#include <type_traits>

namespace {
using namespace tradestat;

static_assert(trade_mode{14}.is_processing_trade() && trade_mode{15}.is_processing_trade());
static_assert(!trade_mode{10}.is_processing_trade());
static_assert(parse<trade_mode>("19").code() == 19 && parse<trade_mode>("边境小额贸易").code() == 19);

// Negative: a trade mode is not a bare number, nor text (text: parse<trade_mode>).
static_assert(!std::is_convertible_v<int, trade_mode>);
static_assert(!std::is_constructible_v<trade_mode, const char*>);
static_assert(!std::is_default_constructible_v<trade_mode>);

}  // namespace
