// What a call throws, for tests that check an error's kind or position rather than its message.
#ifndef TRADESTAT_TESTS_RUNTIME_THROWN_HPP
#define TRADESTAT_TESTS_RUNTIME_THROWN_HPP

#include <tradestat/error.hpp>

#include <cstddef>
#include <string_view>

#include "catch.hpp"

namespace tradestat::test {

/** The kind of the tradestat::error that `f` throws; fails the test when it throws none. */
template <class F>
tradestat::error_kind kind_thrown(F f) {
  try {
    f();
  } catch (const tradestat::error& e) {
    return e.kind();
  }
  FAIL("no tradestat::error thrown");
  return tradestat::error_kind::parse;
}

/** The offset a parse_error names, or npos when `f` throws none. */
template <class F>
std::size_t offset_thrown(F f) {
  try {
    f();
  } catch (const tradestat::parse_error& e) {
    return e.offset();
  }
  return std::string_view::npos;
}

}  // namespace tradestat::test

#endif  // TRADESTAT_TESTS_RUNTIME_THROWN_HPP
