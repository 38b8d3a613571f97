#include <tradestat/codes/hs_description.hpp>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::hs22;

TEST_CASE("hs_description: HS 2022 chapters, headings and subheadings have their descriptions") {
  CHECK(hs2022_description(hs22("0101")) == "Horses, asses, mules and hinnies; live");
  CHECK(hs2022_description(hs22("5201")) == "Cotton; not carded or combed");
  CHECK(hs2022_description(hs22("8542")) == "Electronic integrated circuits");
  CHECK(hs2022_description(hs22("080231")) == "Nuts, edible; walnuts, fresh or dried, in shell");
  CHECK(hs2022_description(hs22("01")) == "Animals; live");
}

TEST_CASE("hs_description: other editions, unknown codes and national codes have no description") {
  CHECK(!hs2022_description(hs_code("0101", hs_version::hs2017)));
  CHECK(!hs2022_description(hs22("854140")));
  CHECK(!hs2022_description(hs22("85076000")));
  CHECK(hs2022_description(hs22("85076000").subheading()).has_value());
}
