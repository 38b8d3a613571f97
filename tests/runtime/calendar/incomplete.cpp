#include <tradestat/calendar/incomplete.hpp>

#include <string>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("incomplete: the error is a tradestat::error of kind incomplete carrying its message") {
  try {
    throw incomplete_error("cannot roll up 2025Q1: 2025-02 is missing");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::incomplete);
    CHECK(std::string(e.what()) == "cannot roll up 2025Q1: 2025-02 is missing");
  }
}

TEST_CASE("incomplete: refusing is the policy a default-initialised value holds") {
  CHECK(incomplete{} == incomplete::refuse);
}
