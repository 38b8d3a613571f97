// Compile-time facts about enterprise types (企业性质); compiling is passing.
#include <tradestat/codes/enterprise_type.hpp>
#include <tradestat/codes/trade_flow.hpp>

#include <type_traits>

namespace {
using namespace tradestat;

static_assert(to_string(enterprise_type::state_owned, {.lang = language::zh}) == "国有企业");

// Negative: codes of one list are not codes of another.
static_assert(!std::is_convertible_v<trade_flow, enterprise_type>);

}  // namespace
