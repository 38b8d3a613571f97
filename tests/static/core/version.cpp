// Compile-time facts about <tradestat/version.hpp>; compiling is passing.
#include <tradestat/version.hpp>

#include <string_view>
#include <type_traits>

namespace {

// The header and the CMake project agree on the version (the build passes the project's version).
static_assert(std::string_view{tradestat::version_string} == TRADESTAT_EXPECTED_VERSION);
static_assert(tradestat::version == tradestat::version_triple{TRADESTAT_VERSION_MAJOR, TRADESTAT_VERSION_MINOR,
                                                              TRADESTAT_VERSION_PATCH});
static_assert(TRADESTAT_VERSION == TRADESTAT_VERSION_MAJOR * 10000 + TRADESTAT_VERSION_MINOR * 100 +
                                       TRADESTAT_VERSION_PATCH);
// The version is a value, not something to assign to.
static_assert(!std::is_assignable_v<decltype((tradestat::version)), tradestat::version_triple>);
static_assert(std::is_assignable_v<tradestat::version_triple&, tradestat::version_triple>);

}  // namespace
