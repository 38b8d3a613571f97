#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>

#include <chrono>
#include <compare>
#include <cstdint>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "generated_records.hpp"
#include "thrown.hpp"

using namespace tradestat;
using namespace std::chrono_literals;
using tradestat::test::generate_records;
using tradestat::test::kind_thrown;

namespace {
const country kazakhstan = *find_country(iso_alpha3_code{"KAZ"});
const country uzb = *find_country(iso_alpha3_code{"UZB"});
const country kgz = *find_country(iso_alpha3_code{"KGZ"});

// Kazakhstan always; Uzbekistan from 15 July 2024.
const country_group& core() {
  static const country_group g{"Core", "核心", {{kazakhstan}, {uzb, 2024y / std::chrono::July / 15}}};
  return g;
}
// Kazakhstan and Kyrgyzstan: overlaps Core in Kazakhstan.
const country_group& steppe() {
  static const country_group g{"Steppe", "草原", {{kazakhstan}, {kgz}}};
  return g;
}
bool in_core_on(const record& r, std::chrono::year_month_day day) {
  if (!r.partner) return false;
  if (r.partner->country == kazakhstan) return true;
  return r.partner->country == uzb && day >= 2024y / std::chrono::July / 15;
}
std::int64_t hand_sum(const std::vector<record>& v, auto in) {
  std::int64_t t = 0;
  for (const record& r : v)
    if (r.value_cny && in(r)) t += r.value_cny->count();
  return t;
}
}  // namespace

TEST_CASE("groups: where(group) counts a partner from the month it is a member on the period's last day") {
  const auto v = generate_records();
  const auto last_day = [](const record& r) { return in_core_on(r, std::get<month>(r.period).last_day()); };
  const auto first_day = [](const record& r) { return in_core_on(r, std::get<month>(r.period).first_day()); };
  CHECK((v | where(core()) | sum(&record::value_cny)).present_total().count() == hand_sum(v, last_day));
  CHECK((v | where(core(), group_day::first_day) | sum(&record::value_cny)).present_total().count() ==
        hand_sum(v, first_day));
  // July 2024 is in Core on its last day, not on its first.
  const std::vector<record> july{record{.period = month{2024, 7},
                                        .partner = coded_country{uzb, code_scheme::iso_alpha3}}};
  CHECK((july | where(core()) | sum(&record::value_cny)).absent() == 1);
  CHECK((july | where(core(), group_day::first_day) | sum(&record::value_cny)).absent() == 0);
  // A comparable basis: the members of one day, in every period.
  const auto basis = core().as_of(2025y / std::chrono::January / 1);
  CHECK((v | where(basis) | sum(&record::value_cny)).present_total().count() ==
        hand_sum(v, [](const record& r) { return r.partner && (r.partner->country == kazakhstan || r.partner->country == uzb); }));
}

TEST_CASE("groups: by_group counts a record once in every group it belongs to, and its rows overlap") {
  const auto v = generate_records();
  const auto t = v | sum_by(by_group({core(), steppe()}), &record::value_cny);
  STATIC_REQUIRE(decltype(t)::rows_overlap);
  const auto last_day = [](const record& r) { return in_core_on(r, std::get<month>(r.period).last_day()); };
  const auto in_steppe = [](const record& r) {
    return r.partner && (r.partner->country == kazakhstan || r.partner->country == kgz);
  };
  CHECK(t[core()].present_total().count() == hand_sum(v, last_day));
  CHECK(t["Steppe"].present_total().count() == hand_sum(v, in_steppe));
  CHECK(t.unkeyed().present_total().count() ==
        hand_sum(v, [&](const record& r) { return !last_day(r) && !in_steppe(r); }));
  // The whole counts every record once; the rows, overlapping in Kazakhstan, add up to more.
  const summed<money<CNY>> all = v | sum(&record::value_cny);
  CHECK(t.whole().present_total() == all.present_total());
  const std::int64_t rows = t[core()].present_total().count() + t[steppe()].present_total().count();
  CHECK(rows + t.unkeyed().present_total().count() ==
        all.present_total().count() + hand_sum(v, [](const record& r) { return r.partner && r.partner->country == kazakhstan; }));
}

TEST_CASE("groups: tables of overlapping groups merge like any other") {
  const auto v = generate_records();
  const auto key = by_group({core(), steppe()});
  const auto whole = v | sum_by(key, &record::value_cny);
  const std::vector<record> a(v.begin(), v.begin() + 900), b(v.begin() + 900, v.end());
  CHECK(merge(a | sum_by(key, &record::value_cny), b | sum_by(key, &record::value_cny)) == whole);
  CHECK(merge(b | sum_by(key, &record::value_cny), a | sum_by(key, &record::value_cny)) == whole);
}

TEST_CASE("groups: a group given twice is refused") {
  CHECK(kind_thrown([] { (void)by_group({core(), core()}); }) == error_kind::invalid_argument);
  const product_group nuts({.name_en = "Nuts", .include = {"0802"}, .edition = hs_version::hs2022});
  CHECK(kind_thrown([&] { (void)by_product_group({nuts, nuts}); }) == error_kind::invalid_argument);
}

TEST_CASE("groups: product groups filter and key records; a coarser record is neither in nor out") {
  const product_group nuts({.name_en = "Nuts", .include = {"0802"}, .edition = hs_version::hs2022});
  const product_group machines({.name_en = "Machines", .include = {"84", "85"}, .edition = hs_version::hs2022});
  const auto v = generate_records();
  const auto is = [](std::string_view prefix) {
    return [prefix](const record& r) { return r.commodity->digits().substr(0, prefix.size()) == prefix; };
  };
  CHECK((v | where(nuts) | sum(&record::value_cny)).present_total().count() == hand_sum(v, is("0802")));
  const auto t = v | sum_by(by_product_group({nuts, machines}), &record::value_cny);
  CHECK(t[nuts].present_total().count() == hand_sum(v, is("0802")));
  CHECK(hand_sum(v, is("0802")) != 0);
  CHECK(t["Machines"].present_total().count() ==
        hand_sum(v, is("84")) + hand_sum(v, is("85")));
  const std::vector<record> chapter{record{.period = month{2025, 1}, .commodity = hs_code{"08", hs_version::hs2022}}};
  CHECK(kind_thrown([&] { (void)(chapter | where(nuts) | sum(&record::value_cny)); }) == error_kind::incomplete);
  CHECK(kind_thrown([&] { (void)(chapter | sum_by(by_product_group({nuts}), &record::value_cny)); }) ==
        error_kind::incomplete);
}

TEST_CASE("groups: a group key names its group in Chinese on request; only the English name tells keys apart") {
  const group_key asean{groups::asean()};
  CHECK(to_string(asean) == "ASEAN");
  CHECK(to_string(asean, {}) == "ASEAN");
  CHECK(to_string(asean, {.lang = language::zh}) == "东盟");
  CHECK(asean.dimension == group_dimension::partners);
  const group_key walnuts{product_groups::walnuts()};
  CHECK(to_string(walnuts, {.lang = language::zh}) == "核桃");
  CHECK(walnuts.dimension == group_dimension::products);
  CHECK(to_string(group_key{core()}, {.lang = language::zh}) == "核心");
  // A key made from a name knows no Chinese name: the English one stands in.
  const group_key by_name{"ASEAN"};
  CHECK(to_string(by_name, {.lang = language::zh}) == "ASEAN");
  CHECK(by_name == asean);
  CHECK((by_name <=> asean) == std::strong_ordering::equal);
  group_key other_zh = asean;
  other_zh.name_zh = "另一个名字";
  other_zh.dimension = group_dimension::products;
  CHECK(other_zh == asean);
  CHECK(group_key{"Steppe"} != group_key{"Core"});
  // A table by groups finds the row by the group or its English name alike, and keeps the Chinese name.
  const auto t = generate_records() | sum_by(by_group({core(), steppe()}), &record::value_cny);
  int found = 0;
  for (const auto& r : t.rows())
    if (r.key == group_key{"Steppe"}) {
      ++found;
      CHECK(to_string(r.key, {.lang = language::zh}) == "草原");
    }
  CHECK(found == 1);
  CHECK(t["Steppe"].present_total() == t[steppe()].present_total());
}
