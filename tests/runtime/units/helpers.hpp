// Values that several of the units layer's test files write: the ends of the 64-bit range in which
// amounts are counted.
#ifndef TRADESTAT_TESTS_RUNTIME_UNITS_HELPERS_HPP
#define TRADESTAT_TESTS_RUNTIME_UNITS_HELPERS_HPP

#include <cstdint>
#include <limits>

namespace tradestat::test {

inline constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
inline constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();

}  // namespace tradestat::test

#endif
