#include <tradestat/units/currencies.hpp>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("currencies: the yuan and the dollar carry their ISO 4217 codes and minor units") {
  CHECK(cny::alpha == "CNY");
  CHECK(cny::numeric == 156);
  CHECK(cny::minor_units == 2);
  CHECK(usd::alpha == "USD");
  CHECK(usd::numeric == 840);
  CHECK(usd::minor_units == 2);
}

TEST_CASE("currencies: the partners' currencies of Central Asia and Russia exist") {
  CHECK(kzt::numeric == 398);
  CHECK(kgs::numeric == 417);
  CHECK(uzs::numeric == 860);
  CHECK(rub::numeric == 643);
  CHECK(eur::numeric == 978);
  CHECK(jpy::minor_units == 0);
  CHECK(kwd::minor_units == 3);
}

TEST_CASE("currencies: a currency whose code is a C++ keyword gets a trailing underscore") {
  CHECK(try_::alpha == "TRY");
  CHECK(try_::numeric == 949);
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
