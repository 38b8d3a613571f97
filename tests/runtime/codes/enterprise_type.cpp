#include <tradestat/codes/enterprise_type.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("enterprise_type: the four types have Chinese and English names that lead back to them") {
  for (auto t : {enterprise_type::state_owned, enterprise_type::foreign_invested,
                 enterprise_type::private_enterprise, enterprise_type::other}) {
    CHECK(parse<enterprise_type>(to_string(t, {.lang = language::zh})) == t);
    CHECK(parse<enterprise_type>(to_string(t)) == t);
  }
  CHECK(to_string(enterprise_type::private_enterprise, {.lang = language::zh}) == "民营企业");
  CHECK(to_string(enterprise_type::foreign_invested, {.lang = language::zh}) == "外商投资企业");
}

TEST_CASE("enterprise_type: an unknown name is rejected with the list of names") {
  CHECK_THROWS_WITH(parse<enterprise_type>("集体企业"), contains("as an enterprise type: at offset 0"));
}
