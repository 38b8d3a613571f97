#include <tradestat/units/catalogue/iso4217.hpp>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("currencies: the yuan and the dollar carry their ISO 4217 codes and minor units") {
  CHECK(CNY::alpha == "CNY");
  CHECK(CNY::numeric == 156);
  CHECK(CNY::minor_units == 2);
  CHECK(USD::alpha == "USD");
  CHECK(USD::numeric == 840);
  CHECK(USD::minor_units == 2);
}

TEST_CASE("currencies: the partners' currencies of Central Asia and Russia exist") {
  CHECK(KZT::numeric == 398);
  CHECK(iso4217::KGS::numeric == 417);
  CHECK(iso4217::UZS::numeric == 860);
  CHECK(RUB::numeric == 643);
  CHECK(EUR::numeric == 978);
  CHECK(JPY::minor_units == 0);
  CHECK(iso4217::KWD::minor_units == 3);
}

TEST_CASE("currencies: a currency whose code is a C++ keyword gets a trailing underscore") {
  CHECK(iso4217::TRY::alpha == "TRY");
  CHECK(iso4217::TRY::numeric == 949);
}

TEST_CASE("currencies: the run-time table finds a code and refuses an unknown one") {
  const auto kzt_record = find_currency("KZT");
  REQUIRE(kzt_record.has_value());
  CHECK(kzt_record->numeric == 398);
  CHECK(kzt_record->name == "Tenge");
  CHECK_FALSE(find_currency("ABC").has_value());
  CHECK_FALSE(find_currency("cny").has_value());
  CHECK(find_currency("XAU")->minor_units_uncertain);
}
