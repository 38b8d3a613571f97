#include <tradestat/codes/customs_district.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("customs_district: an office belongs to the customs named by its first two digits") {
  CHECK(customs_district{"2201"}.directly_under() == customs_district{"2200"});
  CHECK(customs_district{"2201"}.directly_under().name_zh() == "上海关区");
  CHECK(customs_district{"9401"}.directly_under().name_en() == "Urumqi Customs District");
  CHECK(customs_district{"0100"}.directly_under() == customs_district{"0100"});
}

TEST_CASE("customs_district: any four-digit code is accepted; names are known for a few only") {
  CHECK(customs_district{"4300"}.code() == "4300");
  CHECK(customs_district{"4300"}.name_en().empty());
  CHECK(customs_district{"0100"}.name_zh() == "北京关区");
  CHECK(!customs_district{"0100"}.is_unsure());
  CHECK(customs_district{"9400"}.is_unsure());
}

TEST_CASE("customs_district: codes that are not four digits are rejected") {
  CHECK_THROWS_WITH(customs_district{"220"}, contains("customs district code \"220\" is not four digits"));
  CHECK_THROWS_AS(customs_district{"22a0"}, std::invalid_argument);
  CHECK_THROWS_AS(customs_district{"22000"}, std::invalid_argument);
}
