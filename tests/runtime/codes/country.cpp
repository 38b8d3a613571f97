#include <tradestat/codes/country.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

namespace {

template <code_scheme S>
bool round_trips(country c) {
  const auto code = c.code<S>();
  return !code || country_from(*code) == c;
}

}  // namespace

TEST_CASE("country: GACC codes 402, 410 and 502 are Argentina, Brazil and the United States") {
  CHECK(country_from(gacc_code{402}).code<code_scheme::iso_alpha3>()->text() == "ARG");
  CHECK(country_from(gacc_code{410}).code<code_scheme::iso_alpha3>()->text() == "BRA");
  CHECK(country_from(gacc_code{502}).code<code_scheme::iso_alpha3>()->text() == "USA");
  CHECK(country_from(gacc_code{141}).code<code_scheme::iso_alpha2>()->text() == "VN");
  CHECK(country_from(gacc_code{136}).name_en() == "Thailand");
  CHECK(country_from(gacc_code{112}).name_en() == "Indonesia");
  CHECK(country_from(gacc_code{122}).name_en() == "Malaysia");
}

TEST_CASE("country: Comtrade codes that differ from ISO numeric map to the right countries") {
  CHECK(country_from(comtrade_code{842}) == country_from(iso_numeric_code{840}));
  CHECK(country_from(comtrade_code{251}) == country_from(iso_alpha2_code{"FR"}));
  CHECK(country_from(comtrade_code{381}) == country_from(iso_alpha2_code{"IT"}));
  CHECK(country_from(comtrade_code{579}) == country_from(iso_alpha2_code{"NO"}));
  CHECK(country_from(comtrade_code{699}) == country_from(iso_alpha2_code{"IN"}));
  CHECK(country_from(comtrade_code{757}) == country_from(iso_alpha2_code{"CH"}));
}

TEST_CASE("country: the ISO numeric code of a country Comtrade renumbers is not a Comtrade code") {
  CHECK_THROWS_AS(country_from(comtrade_code{840}), unknown_code_error);
  CHECK_THROWS_WITH(country_from(comtrade_code{840}), contains("unknown Comtrade partner code 840"));
  CHECK(country_from(comtrade_code{840}, or_unrecognised) == country::unrecognised());
}

TEST_CASE("country: Comtrade's special partners are aggregates, not countries") {
  const country world = country_from(comtrade_code{0});
  CHECK(world.name_en() == "World");
  CHECK(world.kind() == country_kind::aggregate);
  CHECK(!world.code<code_scheme::iso_alpha3>());
  const country other_asia = country_from(comtrade_code{490});
  CHECK(other_asia.name_en() == "Other Asia, nes");
  CHECK(other_asia.kind() == country_kind::aggregate);
  CHECK(country_from(comtrade_code{899}).name_en() == "Areas, nes");
  CHECK(other_asia != country_from(gacc_code{199}));
}

TEST_CASE("country: Taiwan has GACC and ISO codes but no Comtrade code of its own") {
  const country tw = country_from(iso_alpha2_code{"TW"});
  CHECK(tw.code<code_scheme::gacc>()->value() == 143);
  CHECK(!tw.code<code_scheme::comtrade>());
}

TEST_CASE("country: GACC's unknown-country code is distinct from the lenient unrecognised value") {
  const country unknown = country_from(gacc_code{701});
  CHECK(unknown.kind() == country_kind::unknown);
  CHECK(unknown.code<code_scheme::gacc_alpha3>()->text() == "ZZZ");
  CHECK(unknown.is_recognised());
  CHECK(unknown != country::unrecognised());
  CHECK(country_from(gacc_code{198}, or_unrecognised).kind() == country_kind::unrecognised);
}

TEST_CASE("country: a well-formed code no table knows gives a clear error") {
  CHECK_THROWS_WITH(country_from(gacc_code{198}), contains("unknown GACC partner code 198"));
  CHECK_THROWS_WITH(country_from(iso_alpha2_code{"XX"}),
                    contains("unknown ISO 3166-1 alpha-2 partner code XX"));
  CHECK(!find_country(iso_alpha3_code{"XXX"}));
}

TEST_CASE("country: malformed codes are rejected when the code is made") {
  CHECK_THROWS_AS(gacc_code{99}, std::invalid_argument);
  CHECK_THROWS_WITH(gacc_code{1000}, contains("GACC code 1000 is out of range 100..999"));
  CHECK_THROWS_AS(comtrade_code{-1}, std::invalid_argument);
  CHECK_THROWS_WITH(iso_alpha2_code{"usa"}, contains("is not 2 upper-case letters"));
  CHECK_THROWS_AS(iso_alpha3_code{"us"}, std::invalid_argument);
  CHECK_THROWS_WITH(gacc_code::parse("50a"), contains("is not 1 to 3 digits"));
  CHECK_THROWS_AS(gacc_code::parse(""), std::invalid_argument);
}

TEST_CASE("country: codes read from text keep their meaning and print as sources write them") {
  CHECK(gacc_code::parse("402") == gacc_code{402});
  CHECK(iso_numeric_code::parse("004") == iso_numeric_code{4});
  CHECK(iso_numeric_code{4}.to_string() == "004");
  CHECK(comtrade_code{0}.to_string() == "0");
  CHECK(iso_alpha3_code::parse("AFG").to_string() == "AFG");
}

TEST_CASE("country: every code of every entry leads back to the same entry") {
  std::size_t entries = 0, iso_countries = 0;
  for_each_country([&](country c) {
    ++entries;
    if (c.kind() == country_kind::iso_country) ++iso_countries;
    CHECK(round_trips<code_scheme::iso_alpha2>(c));
    CHECK(round_trips<code_scheme::iso_alpha3>(c));
    CHECK(round_trips<code_scheme::iso_numeric>(c));
    CHECK(round_trips<code_scheme::gacc>(c));
    CHECK(round_trips<code_scheme::gacc_alpha3>(c));
    CHECK(round_trips<code_scheme::comtrade>(c));
    CHECK(round_trips<code_scheme::cepii>(c));
    CHECK(country::from_index(c.index()) == c);
  });
  CHECK(iso_countries == 249);  // ISO 3166-1 in iso-codes 4.15
  CHECK(entries > iso_countries);
}

TEST_CASE("country: every ISO country has all three ISO codes and 221 of them have GACC codes") {
  std::size_t with_gacc = 0;
  for_each_country([&](country c) {
    if (c.kind() != country_kind::iso_country) return;
    CHECK(c.code<code_scheme::iso_alpha2>());
    CHECK(c.code<code_scheme::iso_alpha3>());
    CHECK(c.code<code_scheme::iso_numeric>());
    if (c.code<code_scheme::gacc>()) ++with_gacc;
  });
  // 222 GACC rows have ISO codes (data/README.md); Bonaire (409) and Saba (436) share ISO BES.
  CHECK(with_gacc == 221);
}

TEST_CASE("country: Saba keeps its own GACC code and the ISO entry it shares maps back to Bonaire") {
  const country saba = country_from(gacc_code{436});
  CHECK(saba.kind() == country_kind::territory);
  CHECK(saba.name_en() == "Saba");
  CHECK(country_from(iso_alpha2_code{"BQ"}).code<code_scheme::gacc>()->value() == 409);
}

TEST_CASE("country: names in English and Chinese find the same partner") {
  const country us = country_from(gacc_code{502});
  CHECK(country_from_name("United States") == us);
  CHECK(country_from_name("united states") == us);
  CHECK(country_from_name("美国") == us);
  CHECK(us.name_zh() == "美国");
  CHECK(country_from_name("South Korea") == country_from(iso_alpha2_code{"KR"}));
  CHECK(country_from_name("哈萨克斯坦") == country_from(iso_alpha3_code{"KAZ"}));
  CHECK_THROWS_WITH(country_from_name("Atlantis"), contains("unknown partner name \"Atlantis\""));
  CHECK(!find_country_by_name(""));
}

TEST_CASE("country: declaration codes cover GACC areas that have no ISO code") {
  const country canary = country_from(gacc_alpha3_code{"CAI"});
  CHECK(canary.code<code_scheme::gacc>()->value() == 207);
  CHECK(canary.kind() == country_kind::territory);
  CHECK(!canary.code<code_scheme::iso_alpha2>());
}

TEST_CASE("country: CEPII codes follow Comtrade's numbering for countries only") {
  CHECK(country_from(cepii_code{842}) == country_from(iso_alpha2_code{"US"}));
  CHECK(country_from(cepii_code{699}) == country_from(iso_alpha2_code{"IN"}));
  CHECK(!find_country(cepii_code{0}));
}
