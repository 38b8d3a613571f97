#include <tradestat/codes/country.hpp>

#include <cstddef>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
using tradestat::test::offset_thrown;
}  // namespace
using tradestat::test::contains;

namespace {

template <code_scheme S>
bool round_trips(country c) {
  const auto code = c.code<S>();
  return !code || country_from(*code) == c;
}

// What code_text(S) should print, from the typed code: nothing where the scheme has none.
template <code_scheme S>
std::string typed_code_text(country c) {
  const auto code = c.code<S>();
  return code ? to_string(*code) : std::string{};
}

}  // namespace

TEST_CASE("country: GACC codes 402, 410 and 502 are Argentina, Brazil and the United States") {
  CHECK(country_from(gacc_code{402}).code<code_scheme::iso_alpha3>()->text() == "ARG");
  CHECK(country_from(gacc_code{410}).code<code_scheme::iso_alpha3>()->text() == "BRA");
  CHECK(country_from(gacc_code{502}).code<code_scheme::iso_alpha3>()->text() == "USA");
  CHECK(country_from(gacc_code{141}).code<code_scheme::iso_alpha2>()->text() == "VN");
  CHECK(to_string(country_from(gacc_code{136})) == "Thailand");
  CHECK(to_string(country_from(gacc_code{112})) == "Indonesia");
  CHECK(to_string(country_from(gacc_code{122})) == "Malaysia");
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
  CHECK(kind_thrown([] { (void)country_from(comtrade_code{840}); }) == error_kind::unknown_code);
  CHECK_THROWS_WITH(country_from(comtrade_code{840}), contains("unknown Comtrade partner code 840"));
  CHECK(country_from(comtrade_code{840}, or_unrecognised) == country::unrecognised());
}

TEST_CASE("country: Comtrade's special partners are aggregates, not countries") {
  const country world = country_from(comtrade_code{0});
  CHECK(to_string(world) == "World");
  CHECK(world.kind() == country_kind::aggregate);
  CHECK(!world.code<code_scheme::iso_alpha3>());
  const country other_asia = country_from(comtrade_code{490});
  CHECK(to_string(other_asia) == "Other Asia, nes");
  CHECK(other_asia.kind() == country_kind::aggregate);
  CHECK(to_string(country_from(comtrade_code{899})) == "Areas, nes");
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
  CHECK(kind_thrown([] { (void)gacc_code{99}; }) == error_kind::invalid_argument);
  CHECK_THROWS_WITH(gacc_code{1000}, contains("GACC code 1000 is out of range 100..999"));
  CHECK(kind_thrown([] { (void)comtrade_code{-1}; }) == error_kind::invalid_argument);
  CHECK_THROWS_WITH(iso_alpha2_code{"usa"}, contains("at offset 0, expected an upper-case letter A-Z (the code is 2 upper-case letters)"));
  CHECK(offset_thrown([] { (void)iso_alpha2_code{"USA"}; }) == 2);
  CHECK(offset_thrown([] { (void)iso_alpha3_code{"UsA"}; }) == 1);
  CHECK(kind_thrown([] { (void)iso_alpha3_code{"us"}; }) == error_kind::parse);
  CHECK_THROWS_WITH(parse<gacc_code>("50a"), contains("as GACC code: at offset 2, expected a digit"));
  CHECK_THROWS_AS(parse<gacc_code>(""), parse_error);
  CHECK(offset_thrown([] { (void)parse<comtrade_code>("8421"); }) == 3);
  CHECK(offset_thrown([] { (void)parse<gacc_code>("099"); }) == 0);
}

TEST_CASE("country: codes read from text keep their meaning and print as sources write them") {
  CHECK(parse<gacc_code>("402") == gacc_code{402});
  CHECK(parse<iso_numeric_code>("004") == iso_numeric_code{4});
  CHECK(to_string(iso_numeric_code{4}) == "004");
  CHECK(to_string(comtrade_code{0}) == "0");
  CHECK(to_string(parse<iso_alpha3_code>("AFG")) == "AFG");
  CHECK(to_string(code_scheme::comtrade) == "Comtrade");
  CHECK(to_string(code_scheme::gacc, {.lang = language::zh}) == "海关贸易伙伴代码");
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
  CHECK(to_string(saba) == "Saba");
  CHECK(country_from(iso_alpha2_code{"BQ"}).code<code_scheme::gacc>()->value() == 409);
}

TEST_CASE("country: names in English and Chinese find the same partner") {
  const country us = country_from(gacc_code{502});
  CHECK(parse<country>("United States") == us);
  CHECK(parse<country>("united states") == us);
  CHECK(parse<country>("美国") == us);
  CHECK(to_string(us, {.lang = language::zh}) == "美国");
  CHECK(parse<country>("South Korea") == country_from(iso_alpha2_code{"KR"}));
  CHECK(parse<country>("哈萨克斯坦") == country_from(iso_alpha3_code{"KAZ"}));
  CHECK_THROWS_WITH(parse<country>("Atlantis"), contains("cannot read \"Atlantis\" as a partner: at offset 0"));
  CHECK(kind_thrown([] { (void)parse<country>("Atlantis"); }) == error_kind::parse);
  CHECK(to_string(country_from(gacc_code{145})) == "Kazakhstan");
  CHECK(to_string(country_from(gacc_code{145}), {.lang = language::zh}) == "哈萨克斯坦");
  CHECK(parse<country>(to_string(us)) == us);
  CHECK(parse<country>(to_string(us, {.lang = language::zh})) == us);
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

TEST_CASE("country: a default-constructed country is the explicit no-country value, never a real one") {
  const country c{};
  CHECK(c == country::none());
  CHECK(c.kind() == country_kind::none);
  CHECK(!c.is_recognised());
  CHECK(c != country::unrecognised());
  CHECK(to_string(c) == "no country");
  CHECK(!c.code<code_scheme::iso_alpha2>());
  CHECK(!c.code<code_scheme::gacc>());
  CHECK(country::from_index(c.index()) == c);
  std::size_t real = 0;
  for_each_country([&](country x) { real += x == c ? 0U : 1U; });
  CHECK(real > 249);  // none is not among the table's entries
  CHECK_THROWS_AS(country::from_index(c.index() + 1), tradestat::error);
}

TEST_CASE("country: rows holding a country can be resized, the new ones holding no country") {
  struct row {
    country partner;
    long value = 0;
  };
  std::vector<row> rows{{country_from(gacc_code{145}), 5}};
  rows.resize(3);
  CHECK(rows[0].partner == country_from(gacc_code{145}));
  CHECK(rows[1].partner == country::none());
  CHECK(rows[2].partner.kind() == country_kind::none);
}

TEST_CASE("country: codes and countries print with operator<<") {
  std::ostringstream out;
  out << country_from(gacc_code{145}) << ' ' << gacc_code{502} << ' ' << iso_numeric_code{4} << ' '
      << code_scheme::cepii;
  CHECK(out.str() == "Kazakhstan 502 004 CEPII");
}

TEST_CASE("country: code_text prints the code of each scheme, empty where the scheme has none") {
  const country usa = country_from(gacc_code{502});
  CHECK(usa.code_text(code_scheme::iso_alpha2) == "US");
  CHECK(usa.code_text(code_scheme::iso_alpha3) == "USA");
  CHECK(usa.code_text(code_scheme::gacc_alpha3) == "USA");
  CHECK(usa.code_text(code_scheme::iso_numeric) == "840");
  CHECK(usa.code_text(code_scheme::gacc) == "502");
  CHECK(usa.code_text(code_scheme::comtrade) == "842");
  CHECK(usa.code_text(code_scheme::cepii) == "842");
  CHECK(country_from(iso_alpha2_code{"AF"}).code_text(code_scheme::iso_numeric) == "004");  // zero-padded
  CHECK(country_from(iso_alpha2_code{"AF"}).code_text(code_scheme::comtrade) == "4");       // not padded
  CHECK(country_from(iso_alpha2_code{"TW"}).code_text(code_scheme::comtrade).empty());  // Comtrade has none
  CHECK(country::none().code_text(code_scheme::gacc).empty());
  CHECK(kind_thrown([] { (void)country::none().code_text(static_cast<code_scheme>(99)); }) ==
        error_kind::invalid_argument);
  CHECK_THROWS_WITH(country::none().code_text(static_cast<code_scheme>(99)),
                    contains("99 is not a code_scheme"));
}

TEST_CASE("country: code_text agrees with to_string of code<S>() for every entry and scheme") {
  for_each_country([](country c) {
    CHECK(c.code_text(code_scheme::iso_alpha2) == typed_code_text<code_scheme::iso_alpha2>(c));
    CHECK(c.code_text(code_scheme::iso_alpha3) == typed_code_text<code_scheme::iso_alpha3>(c));
    CHECK(c.code_text(code_scheme::gacc_alpha3) == typed_code_text<code_scheme::gacc_alpha3>(c));
    CHECK(c.code_text(code_scheme::iso_numeric) == typed_code_text<code_scheme::iso_numeric>(c));
    CHECK(c.code_text(code_scheme::gacc) == typed_code_text<code_scheme::gacc>(c));
    CHECK(c.code_text(code_scheme::comtrade) == typed_code_text<code_scheme::comtrade>(c));
    CHECK(c.code_text(code_scheme::cepii) == typed_code_text<code_scheme::cepii>(c));
  });
}

TEST_CASE(
    "country: the packed table has one entry a row in every column, whole texts, and indexes that "
    "lead back to their codes") {
  const auto& t = detail::countries;
  const std::size_t rows = t.partners + 1;  // and "no country"
  for (std::size_t size : {t.alpha2.size(), t.alpha3.size(), t.iso_numeric.size(), t.gacc.size(),
                           t.gacc_alpha3.size(), t.comtrade.size(), t.cepii.size(), t.kind.size()})
    CHECK(size == rows);
  // A wrong offset would cut a name short, run into the next, or split a UTF-8 character: no text
  // may start with a continuation byte or end with a lead byte, and every partner has an English name.
  const auto whole = [](std::string_view s) {
    const auto byte = [](char c) { return static_cast<unsigned char>(c); };
    return s.empty() || ((byte(s.front()) & 0xC0U) != 0x80U && byte(s.back()) < 0xC0U);
  };
  for (const detail::packed_texts* c : {&t.name_en, &t.name_zh, &t.common_name_en}) {
    REQUIRE(c->size() == rows);
    for (std::size_t i = 0; i < rows; ++i) CHECK(whole((*c)[i]));
  }
  for (std::size_t i = 0; i < rows; ++i) CHECK(!t.name_en[i].empty());
  // Each text index is ascending and its rows have the codes it lists.
  const auto index_leads_back = [&](const auto& index, const auto& column) {
    REQUIRE(index.codes.size() == index.rows.size());
    for (std::size_t i = 0; i < index.codes.size(); ++i) {
      if (i > 0) CHECK(index.codes[i - 1] < index.codes[i]);
      CHECK(column.code(static_cast<std::size_t>(index.rows.number(i))) == index.codes[i]);
    }
  };
  index_leads_back(detail::country_alpha2_index, t.alpha2);
  index_leads_back(detail::country_alpha3_index, t.alpha3);
  index_leads_back(detail::country_gacc_alpha3_index, t.gacc_alpha3);
  CHECK(detail::country_alpha3_index.codes.size() == 249);
  // Each numeric column gives, for every code 0-999, a row with that code or none.
  const auto numbers_lead_back = [&](const detail::packed_column<3>& row_of,
                                     const detail::packed_column<3>& column) {
    REQUIRE(row_of.size() == 1000);
    for (int code = 0; code < 1000; ++code) {
      const int row = row_of.number(static_cast<std::size_t>(code));
      if (row != 0) CHECK(column.number(static_cast<std::size_t>(row)) == code);
    }
  };
  numbers_lead_back(detail::country_row_of_iso_numeric, t.iso_numeric);
  numbers_lead_back(detail::country_row_of_gacc, t.gacc);
  numbers_lead_back(detail::country_row_of_comtrade, t.comtrade);
  numbers_lead_back(detail::country_row_of_cepii, t.cepii);
  // Hand-checked entries, multi-byte UTF-8 among them.
  CHECK(to_string(country_from(iso_alpha2_code{"AX"}), {.lang = language::zh}) ==
        "阿兰群岛（波罗的海中芬兰所属群岛）");
  CHECK(to_string(country{}, {.lang = language::zh}) == "无国家");
  CHECK(to_string(country{}) == "no country");
  CHECK(country_from(iso_alpha3_code{"KOR"}).common_name_en() == "South Korea");
  // The first and last rows of the partners, whose offsets are the table's ends.
  CHECK(to_string(country_from(iso_alpha3_code{"ABW"}), {.lang = language::zh}) == "阿鲁巴岛");
  CHECK(to_string(country_from(comtrade_code{899})) == "Areas, nes");
  CHECK(country_from(comtrade_code{899}).kind() == country_kind::aggregate);
  CHECK(country{}.kind() == country_kind::none);
}
