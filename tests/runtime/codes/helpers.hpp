// Codes that several of the codes layer's test files write: HS 2022 codes, and countries by their
// ISO 3166 alpha-2 code.
#ifndef TRADESTAT_TESTS_RUNTIME_CODES_HELPERS_HPP
#define TRADESTAT_TESTS_RUNTIME_CODES_HELPERS_HPP

#include <tradestat/codes/country.hpp>
#include <tradestat/codes/hs_code.hpp>

#include <string_view>

namespace tradestat::test {

/** The HS 2022 code of `digits` (2 to 10 of them). */
inline hs_code hs22(std::string_view digits) { return hs_code{digits, hs_version::hs2022}; }

/** The country of an ISO 3166 alpha-2 code. */
inline country iso(std::string_view alpha2) { return country_from(iso_alpha2_code{alpha2}); }

}  // namespace tradestat::test

#endif
