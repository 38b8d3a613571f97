#include <tradestat/calendar/incomplete.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("incomplete: the error is a domain_error carrying its message") {
  try {
    throw incomplete_error("cannot roll up 2025Q1: 2025-02 is missing");
  } catch (const std::domain_error& e) {
    CHECK(std::string(e.what()) == "cannot roll up 2025Q1: 2025-02 is missing");
  }
}

TEST_CASE("incomplete: refusing is the policy a default-initialised value holds") {
  CHECK(incomplete{} == incomplete::refuse);
}
