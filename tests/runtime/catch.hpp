// The one place that includes Catch2, so the tests build with Catch2 v2 (Debian's 2.13) and v3
// (what vcpkg and Conan users get). Tests include "catch.hpp" and use only what this file provides.
#ifndef TRADESTAT_TESTS_CATCH_HPP
#define TRADESTAT_TESTS_CATCH_HPP

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
namespace tradestat::test {
/** Matches an exception message or string that contains `part`. */
inline auto contains(const std::string& part) { return Catch::Matchers::ContainsSubstring(part); }
}  // namespace tradestat::test
#else
#include <catch2/catch.hpp>
namespace tradestat::test {
inline auto contains(const std::string& part) { return Catch::Matchers::Contains(part); }
}  // namespace tradestat::test
#endif

#endif  // TRADESTAT_TESTS_CATCH_HPP
