#include <tradestat/analysis/comparable_basis.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>

#include <chrono>

#include "catch.hpp"

using namespace tradestat;
using std::chrono::December;
using std::chrono::January;
using std::chrono::August;
using std::chrono::July;
using std::chrono::June;
using std::chrono::November;
using namespace std::chrono_literals;

namespace {
const country tl = country_from(iso_alpha3_code{"TLS"});
const country vietnam = country_from(iso_alpha3_code{"VNM"});
const country uk = country_from(iso_alpha3_code{"GBR"});
const country fr = country_from(iso_alpha3_code{"FRA"});
}  // namespace

TEST_CASE("comparable_basis: current members count a member who joined in the window in both periods") {
  const country_group g = comparable_group(groups::asean(), basis::current_members, year{2025}, year{2024});
  CHECK(g.contains(tl, 2024y / June / 1));
  CHECK(g.contains(tl, 2025y / January / 1));
  CHECK(g.contains(vietnam, 2024y / June / 1));
  CHECK(g.members(2024y / January / 1).size() == 11);
  CHECK(to_string(g) == "ASEAN (membership of 2025-12-31)");
}

TEST_CASE("comparable_basis: members throughout count a member who joined in the window in neither period") {
  const country_group g = comparable_group(groups::asean(), basis::members_throughout, year{2025}, year{2024});
  CHECK_FALSE(g.contains(tl, 2025y / December / 1));
  CHECK_FALSE(g.contains(tl, 2024y / June / 1));
  CHECK(g.contains(vietnam, 2025y / December / 1));
  CHECK(g.members(2025y / December / 1).size() == 10);
  // The window before Timor-Leste joined: the ten, and it is no member in either basis.
  const country_group before = comparable_group(groups::asean(), basis::members_throughout, month{2025, 9}, month{2024, 9});
  CHECK(before.members(2025y / June / 1).size() == 10);
}

TEST_CASE("comparable_basis: members of each period keep the group's own dates") {
  const country_group g = comparable_group(groups::asean(), basis::members_each_period, year{2025}, year{2024});
  CHECK_FALSE(g.contains(tl, 2024y / June / 1));
  CHECK(g.contains(tl, 2025y / November / 1));
}

TEST_CASE("comparable_basis: a member who left in the window counts in neither period on the current basis") {
  // The EU of 2019 against 2020: the United Kingdom left on 2020-02-01.
  const country_group now = comparable_group(groups::eu(), basis::current_members, year{2020}, year{2019});
  CHECK_FALSE(now.contains(uk, 2019y / June / 1));
  CHECK(now.contains(fr, 2019y / June / 1));
  const country_group throughout = comparable_group(groups::eu(), basis::members_throughout, year{2020}, year{2019});
  CHECK_FALSE(throughout.contains(uk, 2019y / June / 1));
  CHECK(throughout.contains(fr, 2020y / June / 1));
}

TEST_CASE("comparable_basis: consecutive memberships cover a window together") {
  const country kz = country_from(iso_alpha3_code{"KAZ"});
  const country_group g{"Split", "",
                        {membership{kz, membership::always, 2024y / July / 1}, membership{kz, 2024y / July / 1}}};
  CHECK(comparable_group(g, basis::members_throughout, year{2025}, year{2024}).contains(kz, 2024y / June / 1));
  const country_group gap{"Gap", "",
                          {membership{kz, membership::always, 2024y / July / 1}, membership{kz, 2024y / August / 1}}};
  CHECK_FALSE(comparable_group(gap, basis::members_throughout, year{2025}, year{2024}).contains(kz, 2024y / June / 1));
}

TEST_CASE("comparable_basis: each basis has an English and a Chinese name") {
  CHECK(to_string(basis::current_members) == "current members");
  CHECK(to_string(basis::members_each_period) == "members of each period");
  CHECK(to_string(basis::members_throughout, {.lang = language::zh}) == "全程成员口径");
}
