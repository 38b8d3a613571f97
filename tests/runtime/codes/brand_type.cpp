#include <tradestat/codes/brand_type.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("brand_type: self-owned brands are the domestic own and the domestic acquired brands") {
  CHECK(is_self_owned(brand_type::domestic_own));
  CHECK(is_self_owned(brand_type::domestic_acquired));
  CHECK(!is_self_owned(brand_type::no_brand));
  CHECK(!is_self_owned(brand_type::overseas_oem));
  CHECK(!is_self_owned(brand_type::overseas_other));
}

TEST_CASE("brand_type: names in both languages lead back to the type") {
  for (auto b : {brand_type::no_brand, brand_type::domestic_own, brand_type::domestic_acquired,
                 brand_type::overseas_oem, brand_type::overseas_other}) {
    CHECK(parse<brand_type>(to_string(b, {.lang = language::zh})) == b);
    CHECK(parse<brand_type>(to_string(b)) == b);
  }
  CHECK_THROWS_WITH(parse<brand_type>("自有品牌"), contains("as a brand type: at offset 0"));
}
