// The record: absent fields are absent, values keep their currency, countries keep their scheme.
#include <tradestat/data/record.hpp>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("record: a default record has only a period and a flow, every other field absent",
          "[data][record]") {
  const record r{.period = month{2025, 3}, .flow = trade_flow::imports};
  CHECK(std::get<month>(r.period) == month{2025, 3});
  CHECK(!r.reporter);
  CHECK(!r.partner);
  CHECK(!r.commodity);
  CHECK(!r.value_cny);
  CHECK(!r.value_usd);
  CHECK(!r.net_weight);
  CHECK(!r.quantity);
  CHECK(!r.estimated);
}

TEST_CASE("record: a coded country prints its code in the scheme it was read in", "[data][record]") {
  const country usa = country_from(gacc_code{502});
  CHECK(coded_country{usa, code_scheme::gacc}.code_text() == "502");
  CHECK(coded_country{usa, code_scheme::comtrade}.code_text() == "842");
  CHECK(coded_country{usa, code_scheme::iso_alpha3}.code_text() == "USA");
  CHECK(coded_country{usa, code_scheme::gacc} != coded_country{usa, code_scheme::comtrade});
}

TEST_CASE("record: a country without a code in a scheme says so", "[data][record]") {
  const country world = country_from(comtrade_code{0});
  const coded_country as_alpha2{world, code_scheme::iso_alpha2};
  CHECK_THROWS_WITH(as_alpha2.code_text(), test::contains("has no ISO 3166-1 alpha-2 code"));
  try {
    (void)as_alpha2.code_text();
    FAIL("code_text() did not throw");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::invalid_argument);
  }
  CHECK(coded_country{world, code_scheme::comtrade}.code_text() == "0");  // a scheme that has it
}

TEST_CASE("record: a quantity unit holds up to 15 bytes and refuses more", "[data][record]") {
  CHECK(quantity_unit{"千克"}.text() == "千克");
  CHECK(quantity_unit{"fifteen bytes!!"}.text().size() == 15);
  CHECK_THROWS_AS(quantity_unit{""}, tradestat::error);
  CHECK_THROWS_WITH(quantity_unit{"sixteen bytes!!!"}, test::contains("has 16 bytes"));
  try {
    quantity_unit{"sixteen bytes!!!"};
    FAIL("a 16-byte unit was accepted");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::invalid_argument);
  }
}

TEST_CASE("record: two records are equal when every field is", "[data][record]") {
  record a{.period = year{2022}, .flow = trade_flow::exports};
  record b = a;
  CHECK(a == b);
  b.value_usd = money<USD>{0};
  CHECK(a != b);  // a zero value is not an absent one
}
