// Compile-time facts about the small code lists; compiling is passing.
#include <tradestat/codes/brand_type.hpp>
#include <tradestat/codes/enterprise_type.hpp>
#include <tradestat/codes/trade_flow.hpp>
#include <tradestat/codes/trade_mode.hpp>

#include <type_traits>

namespace {
using namespace tradestat;

static_assert(trade_mode{14}.is_processing_trade() && trade_mode{15}.is_processing_trade());
static_assert(!trade_mode{10}.is_processing_trade());
static_assert(parse<trade_mode>("19").code() == 19 && parse<trade_mode>("边境小额贸易").code() == 19);
static_assert(trade_flow_from_comtrade("RX") == trade_flow::re_exports);
static_assert(is_self_owned(brand_type::domestic_acquired));
static_assert(to_string(enterprise_type::state_owned, {.lang = language::zh}) == "国有企业");

// Negative: codes of one list are not codes of another, nor bare numbers.
static_assert(!std::is_convertible_v<int, trade_mode>);
static_assert(!std::is_constructible_v<trade_mode, const char*>);  // text: trade_mode::parse
static_assert(!std::is_convertible_v<int, trade_flow>);
static_assert(!std::is_convertible_v<trade_flow, enterprise_type>);
static_assert(!std::is_convertible_v<brand_type, enterprise_type>);
static_assert(!std::is_default_constructible_v<trade_mode>);

}  // namespace
