#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/calendar/chrono.hpp>

#include <vector>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::iso;
using namespace std::chrono;

namespace {
std::vector<const country_group*> all_groups() {
  return {&groups::asean(),        &groups::central_asia(),
          &groups::sco(),          &groups::eu(),
          &groups::brics(),        &groups::gcc(),
          &groups::africa(),       &groups::latin_america_caribbean(),
          &groups::west_asia(),    &groups::middle_east(),
          &groups::belt_and_road()};
}
}  // namespace

TEST_CASE("country_groups: ASEAN has ten members before 2025-10-26 and eleven with Timor-Leste from then") {
  CHECK(!member(groups::asean(), iso("TL"), 2025y / October / 25));
  CHECK(member(groups::asean(), iso("TL"), 2025y / October / 26));
  CHECK(groups::asean().members(2025y / October / 25).size() == 10);
  CHECK(groups::asean().members(2025y / October / 26).size() == 11);
  CHECK(member(groups::asean(), iso("VN"), 2024y / January / 1));
}

TEST_CASE("country_groups: a 2025 comparison on ASEAN's comparable basis counts Timor-Leste in 2024 too") {
  const country_group basis = groups::asean().as_of(2025y / December / 31);
  CHECK(member(basis, iso("TL"), 2024y / December / 31));
  CHECK(basis.members(2024y / January / 1).size() == 11);
}

TEST_CASE("country_groups: the United Kingdom is in the EU until 2020-01-31 and out from 2020-02-01") {
  CHECK(member(groups::eu(), iso("GB"), 2020y / January / 31));
  CHECK(!member(groups::eu(), iso("GB"), 2020y / February / 1));
  CHECK(groups::eu().members(2020y / January / 31).size() == 28);
  CHECK(groups::eu().members(2020y / February / 1).size() == 27);
  CHECK(member(groups::eu(), iso("HR"), 2013y / July / 1));
  CHECK(!member(groups::eu(), iso("HR"), 2013y / June / 30));
}

TEST_CASE("country_groups: Central Asia is the five states on every date") {
  CHECK(groups::central_asia().members(1995y / January / 1).size() == 5);
  CHECK(groups::central_asia().members(2025y / January / 1).size() == 5);
  CHECK(!member(groups::central_asia(), iso("MN"), 2025y / January / 1));
}

TEST_CASE("country_groups: SCO members join on their dates and those dates are marked unsure") {
  CHECK(groups::sco().members(2016y / January / 1).size() == 6);
  CHECK(groups::sco().members(2018y / January / 1).size() == 8);
  CHECK(!member(groups::sco(), iso("IR"), 2022y / December / 31));
  CHECK(member(groups::sco(), iso("IR"), 2024y / January / 1));
  CHECK(member(groups::sco(), iso("BY"), 2025y / January / 1));
  CHECK(groups::sco().members(2025y / January / 1).size() == 10);
  CHECK(groups::sco().has_unsure_dates());
}

TEST_CASE("country_groups: groups overlap by design: Kazakhstan is in three of them") {
  const auto day = 2025y / June / 30;
  CHECK(member(groups::central_asia(), iso("KZ"), day));
  CHECK(member(groups::sco(), iso("KZ"), day));
  CHECK(member(groups::belt_and_road(), iso("KZ"), day));
}

TEST_CASE("country_groups: the sizes of the regional groups match their definitions") {
  const auto day = 2025y / January / 1;
  CHECK(groups::africa().members(day).size() == 54);
  CHECK(groups::africa().members(2011y / July / 8).size() == 53);
  CHECK(groups::latin_america_caribbean().members(day).size() == 33);
  CHECK(groups::west_asia().members(day).size() == 18);
  CHECK(groups::gcc().members(day).size() == 6);
  CHECK(groups::middle_east().members(day).size() == 16);
  CHECK(groups::brics().members(2023y / December / 31).size() == 5);
  CHECK(groups::brics().members(2025y / February / 1).size() == 10);
}

TEST_CASE("country_groups: West Asia (UN M49) and the Middle East (Chinese usage) differ as documented") {
  const auto day = 2025y / January / 1;
  CHECK(member(groups::west_asia(), iso("GE"), day));
  CHECK(!member(groups::middle_east(), iso("GE"), day));
  CHECK(member(groups::middle_east(), iso("IR"), day));
  CHECK(!member(groups::west_asia(), iso("IR"), day));
  CHECK(member(groups::middle_east(), iso("EG"), day));
}

TEST_CASE("country_groups: the Belt and Road list has 152 partners in 2023-08 and follows later changes") {
  CHECK(groups::belt_and_road().members(2023y / August / 31).size() == 152);
  CHECK(!member(groups::belt_and_road(), iso("JO"), 2023y / November / 28));
  CHECK(member(groups::belt_and_road(), iso("JO"), 2023y / November / 29));
  CHECK(member(groups::belt_and_road(), iso("NR"), 2024y / March / 25));
  CHECK(!member(groups::belt_and_road(), iso("CO"), 2025y / May / 13));
  CHECK(member(groups::belt_and_road(), iso("CO"), 2025y / May / 14));
  CHECK(member(groups::belt_and_road(), iso("IT"), 2023y / December / 31));
  CHECK(!member(groups::belt_and_road(), iso("IT"), 2025y / January / 1));
  // 152 + Jordan + Nauru + Colombia - Italy
  CHECK(groups::belt_and_road().members(2025y / June / 1).size() == 154);
}

TEST_CASE("country_groups: every group is named, documented and non-empty") {
  for (const country_group* g : all_groups()) {
    CHECK(!to_string(*g).empty());
    CHECK(!to_string(*g, {.lang = language::zh}).empty());
    CHECK(!g->note().empty());
    CHECK(!g->members(2025y / June / 30).empty());
  }
}
