#include <tradestat/version.hpp>

#include <string>

#include "catch.hpp"

TEST_CASE("version: the text form spells the three numbers with dots") {
  const std::string expected = std::to_string(tradestat::version.major) + "." +
                               std::to_string(tradestat::version.minor) + "." +
                               std::to_string(tradestat::version.patch);
  CHECK(std::string{tradestat::version_string} == expected);
}
