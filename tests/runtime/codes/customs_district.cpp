#include <tradestat/codes/customs_district.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("customs_district: an office belongs to the customs named by its first two digits") {
  CHECK(customs_district{"2201"}.directly_under() == customs_district{"2200"});
  CHECK(to_string(customs_district{"2201"}.directly_under(), {.lang = language::zh}) == "上海关区");
  CHECK(to_string(customs_district{"9401"}.directly_under()) == "Urumqi Customs District");
  CHECK(customs_district{"0100"}.directly_under() == customs_district{"0100"});
}

TEST_CASE("customs_district: any four-digit code is accepted; names are known for a few only") {
  CHECK(customs_district{"4300"}.code() == "4300");
  CHECK(to_string(customs_district{"4300"}) == "4300");  // no name known: the code
  CHECK(!customs_district{"4300"}.is_known());
  CHECK(parse<customs_district>("上海关区") == customs_district{"2200"});
  CHECK(parse<customs_district>(to_string(customs_district{"9400"})) == customs_district{"9400"});
  CHECK(parse<customs_district>("4301") == customs_district{"4301"});
  CHECK(to_string(customs_district{"0100"}, {.lang = language::zh}) == "北京关区");
  CHECK(!customs_district{"0100"}.is_unsure());
  CHECK(customs_district{"9400"}.is_unsure());
}

TEST_CASE("customs_district: codes that are not four digits are rejected") {
  CHECK_THROWS_WITH(customs_district{"220"},
                    contains("cannot read \"220\" as a customs district code: at offset 3, expected another digit"));
  try {
    (void)customs_district{"22a0"};
    FAIL("no exception");
  } catch (const parse_error& e) {
    CHECK(e.offset() == 2);  // the bad character
    CHECK(e.kind() == error_kind::parse);
  }
  CHECK_THROWS_AS(customs_district{"22000"}, tradestat::error);
}
