#include <tradestat/codes/product_group.hpp>

#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::contains;
using tradestat::test::hs22;

namespace {

product_group fruit() {
  return product_group({.name_en = "Some fruit",
                        .name_zh = "水果",
                        .include = {"0806", "080810"},
                        .exclude = {"080620"},
                        .edition = hs_version::hs2022,
                        .note = "grapes except raisins, and apples"});
}
}  // namespace

TEST_CASE("product_group: a code under an included prefix and under no excluded one is in the group") {
  const product_group g = fruit();
  CHECK(g.contains(hs22("080610")));
  CHECK(g.contains(hs22("08061000")));
  CHECK(g.contains(hs22("080810")));
  CHECK(!g.contains(hs22("080620")));
  CHECK(!g.contains(hs22("08062000")));
  CHECK(!g.contains(hs22("080830")));
  CHECK(!g.contains(hs22("0901")));
}

TEST_CASE("product_group: a code coarser than the group's prefixes is only partly in it") {
  const product_group g = fruit();
  CHECK(g.match(hs22("0806")) == product_match::partly);  // raisins are excluded
  CHECK(g.match(hs22("0808")) == product_match::partly);  // only apples are included
  CHECK(g.match(hs22("08")) == product_match::partly);
  CHECK(g.match(hs22("09")) == product_match::outside);
  CHECK(g.match(hs22("080610")) == product_match::inside);
  CHECK(!g.contains(hs22("0806")));
}

TEST_CASE(
    "product_group: ten-digit national prefixes make their six- and eight-digit parents partly in the "
    "group") {
  const product_group g(
      {.name_en = "One tariff line", .include = {"8507600010"}, .edition = hs_version::hs2022});
  CHECK(g.match(hs22("85")) == product_match::partly);
  CHECK(g.match(hs22("850760")) == product_match::partly);
  CHECK(g.match(hs22("85076000")) == product_match::partly);
  CHECK(g.match(hs22("8507600010")) == product_match::inside);
  CHECK(g.match(hs22("8507600020")) == product_match::outside);
  CHECK(g.match(hs22("850790")) == product_match::outside);
  CHECK(g.match(hs22("86")) == product_match::outside);
}

TEST_CASE("product_group: a group tied to an edition refuses codes of another edition") {
  CHECK_THROWS_WITH(
      fruit().contains(hs_code("080610", hs_version::hs2017)),
      contains("product group \"Some fruit\" is defined on HS 2022 codes; HS 2017 code 080610"));
  const product_group any_edition({.name_en = "Vehicles", .name_zh = "车辆", .include = {"87"}});
  CHECK(any_edition.contains(hs_code("870380", hs_version::hs2017)));
  CHECK(any_edition.contains(hs22("870380")));
}

TEST_CASE("product_group: a definition with a bad prefix or no codes is rejected with the group's name") {
  CHECK_THROWS_WITH(product_group({.name_en = "Bad", .include = {"8507a"}}),
                    contains("product group \"Bad\": cannot read \"8507a\" as an HS code: at offset 4"));
  CHECK_THROWS_AS(product_group({.name_en = "Bad", .include = {"850"}}), tradestat::error);
  CHECK_THROWS_AS(product_group({.name_en = "Bad", .include = {"85"}, .exclude = {"00"}}), tradestat::error);
  CHECK_THROWS_WITH(product_group({.name_en = "Empty"}),
                    contains("product group \"Empty\" includes no HS codes"));
  CHECK_THROWS_AS(product_group({.include = {"85"}}), tradestat::error);
}

TEST_CASE("product_group: prefixes are kept sorted and without duplicates") {
  const product_group g({.name_en = "G", .include = {"8507", "0806", "8507"}});
  CHECK(g.includes() == std::vector<std::string>{"0806", "8507"});
}

TEST_CASE("product_group: a union holds the codes of every part") {
  const product_group a({.name_en = "A", .include = {"0806"}, .edition = hs_version::hs2022});
  const product_group b(
      {.name_en = "B", .include = {"080231"}, .edition = hs_version::hs2022, .approximation = true});
  const product_group u = union_of("A or B", "", {&a, &b});
  CHECK(u.contains(hs22("080610")));
  CHECK(u.contains(hs22("080231")));
  CHECK(!u.contains(hs22("080232")));
  CHECK(u.is_approximation());
  const product_group c({.name_en = "C", .include = {"87"}});
  CHECK_THROWS_WITH(union_of("A or C", "", {&a, &c}), contains("different HS editions"));
  CHECK_THROWS_WITH(union_of("fruit", "",
                             {&a,
                              [] {
                                static const product_group f = fruit();
                                return &f;
                              }()}),
                    contains("has exclusions"));
  CHECK_THROWS_AS(union_of("none", "", {}), tradestat::error);
}

TEST_CASE("product_group: a group read from CSV has the listed prefixes and exclusions") {
  std::istringstream in("hs_prefix,role\n0806,include\r\n080610, exclude\n\n080231,include\n");
  const product_group g = read_product_group_csv(in, "From a file", "文件", hs_version::hs2022);
  CHECK(g.contains(hs22("080620")));
  CHECK(!g.contains(hs22("080610")));
  CHECK(g.contains(hs22("080231")));
  CHECK(g.includes() == std::vector<std::string>{"080231", "0806"});
  CHECK(g.excludes() == std::vector<std::string>{"080610"});
}

TEST_CASE("product_group: a bad CSV line is reported with its line number") {
  std::istringstream bad_role("hs_prefix,role\n0806,keep\n");
  CHECK_THROWS_WITH(read_product_group_csv(bad_role, "G", "", std::nullopt),
                    contains("line 2: role \"keep\" is not include or exclude"));
  std::istringstream bad_prefix("hs_prefix,role\n0806,include\n806,include\n");
  CHECK_THROWS_WITH(read_product_group_csv(bad_prefix, "G", "", std::nullopt),
                    contains("line 3: cannot read \"806\" as an HS code: at offset 3"));
  std::istringstream bad_header("code,role\n0806,include\n");
  CHECK_THROWS_WITH(read_product_group_csv(bad_header, "G", "", std::nullopt),
                    contains("expected the header"));
  std::istringstream three_fields("hs_prefix,role\n0806,include,x\n");
  CHECK_THROWS_WITH(read_product_group_csv(three_fields, "G", "", std::nullopt),
                    contains("line 2: expected 2 fields"));
  std::istringstream only_header("hs_prefix,role\n");
  CHECK_THROWS_WITH(read_product_group_csv(only_header, "G", "", std::nullopt),
                    contains("includes no HS codes"));
  std::istringstream empty("");
  CHECK_THROWS_AS(read_product_group_csv(empty, "G", "", std::nullopt), tradestat::error);
}
