#include <tradestat/codes/enterprise_type.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("enterprise_type: the four types have Chinese and English names that lead back to them") {
  for (auto t : {enterprise_type::state_owned, enterprise_type::foreign_invested,
                 enterprise_type::private_enterprise, enterprise_type::other}) {
    CHECK(enterprise_type_from_name(name_zh(t)) == t);
    CHECK(enterprise_type_from_name(name_en(t)) == t);
  }
  CHECK(name_zh(enterprise_type::private_enterprise) == "民营企业");
  CHECK(name_zh(enterprise_type::foreign_invested) == "外商投资企业");
}

TEST_CASE("enterprise_type: an unknown name is rejected with the list of names") {
  CHECK_THROWS_WITH(enterprise_type_from_name("集体企业"), contains("is not an enterprise type"));
}
