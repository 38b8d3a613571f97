#include <tradestat/codes/hs_code.hpp>

#include <iterator>
#include <map>
#include <string>
#include <string_view>

#include "catch.hpp"
#include "helpers.hpp"
#include "thrown.hpp"

using namespace tradestat;
using tradestat::test::hs22;

namespace {
using tradestat::test::kind_thrown;
using tradestat::test::offset_thrown;
}  // namespace
using tradestat::test::contains;

TEST_CASE("hs_code: codes of 2, 4, 6, 8 and 10 digits are accepted with their leading zeros") {
  CHECK(hs22("01").digits() == "01");
  CHECK(hs22("0101").digits() == "0101");
  CHECK(hs22("010121").digits() == "010121");
  CHECK(hs22("12019019").length() == 8);
  CHECK(hs22("8507600010").length() == 10);
  CHECK(hs22("0302").chapter_number() == 3);
}

TEST_CASE("hs_code: codes of other lengths are rejected with the length in the message") {
  for (std::string_view bad : {"", "1", "123", "12345", "1234567", "123456789", "12345678901"})
    CHECK_THROWS_AS(hs22(bad), parse_error);
  CHECK_THROWS_WITH(hs22("10121"),
                    "cannot read \"10121\" as an HS code: at offset 5, expected another digit: an HS code is "
                    "2, 4, 6, 8 or 10 digits, this one has 5");
  CHECK(offset_thrown([] { (void)hs22("12345678901"); }) == 10);
}

TEST_CASE("hs_code: codes with characters other than digits, or chapter 00, are rejected") {
  CHECK_THROWS_WITH(hs22("01O1"), contains("as an HS code: at offset 2, expected a digit 0-9"));
  CHECK(offset_thrown([] { (void)hs22("01O1"); }) == 2);  // the position of the bad character
  CHECK(offset_thrown([] { (void)hs22("85076a00"); }) == 5);
  CHECK(offset_thrown([] { (void)hs22(" 101"); }) == 0);
  CHECK(offset_thrown([] { (void)hs22("0101"); }) == std::string_view::npos);
  CHECK(kind_thrown([] { (void)hs22("-101"); }) == error_kind::parse);
  CHECK_THROWS_WITH(hs22("0012"), contains("at offset 0, expected a chapter 01 to 99, not 00"));
}

TEST_CASE("hs_code: chapter, heading and subheading are prefixes of the code") {
  const hs_code c = hs22("85076000");
  CHECK(c.chapter() == hs22("85"));
  CHECK(c.heading() == hs22("8507"));
  CHECK(c.subheading() == hs22("850760"));
  CHECK(c.is_national());
  CHECK(!c.subheading().is_national());
  CHECK_THROWS_WITH(hs22("8507").subheading(), contains("has only 4 digits: it has no 6-digit prefix"));
}

TEST_CASE("hs_code: the section follows the chapter") {
  CHECK(hs22("010121").section()->roman() == "I");
  CHECK(hs22("5201").section()->number() == 11);
  CHECK(hs22("5201").section()->name() == "Textiles and textile articles");
  CHECK(hs22("8542").section()->roman() == "XVI");
  CHECK(hs22("9701").section()->roman() == "XXI");
  CHECK(!hs22("99").section());
  CHECK(!hs22("7700").section());
  CHECK(kind_thrown([] { (void)hs_section{22}; }) == error_kind::invalid_argument);
  CHECK(to_string(hs_section{16}) == "Section XVI");
  CHECK(to_string(hs_section{16}, {.lang = language::zh}) == "第十六类");
  CHECK(to_string(hs_section{21}, {.lang = language::zh}) == "第二十一类");
  CHECK(to_string(hs_section{2}, {.lang = language::zh}) == "第二类");
}

TEST_CASE("hs_code: prefix matching keeps within one edition") {
  CHECK(hs22("85076000").starts_with(hs22("8507")));
  CHECK(hs22("85076000").starts_with(hs22("85076000")));
  CHECK(!hs22("85076000").starts_with(hs22("8506")));
  CHECK(!hs22("85").starts_with(hs22("8507")));
  CHECK_THROWS_WITH(hs_code("85414020", hs_version::hs2017).starts_with(hs22("8541")),
                    contains("cannot match HS 2017 code 85414020 against HS 2022 code 8541"));
  CHECK(hs_code("85414020", hs_version::hs2017).starts_with_digits("854140"));
}

TEST_CASE("hs_code: codes of different editions are different codes") {
  CHECK(hs22("870380") != hs_code("870380", hs_version::hs2017));
  std::map<hs_code, int> by_code{{hs22("0101"), 1}, {hs22("01"), 2}};
  CHECK(by_code.begin()->first == hs22("01"));
}

TEST_CASE("hs_code: Comtrade's classification codes name the editions") {
  CHECK(hs_version_from_comtrade("H0") == hs_version::hs1992);
  CHECK(hs_version_from_comtrade("H6") == hs_version::hs2022);
  CHECK(comtrade_classification(hs_version::hs2012) == "H4");
  CHECK(hs_version_year(hs_version::hs2007) == 2007);
  CHECK_THROWS_WITH(hs_version_from_comtrade("S4"), contains("is not a Comtrade HS classification"));
}

TEST_CASE("hs_code: the HS 2022 nomenclature has its 97 chapters, 1229 headings and 5613 subheadings") {
  CHECK(detail::hs2022_chapters.size() == 97);
  CHECK(detail::hs2022_headings.size() == 1229);
  CHECK(detail::hs2022_subheadings.size() == 5613);
  CHECK(in_hs2022_nomenclature(hs22("854142")));
  CHECK(in_hs2022_nomenclature(hs22("85414200")));
  CHECK(!in_hs2022_nomenclature(hs22("854140")));  // split into 854142/854143 in HS 2022
  CHECK(!in_hs2022_nomenclature(hs22("7701")));
  CHECK(!in_hs2022_nomenclature(hs_code("854140", hs_version::hs2017)));
}
