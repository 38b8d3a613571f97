// Partner codes, country groups and product groups: the codes layer at work, and how to define
// your own groups (docs/how-to/define-groups.md). Built and run by the tests; its output is compared
// with tests/examples/codes_groups.expected.
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>

#include <iostream>
#include <sstream>
#include <string_view>

namespace {
const char* yes_no(bool b) { return b ? "yes" : "no"; }

const char* match_name(tradestat::product_match m) {
  switch (m) {
    case tradestat::product_match::inside:
      return "inside";
    case tradestat::product_match::partly:
      return "partly";
    case tradestat::product_match::outside:
      return "outside";
  }
  return "";
}
}  // namespace

int main() {
  using namespace tradestat;

  // A partner code carries its scheme: GACC's 502 and Comtrade's 842 are the same country.
  const country us = country_from(gacc_code{502});
  std::cout << "GACC 502: " << us << " (" << to_string(us, {.lang = language::zh}) << "), Comtrade "
            << us.code<code_scheme::comtrade>()->value() << ", ISO "
            << *us.code<code_scheme::iso_numeric>() << "\n";
  std::cout << "Comtrade 490: " << country_from(comtrade_code{490}) << "\n";
  std::cout << "Comtrade 840, looked up leniently, is recognised: "
            << yes_no(country_from(comtrade_code{840}, or_unrecognised).is_recognised()) << "\n";

  // Membership is dated by day (a tradestat::date; a std::chrono::year_month_day converts to it); a
  // comparison uses one day's membership for both years.
  const country timor_leste = country_from(iso_alpha2_code{"TL"});
  std::cout << "Timor-Leste in ASEAN on 2025-10-25: "
            << yes_no(member(groups::asean(), timor_leste, date{2025, 10, 25}))
            << ", on 2025-10-26: " << yes_no(member(groups::asean(), timor_leste, date{2025, 10, 26}))
            << "\n";
  const country_group asean_2025 = groups::asean().as_of(date{2025, 12, 31});
  std::cout << asean_2025 << " in 2024: " << asean_2025.members(date{2024, 10, 26}).size()
            << " members\n";

  // Your own country group, in code ...
  const country_group neighbours(
      "Central Asian neighbours", "中亚邻国",
      {membership{country_from(iso_alpha3_code{"KAZ"})}, membership{country_from(iso_alpha3_code{"KGZ"})},
       membership{country_from(iso_alpha3_code{"TJK"})}});
  std::cout << neighbours << ": " << neighbours.members(date{2025, 10, 26}).size()
            << " members\n";

  // ... or from a CSV file (here a string): iso_alpha3, first day, first day no longer a member.
  std::istringstream file("iso_alpha3,from,until\nKAZ,,\nITA,,2024-03-01\nCOL,2025-05-14,\n");
  const country_group partners = read_country_group_csv(file, "My partner list", "我的伙伴名单");
  for (std::string_view a3 : {"KAZ", "ITA", "COL"})
    std::cout << a3 << " on 2024-12-31: "
              << yes_no(member(partners, country_from(iso_alpha3_code{a3}), date{2024, 12, 31}))
              << "\n";

  // Your own product group: HS prefixes, exclusions, the edition they belong to.
  const product_group nuts_and_raisins({.name_en = "Walnuts and raisins",
                                        .name_zh = "核桃和葡萄干",
                                        .include = {"080231", "080232", "0806"},
                                        .exclude = {"080610"},
                                        .edition = hs_version::hs2022,
                                        .note = "walnuts in shell and shelled; dried grapes"});
  for (std::string_view code : {"08023100", "080620", "080610", "0806"})
    std::cout << code << ": " << match_name(nuts_and_raisins.match(hs_code{code, hs_version::hs2022}))
              << "\n";

  // Built-in groups overlap: a lithium-ion battery is a "new three" and a mechanical and electrical product.
  const hs_code battery{"850760", hs_version::hs2022};
  std::cout << "850760 in new three: " << yes_no(product_groups::new_three().contains(battery))
            << ", in mechanical and electrical (an approximation): "
            << yes_no(product_groups::mechanical_electrical().contains(battery)) << "\n";
}
