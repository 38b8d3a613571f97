// The country groups trade bulletins use, with dated membership. Dates marked unsure come from
// general knowledge, not from a checked source (see docs/reference/codes.md).
#ifndef TRADESTAT_CODES_CATALOGUE_COUNTRY_GROUPS_HPP
#define TRADESTAT_CODES_CATALOGUE_COUNTRY_GROUPS_HPP

#include <tradestat/calendar/date.hpp>
#include <tradestat/codes/catalogue/bri_partners.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/country_group.hpp>

#include <initializer_list>
#include <string_view>
#include <vector>

namespace tradestat {
namespace detail {

inline constexpr bool sure = false;
inline constexpr bool unsure = true;

// Adds one membership for each ISO alpha-2 code.
inline void add_members(std::vector<membership>& out, std::initializer_list<std::string_view> alpha2,
                        date from = membership::always, bool date_unsure = sure,
                        date until = membership::still) {
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
    Example: `groups::asean().members(date{2025, 10, 26}).size()` // 11 */
inline const country_group& asean() {
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"ID", "MY", "PH", "SG", "TH"}, date{1967, 8, 8});
    detail::add_members(m, {"BN"}, date{1984, 1, 7}, detail::unsure);
    detail::add_members(m, {"VN"}, date{1995, 7, 28});
    detail::add_members(m, {"LA", "MM"}, date{1997, 7, 23});
    detail::add_members(m, {"KH"}, date{1999, 4, 30});
    detail::add_members(m, {"TL"}, date{2025, 10, 26});
    return country_group(
        "ASEAN", "东盟", std::move(m),
        "Association of Southeast Asian Nations. Timor-Leste's date is from the project's "
        "reference notes; earlier accession dates from general knowledge (Brunei's day unsure).");
  }();
  return g;
}

/** Central Asia (中亚五国): the five states, members on every date.
    Example: `member(groups::central_asia(), kazakhstan, date{2020, 1, 1})` // true */
inline const country_group& central_asia() {
  static const country_group g("Central Asia", "中亚五国",
                               detail::members_always({"KZ", "KG", "TJ", "TM", "UZ"}),
                               "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan.");
  return g;
}

/** Shanghai Cooperation Organisation members (上合组织成员国) with joining dates.
    Example: `member(groups::sco(), iran, date{2023, 1, 1})` // false */
inline const country_group& sco() {
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"CN", "RU", "KZ", "KG", "TJ", "UZ"}, date{2001, 6, 15});
    detail::add_members(m, {"IN", "PK"}, date{2017, 6, 9}, detail::unsure);
    detail::add_members(m, {"IR"}, date{2023, 7, 4}, detail::unsure);
    detail::add_members(m, {"BY"}, date{2024, 7, 4}, detail::unsure);
    return country_group(
        "SCO", "上合组织", std::move(m),
        "Members only (no observers or dialogue partners). Joining years from the reference "
        "notes (India and Pakistan 2017, Iran 2023, Belarus 2024); the days are from general "
        "knowledge and marked unsure.");
  }();
  return g;
}

/** European Union (欧盟): EU28 before 2020-02-01, EU27 from then on (the United Kingdom left).
    Example: `groups::eu().members(date{2020, 1, 31}).size()` // 28 (27 on 2020-02-01) */
inline const country_group& eu() {
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"BE", "DE", "FR", "IT", "LU", "NL"}, date{1958, 1, 1});
    detail::add_members(m, {"DK", "IE"}, date{1973, 1, 1});
    detail::add_members(m, {"GB"}, date{1973, 1, 1}, detail::sure, date{2020, 2, 1});
    detail::add_members(m, {"GR"}, date{1981, 1, 1});
    detail::add_members(m, {"ES", "PT"}, date{1986, 1, 1});
    detail::add_members(m, {"AT", "FI", "SE"}, date{1995, 1, 1});
    detail::add_members(m, {"CY", "CZ", "EE", "HU", "LV", "LT", "MT", "PL", "SK", "SI"}, date{2004, 5, 1});
    detail::add_members(m, {"BG", "RO"}, date{2007, 1, 1});
    detail::add_members(m, {"HR"}, date{2013, 7, 1});
    return country_group(
        "European Union", "欧盟", std::move(m),
        "The European Communities before 1993. The United Kingdom's exit on 2020-02-01 is from "
        "the reference notes; accession dates from general knowledge.");
  }();
  return g;
}

/** BRICS members (金砖国家), with the 2024 and 2025 enlargements.
    Example: `member(groups::brics(), egypt, date{2024, 1, 1})` // true */
inline const country_group& brics() {
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"BR", "RU", "IN", "CN"}, date{2009, 6, 16}, detail::unsure);
    detail::add_members(m, {"ZA"}, date{2010, 12, 24}, detail::unsure);
    detail::add_members(m, {"EG", "ET", "IR", "AE"}, date{2024, 1, 1}, detail::unsure);
    detail::add_members(m, {"ID"}, date{2025, 1, 6}, detail::unsure);
    return country_group("BRICS", "金砖国家", std::move(m),
                         "All dates from general knowledge (unsure). Saudi Arabia, invited in 2023, is not "
                         "counted: its membership is not confirmed. Partner countries are not members.");
  }();
  return g;
}

/** Gulf Cooperation Council (海合会): six members since 1981-05-25.
    Example: `groups::gcc().members(date{2025, 1, 1}).size()` // 6 */
inline const country_group& gcc() {
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m, {"SA", "AE", "KW", "QA", "OM", "BH"}, date{1981, 5, 25});
    return country_group("GCC", "海合会", std::move(m), "Founding date from general knowledge.");
  }();
  return g;
}

/** Africa (非洲): the 54 UN member states of the continent (South Sudan from 2011-07-09).
    Example: `groups::africa().members(date{2025, 1, 1}).size()` // 54 */
inline const country_group& africa() {
  static const country_group g = [] {
    std::vector<membership> m;
    detail::add_members(m,
                        {"DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI",
                         "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
                         "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN",
                         "SC", "SL", "SO", "ZA", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW"});
    detail::add_members(m, {"SS"}, date{2011, 7, 9});
    return country_group("Africa", "非洲", std::move(m),
                         "The 54 UN member states in Africa; territories (Western Sahara, Réunion, Mayotte, "
                         "Saint Helena) and GACC's Canary Islands, Ceuta and Melilla are not included.");
  }();
  return g;
}

/** Latin America and the Caribbean (拉丁美洲和加勒比): the 33 independent states.
    Example: `groups::latin_america_caribbean().members(date{2025, 1, 1}).size()` // 33 */
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
    Example: `member(groups::west_asia(), georgia, date{2025, 1, 1})` // true */
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
    Example: `member(groups::middle_east(), iran, date{2025, 1, 1})` // true */
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
    Example: `member(groups::belt_and_road(), italy, date{2025, 1, 1})` // false (the memorandum lapsed in 2024) */
inline const country_group& belt_and_road() {
  static const country_group g = [] {
      std::vector<membership> m;
    for (const auto& r : detail::bri_partner_rows) {
      membership x{country_from(iso_alpha3_code{r.iso_alpha3})};
      if (r.from_y != 0)
        x.from = date{r.from_y, r.from_m, r.from_d};
      if (r.until_y != 0)
        x.until = date{r.until_y, r.until_m, r.until_d};
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
