// Values that several of the analysis layer's test files write: exact amounts in billions.
#ifndef TRADESTAT_TESTS_RUNTIME_ANALYSIS_HELPERS_HPP
#define TRADESTAT_TESTS_RUNTIME_ANALYSIS_HELPERS_HPP

#include <tradestat/units/quotient.hpp>

#include <cstdint>

namespace tradestat::test {

inline constexpr std::int64_t bn = 1'000'000'000;

/** num / den billion, exactly: billions(52035, 100) is 520.35 billion. */
inline quotient billions(std::int64_t num, std::int64_t den) { return quotient(num, den) * quotient(bn); }

}  // namespace tradestat::test

#endif
