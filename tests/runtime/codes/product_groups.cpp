#include <tradestat/codes/catalogue/product_groups.hpp>

#include <stdexcept>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::hs22;
namespace pg = tradestat::product_groups;

namespace {

std::vector<const product_group*> all_product_groups() {
  return {&pg::wto_agricultural(),
          &pg::aquatic_products(),
          &pg::agricultural_products(),
          &pg::mechanical_electrical(),
          &pg::high_tech(),
          &pg::textiles(),
          &pg::garments(),
          &pg::bags(),
          &pg::footwear(),
          &pg::toys(),
          &pg::furniture(),
          &pg::plastic_products(),
          &pg::labour_intensive(),
          &pg::electric_passenger_vehicles(),
          &pg::lithium_ion_batteries(),
          &pg::solar_cells(),
          &pg::new_three(),
          &pg::autos_and_parts(),
          &pg::electrical_equipment(),
          &pg::electronic_components(),
          &pg::textile_machinery(),
          &pg::walnuts(),
          &pg::grapes()};
}
}  // namespace

TEST_CASE("product_groups: every group is named in English and Chinese, documented and non-empty") {
  for (const product_group* g : all_product_groups()) {
    CHECK(!to_string(*g).empty());
    CHECK(!to_string(*g, {.lang = language::zh}).empty());
    CHECK(!g->note().empty());
    CHECK(!g->includes().empty());
  }
}

TEST_CASE("product_groups: every prefix of the groups not tied to an older edition is an HS 2022 code") {
  for (const product_group* g : all_product_groups()) {
    if (g->edition() && *g->edition() != hs_version::hs2022) continue;
    for (const auto& p : g->includes()) {
      INFO(to_string(*g) << ": " << p);
      CHECK(in_hs2022_nomenclature(hs22(p)));
    }
    for (const auto& p : g->excludes()) {
      INFO(to_string(*g) << " excludes " << p);
      CHECK(in_hs2022_nomenclature(hs22(p)));
    }
  }
}

TEST_CASE("product_groups: the WTO list covers chapters 1-24 less fish, plus the listed raw materials") {
  const auto& g = pg::wto_agricultural();
  CHECK(g.contains(hs22("010121")));   // horses
  CHECK(g.contains(hs22("100199")));   // wheat
  CHECK(g.contains(hs22("520100")));   // raw cotton (heading 5201)
  CHECK(g.contains(hs22("290544")));   // sorbitol
  CHECK(g.contains(hs22("382460")));   // sorbitol n.e.p., 3823.60 in HS 1992
  CHECK(g.contains(hs22("510111")));   // greasy wool
  CHECK(!g.contains(hs22("030211")));  // trout: chapter 03
  CHECK(!g.contains(hs22("160414")));  // prepared tuna: a fish product
  CHECK(!g.contains(hs22("520511")));  // cotton yarn
  CHECK(!g.contains(hs22("290545")));  // glycerol is not listed
  CHECK(g.includes().size() == 763);   // 799 Annex 1 subheadings less 36 fish products
  CHECK(!g.is_approximation());
}

TEST_CASE("product_groups: China's agricultural products add aquatic products to the WTO list") {
  CHECK(pg::aquatic_products().contains(hs22("030211")));
  CHECK(pg::aquatic_products().contains(hs22("160414")));
  CHECK(!pg::aquatic_products().contains(hs22("100199")));
  CHECK(pg::agricultural_products().contains(hs22("030211")));
  CHECK(pg::agricultural_products().contains(hs22("100199")));
  CHECK(pg::agricultural_products().is_approximation());
}

TEST_CASE("product_groups: the new three are electric cars, lithium-ion batteries and solar cells") {
  const auto& g = pg::new_three();
  CHECK(g.contains(hs22("870380")));
  CHECK(g.contains(hs22("87038000")));
  CHECK(g.contains(hs22("870360")));
  CHECK(g.contains(hs22("850760")));
  CHECK(g.contains(hs22("854142")));
  CHECK(g.contains(hs22("854143")));
  CHECK(!g.contains(hs22("870340")));  // non-plug-in hybrid: low confidence, left out
  CHECK(!g.contains(hs22("870321")));  // petrol car
  CHECK(g.match(hs22("8703")) == product_match::partly);
}

TEST_CASE("product_groups: the HS 2017 new three count solar cells by China's 8-digit code only") {
  const auto& g = pg::new_three_hs2017();
  const auto hs17 = [](std::string_view d) { return hs_code{d, hs_version::hs2017}; };
  CHECK(g.contains(hs17("85414020")));
  CHECK(!g.contains(hs17("85414010")));
  CHECK(g.match(hs17("854140")) == product_match::partly);
  CHECK(g.contains(hs17("870380")));
  CHECK(g.contains(hs17("850760")));
  CHECK_THROWS_AS(g.contains(hs22("854142")), tradestat::error);
  CHECK_THROWS_AS(pg::new_three().contains(hs17("85414020")), tradestat::error);
}

TEST_CASE("product_groups: groups overlap: a lithium-ion battery is in three of them") {
  const hs_code battery = hs22("850760");
  CHECK(pg::new_three().contains(battery));
  CHECK(pg::mechanical_electrical().contains(battery));
  CHECK(!pg::electrical_equipment().contains(battery));
  CHECK(pg::mechanical_electrical().contains(hs_code("850760", hs_version::hs2017)));
}

TEST_CASE("product_groups: the labour-intensive categories cover the seven kinds of goods") {
  const auto& g = pg::labour_intensive();
  CHECK(g.contains(hs22("520511")));   // cotton yarn
  CHECK(!g.contains(hs22("520100")));  // raw cotton
  CHECK(g.contains(hs22("610910")));   // T-shirts
  CHECK(g.contains(hs22("420221")));   // handbags
  CHECK(g.contains(hs22("640399")));   // leather footwear
  CHECK(g.contains(hs22("950300")));   // toys
  CHECK(g.contains(hs22("940360")));   // wooden furniture
  CHECK(g.contains(hs22("392310")));   // plastic boxes
  CHECK(!g.contains(hs22("390110")));  // polyethylene in primary form
  CHECK(g.is_approximation());
}

TEST_CASE("product_groups: the named commodity groups hold their codes") {
  CHECK(pg::walnuts().contains(hs22("080231")));
  CHECK(pg::walnuts().contains(hs22("080232")));
  CHECK(!pg::walnuts().contains(hs22("080221")));  // hazelnuts
  CHECK(pg::grapes().contains(hs22("080610")));
  CHECK(pg::grapes().contains(hs22("080620")));
  CHECK(pg::autos_and_parts().contains(hs22("870899")));
  CHECK(!pg::autos_and_parts().contains(hs22("870120")));
  CHECK(pg::electronic_components().contains(hs22("854231")));
  CHECK(pg::electrical_equipment().contains(hs22("854449")));
  CHECK(pg::textile_machinery().contains(hs22("844630")));
  CHECK(pg::high_tech().contains(hs22("854231")));
  CHECK(pg::mechanical_electrical().contains(hs22("847130")));
  CHECK(pg::mechanical_electrical().contains(hs22("731815")));
  CHECK(!pg::mechanical_electrical().contains(hs22("7304")));
}

TEST_CASE("product_groups: approximations are marked as such") {
  CHECK(pg::mechanical_electrical().is_approximation());
  CHECK(pg::high_tech().is_approximation());
  CHECK(!pg::walnuts().is_approximation());
  CHECK(!pg::lithium_ion_batteries().is_approximation());
}
