#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/where.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include "catch.hpp"
#include "generated_records.hpp"

using namespace tradestat;
using tradestat::test::generate_records;

namespace {
// Sums by partner with a std::map, independently of keyed_table.
std::map<country, std::int64_t> by_partner_by_hand(const std::vector<record>& v) {
  std::map<country, std::int64_t> out;
  for (const record& r : v)
    if (r.partner && r.value_cny) out[r.partner->country] += r.value_cny->count();
  return out;
}
}  // namespace

TEST_CASE("sum_by: sums by partner match a hand loop, key by key") {
  const auto v = generate_records();
  const auto table = v | sum_by(by_partner, &record::value_cny);
  const auto expected = by_partner_by_hand(v);
  CHECK(table.size() == expected.size());
  for (const auto& [c, total] : expected) CHECK(table[c].present_total().count() == total);
  CHECK(table[*find_country(iso_alpha3_code{"USA"})].records() == 0);
  CHECK_FALSE(table.contains(*find_country(iso_alpha3_code{"USA"})));
}

TEST_CASE("sum_by: a worked table, by year and flow, figures computed in the test") {
  std::vector<record> v;
  auto add = [&](month m, trade_flow f, std::int64_t yuan) {
    record r{.period = m, .flow = f};
    r.value_cny = money<CNY>{yuan};
    v.push_back(r);
  };
  add(month{2024, 1}, trade_flow::exports, 100);
  add(month{2024, 7}, trade_flow::exports, 250);
  add(month{2024, 7}, trade_flow::imports, 40);
  add(month{2025, 2}, trade_flow::exports, 300);
  add(month{2025, 3}, trade_flow::imports, 60);
  add(month{2025, 3}, trade_flow::imports, -5);
  const auto t = v | sum_by(by(by_year, by_flow), &record::value_cny);
  CHECK(t[{year{2024}, trade_flow::exports}].value() == money<CNY>{350});
  CHECK(t[{year{2024}, trade_flow::imports}].value() == money<CNY>{40});
  CHECK(t[{year{2025}, trade_flow::exports}].value() == money<CNY>{300});
  CHECK(t[{year{2025}, trade_flow::imports}].value() == money<CNY>{55});
  CHECK(t[{year{2025}, trade_flow::imports}].records() == 2);
  CHECK(t.size() == 4);
  CHECK(t.rows_total().value() == money<CNY>{745});
  const auto rows = t.rows();
  REQUIRE(rows.size() == 4);
  CHECK(rows.front().key == std::tuple{year{2024}, trade_flow::exports});  // sorted by key
}

TEST_CASE("sum_by: for a partition, the rows and the unkeyed records add up to the total") {
  const auto v = generate_records();
  const money<CNY> total = v | where(has(&record::value_cny)) | sum(&record::value_cny);
  auto check = [&](const auto& table) {
    CHECK_FALSE(table.rows_overlap);
    auto rows = table.rows_total();
    auto none = table.unkeyed();
    CHECK(rows.present_total() + none.present_total() == total);
    CHECK(rows.records() + none.records() + rows.absent() + none.absent() == v.size());
    CHECK(table.whole().present_total() == total);
  };
  check(v | sum_by(by_partner, &record::value_cny));
  check(v | sum_by(by_flow, &record::value_cny));
  check(v | sum_by(by_mode, &record::value_cny));
  check(v | sum_by(by_enterprise, &record::value_cny));
  check(v | sum_by(by_region, &record::value_cny));
  check(v | sum_by(by_brand, &record::value_cny));
  check(v | sum_by(by_hs2, &record::value_cny));
  check(v | sum_by(by_hs4, &record::value_cny));
  check(v | sum_by(by_hs6, &record::value_cny));
  check(v | sum_by(by_month, &record::value_cny));
  check(v | sum_by(by_quarter, &record::value_cny));
  check(v | sum_by(by_year, &record::value_cny));
  check(v | sum_by(by(by_partner, by_flow), &record::value_cny));
  check(v | sum_by(by(by_year, by_hs2), &record::value_cny));
}

TEST_CASE("sum_by: records without the key are summed apart, records without the value counted per row") {
  const auto v = generate_records();
  const auto t = v | sum_by(by_partner, &record::value_cny);
  std::uint64_t no_partner = 0;
  std::uint64_t no_value_with_partner = 0;
  for (const record& r : v) {
    if (!r.partner) ++no_partner;
    if (r.partner && !r.value_cny) ++no_value_with_partner;
  }
  REQUIRE(no_partner > 0);
  CHECK(t.unkeyed().records() + t.unkeyed().absent() == no_partner);
  std::uint64_t absent = 0;
  for (const auto& row : t.rows()) absent += row.value.absent();
  CHECK(absent == no_value_with_partner);
}

TEST_CASE("sum_by: tables of any split of the input merge, in any order, into the table of the whole") {
  const auto v = generate_records();
  const auto whole = v | sum_by(by_partner, &record::value_cny);
  const auto whole_hs6 = v | sum_by(by_hs6, &record::value_cny);
  for (std::size_t split : {std::size_t{0}, std::size_t{3}, std::size_t{1000}, v.size()}) {
    const std::vector<record> a(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(split));
    const std::vector<record> b(v.begin() + static_cast<std::ptrdiff_t>(split), v.end());
    auto ta = a | sum_by(by_partner, &record::value_cny);
    auto tb = b | sum_by(by_partner, &record::value_cny);
    CHECK(merge(ta, tb) == whole);
    CHECK(merge(tb, ta) == whole);
    auto ha = a | sum_by(by_hs6, &record::value_cny);
    auto hb = b | sum_by(by_hs6, &record::value_cny);
    CHECK(merge(ha, hb) == whole_hs6);
    CHECK(merge(hb, ha) == whole_hs6);
  }
  using table = decltype(whole);
  CHECK(merge(whole, table{by_partner}) == whole);
}

TEST_CASE("sum_by: period tables of pieces with different windows merge, in any order, into the table of the whole") {
  auto v = generate_records({.first_year = 2019, .years = 6});
  // Pieces by time, so each table learns a window of its own: the first two years, the last two,
  // and the rest with every tenth record of the whole span (a window covering the others).
  std::sort(v.begin(), v.end(), [](const record& a, const record& b) { return *month_of(a) < *month_of(b); });
  std::vector<record> early, late, rest;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const int y = year_of(v[i]).index();
    if (i % 10 == 0)
      rest.push_back(v[i]);
    else if (y <= 2020)
      early.push_back(v[i]);
    else if (y >= 2023)
      late.push_back(v[i]);
    else
      rest.push_back(v[i]);
  }
  REQUIRE(!early.empty());
  REQUIRE(!late.empty());
  const auto key = by(by_partner, by_month);
  const auto whole = v | sum_by(key, &record::value_cny);
  const auto e = early | sum_by(key, &record::value_cny);
  const auto l = late | sum_by(key, &record::value_cny);
  const auto m = rest | sum_by(key, &record::value_cny);
  CHECK(merge(merge(e, l), m) == whole);
  CHECK(merge(e, merge(l, m)) == whole);
  CHECK(merge(merge(m, l), e) == whole);
  CHECK(merge(merge(l, e), m) == whole);
  // Every row as a std::map sums it, independently of keyed_table.
  std::map<std::tuple<country, month>, std::int64_t> hand;
  for (const record& r : v)
    if (r.partner && r.value_cny) hand[{r.partner->country, *month_of(r)}] += r.value_cny->count();
  const auto merged = merge(merge(l, m), e);
  for (const auto& [k, sum] : hand) CHECK(merged[k].present_total().count() == sum);
  const auto yl = late | sum_by(by_year, &record::value_cny);
  const auto ye = early | sum_by(by_year, &record::value_cny);
  CHECK(merge(yl, ye) == merge(ye, yl));
  CHECK(merge(yl, ye).rows().front().key == year{2019});
}
