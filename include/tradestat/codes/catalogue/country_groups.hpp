// The country groups trade bulletins use, with dated membership. Dates marked unsure come from
// general knowledge, not from a checked source (see docs/reference/codes.md).
#ifndef TRADESTAT_CODES_CATALOGUE_COUNTRY_GROUPS_HPP
#define TRADESTAT_CODES_CATALOGUE_COUNTRY_GROUPS_HPP

#include <tradestat/codes/catalogue/bri_partners.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/country_group.hpp>

#include <chrono>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace tradestat {
namespace detail {

inline constexpr bool sure = false;
inline constexpr bool unsure = true;

// Adds one membership for each ISO alpha-2 code.
inline void add_members(std::vector<membership>& out, std::initializer_list<std::string_view> alpha2,
                        std::chrono::year_month_day from = membership::always, bool date_unsure = sure,
                        std::chrono::year_month_day until = membership::still) {
  for (auto a2 : alpha2)
    out.push_back(membership{country_from(iso_alpha2_code{a2}), from, until, date_unsure});
}

inline std::vector<membership> members_always(std::initializer_list<std::string_view> alpha2) {
  std::vector<membership> out;
  add_members(out, alpha2);
  return out;
}

}  // namespace detail

namespace groups {

/** ASEAN (东盟): ten members, Timor-Leste from 2025-10-26.
    Example: `groups::asean().members(2025y/October/26).size()` // 11 */
inline const country_group& asean() {
  using namespace std::chrono;
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"ID", "MY", "PH", "SG", "TH"}, 1967y / August / 8);
    detail::add_members(m, {"BN"}, 1984y / January / 7, detail::unsure);
    detail::add_members(m, {"VN"}, 1995y / July / 28);
    detail::add_members(m, {"LA", "MM"}, 1997y / July / 23);
    detail::add_members(m, {"KH"}, 1999y / April / 30);
    detail::add_members(m, {"TL"}, 2025y / October / 26);
    return country_group(
        "ASEAN", "东盟", std::move(m),
        "Association of Southeast Asian Nations. Timor-Leste's date is from the project's "
        "reference notes; earlier accession dates from general knowledge (Brunei's day unsure).");
  }();
  return g;
}

/** Central Asia (中亚五国): the five states, members on every date.
    Example: `member(groups::central_asia(), kazakhstan, 2020y/January/1)` // true */
inline const country_group& central_asia() {
  static const country_group g("Central Asia", "中亚五国",
                               detail::members_always({"KZ", "KG", "TJ", "TM", "UZ"}),
                               "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan.");
  return g;
}

/** Shanghai Cooperation Organisation members (上合组织成员国) with joining dates.
    Example: `member(groups::sco(), iran, 2023y/January/1)` // false */
inline const country_group& sco() {
  using namespace std::chrono;
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"CN", "RU", "KZ", "KG", "TJ", "UZ"}, 2001y / June / 15);
    detail::add_members(m, {"IN", "PK"}, 2017y / June / 9, detail::unsure);
    detail::add_members(m, {"IR"}, 2023y / July / 4, detail::unsure);
    detail::add_members(m, {"BY"}, 2024y / July / 4, detail::unsure);
    return country_group(
        "SCO", "上合组织", std::move(m),
        "Members only (no observers or dialogue partners). Joining years from the reference "
        "notes (India and Pakistan 2017, Iran 2023, Belarus 2024); the days are from general "
        "knowledge and marked unsure.");
  }();
  return g;
}

/** European Union (欧盟): EU28 before 2020-02-01, EU27 from then on (the United Kingdom left).
    Example: `groups::eu().members(2020y/January/31).size()` // 28 (27 on 2020-02-01) */
inline const country_group& eu() {
  using namespace std::chrono;
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"BE", "DE", "FR", "IT", "LU", "NL"}, 1958y / January / 1);
    detail::add_members(m, {"DK", "IE"}, 1973y / January / 1);
    detail::add_members(m, {"GB"}, 1973y / January / 1, detail::sure, 2020y / February / 1);
    detail::add_members(m, {"GR"}, 1981y / January / 1);
    detail::add_members(m, {"ES", "PT"}, 1986y / January / 1);
    detail::add_members(m, {"AT", "FI", "SE"}, 1995y / January / 1);
    detail::add_members(m, {"CY", "CZ", "EE", "HU", "LV", "LT", "MT", "PL", "SK", "SI"}, 2004y / May / 1);
    detail::add_members(m, {"BG", "RO"}, 2007y / January / 1);
    detail::add_members(m, {"HR"}, 2013y / July / 1);
    return country_group(
        "European Union", "欧盟", std::move(m),
        "The European Communities before 1993. The United Kingdom's exit on 2020-02-01 is from "
        "the reference notes; accession dates from general knowledge.");
  }();
  return g;
}

/** BRICS members (金砖国家), with the 2024 and 2025 enlargements.
    Example: `member(groups::brics(), egypt, 2024y/January/1)` // true */
inline const country_group& brics() {
  using namespace std::chrono;
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"BR", "RU", "IN", "CN"}, 2009y / June / 16, detail::unsure);
    detail::add_members(m, {"ZA"}, 2010y / December / 24, detail::unsure);
    detail::add_members(m, {"EG", "ET", "IR", "AE"}, 2024y / January / 1, detail::unsure);
    detail::add_members(m, {"ID"}, 2025y / January / 6, detail::unsure);
    return country_group("BRICS", "金砖国家", std::move(m),
                         "All dates from general knowledge (unsure). Saudi Arabia, invited in 2023, is not "
                         "counted: its membership is not confirmed. Partner countries are not members.");
  }();
  return g;
}

/** Gulf Cooperation Council (海合会): six members since 1981-05-25.
    Example: `groups::gcc().members(2025y/January/1).size()` // 6 */
inline const country_group& gcc() {
  using namespace std::chrono;
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"SA", "AE", "KW", "QA", "OM", "BH"}, 1981y / May / 25);
    return country_group("GCC", "海合会", std::move(m), "Founding date from general knowledge.");
  }();
  return g;
}

/** Africa (非洲): the 54 UN member states of the continent (South Sudan from 2011-07-09).
    Example: `groups::africa().members(2025y/January/1).size()` // 54 */
inline const country_group& africa() {
  using namespace std::chrono;
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m,
                        {"DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI",
                         "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
                         "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN",
                         "SC", "SL", "SO", "ZA", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW"});
    detail::add_members(m, {"SS"}, 2011y / July / 9);
    return country_group("Africa", "非洲", std::move(m),
                         "The 54 UN member states in Africa; territories (Western Sahara, Réunion, Mayotte, "
                         "Saint Helena) and GACC's Canary Islands, Ceuta and Melilla are not included.");
  }();
  return g;
}

/** Latin America and the Caribbean (拉丁美洲和加勒比): the 33 independent states.
    Example: `groups::latin_america_caribbean().members(2025y/January/1).size()` // 33 */
inline const country_group& latin_america_caribbean() {
  static const country_group g(
      "Latin America and the Caribbean", "拉丁美洲和加勒比",
      detail::members_always({"AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU",
                              "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX",
                              "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE"}),
      "The 33 independent states (the CELAC membership); dependent territories are not included.");
  return g;
}

/** West Asia as UN M49 "Western Asia" (西亚, M49): 18 states, Cyprus and the Caucasus included.
    Example: `member(groups::west_asia(), georgia, 2025y/January/1)` // true */
inline const country_group& west_asia() {
  static const country_group g(
      "West Asia (UN M49)", "西亚（联合国M49）",
      detail::members_always({"AM", "AZ", "BH", "CY", "GE", "IQ", "IL", "JO", "KW", "LB", "OM", "QA", "SA",
                              "PS", "SY", "TR", "AE", "YE"}),
      "UN M49 region Western Asia. Differs from groups::middle_east(): no Iran or Egypt, but Armenia, "
      "Azerbaijan, Cyprus and Georgia.");
  return g;
}

/** Middle East in Chinese usage (中东): the GCC six plus Iran, Iraq, Israel, Jordan, Lebanon, Syria,
    Yemen, Palestine, Türkiye and Egypt.
    Example: `member(groups::middle_east(), iran, 2025y/January/1)` // true */
inline const country_group& middle_east() {
  static const country_group g(
      "Middle East (Chinese usage)", "中东",
      detail::members_always(
          {"SA", "AE", "KW", "QA", "OM", "BH", "IR", "IQ", "IL", "JO", "LB", "SY", "YE", "PS", "TR", "EG"}),
      "As Chinese sources commonly use the term; Egypt is often but not always included (included here). "
      "Not a UN region: compare groups::west_asia().");
  return g;
}

/** The default Belt and Road partner list (共建“一带一路”国家), generated from dated data; replace it with
    your own through read_country_group_csv().
    Example: `member(groups::belt_and_road(), italy, 2025y/January/1)` // false (the memorandum lapsed in 2024) */
inline const country_group& belt_and_road() {
  static const country_group g = [] {
    using namespace std::chrono;
    std::vector<membership> m;
    for (const auto& r : detail::bri_partner_rows) {
      membership x{country_from(iso_alpha3_code{r.iso_alpha3})};
      if (r.from_y != 0)
        x.from = std::chrono::year{r.from_y} / std::chrono::month{static_cast<unsigned>(r.from_m)} /
                 std::chrono::day{static_cast<unsigned>(r.from_d)};
      if (r.until_y != 0)
        x.until = std::chrono::year{r.until_y} / std::chrono::month{static_cast<unsigned>(r.until_m)} /
                  std::chrono::day{static_cast<unsigned>(r.until_d)};
      x.date_unsure = r.date_unsure;
      m.push_back(x);
    }
    return country_group(
        "Belt and Road partners", "共建“一带一路”国家", std::move(m),
        "Countries that signed Belt and Road cooperation documents with China: the official "
        "portal's list as of 2023-08 (152, applied to every earlier date: unsure), Jordan from "
        "2023-11-29, Nauru from 2024-03-25, Colombia from 2025-05-14; Italy until 2024-03 "
        "(month only: unsure). Not the older 64/65 'countries along the route'.");
  }();
  return g;
}

}  // namespace groups
}  // namespace tradestat

#endif  // TRADESTAT_CODES_CATALOGUE_COUNTRY_GROUPS_HPP
