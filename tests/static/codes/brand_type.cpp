// Compile-time facts about brand types (品牌类型); compiling is passing.
#include <tradestat/codes/brand_type.hpp>
#include <tradestat/codes/enterprise_type.hpp>

#include <type_traits>

namespace {
using namespace tradestat;

static_assert(is_self_owned(brand_type::domestic_acquired));

// Negative: codes of one list are not codes of another.
static_assert(!std::is_convertible_v<brand_type, enterprise_type>);

}  // namespace
