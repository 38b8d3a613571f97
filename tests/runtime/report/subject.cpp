#include <tradestat/report/subject.hpp>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("subject: a subject is named in the language asked for, English by default") {
  const subject exports{"Exports", "出口"};
  CHECK(name_of(exports) == "Exports");
  CHECK(name_of(exports, {.lang = language::zh}) == "出口");
  CHECK(exports == subject{"Exports", "出口"});
  CHECK_FALSE(exports == subject{"Imports", "进口"});
}
