#include <tradestat/analysis/keyed_table.hpp>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("keyed_table: a flat table adds values under their key and counts absent ones") {
  keyed_table<flow_key, money<CNY>> t{by_flow};
  record r{.period = month{2025, 1}, .flow = trade_flow::exports};
  t.add(r, money<CNY>{10});
  t.add(r, std::optional<money<CNY>>{});
  r.flow = trade_flow::imports;
  t.add(r, money_or_absent<CNY>{money<CNY>{4}});
  CHECK(t[trade_flow::exports].present_total() == money<CNY>{10});
  CHECK(t[trade_flow::exports].absent() == 1);
  CHECK(t[trade_flow::imports].value() == money<CNY>{4});
  CHECK(t[trade_flow::re_exports].records() == 0);
  CHECK(t.size() == 2);
  CHECK(t.rows().front().key == trade_flow::exports);
  CHECK(t.rows_total().present_total() == money<CNY>{14});
}

TEST_CASE("keyed_table: a sorted table keeps its rows in key order, whatever the order of arrival") {
  keyed_table<year_key, money<USD>> t{by_year};
  for (int y : {2025, 2023, 2024, 2023}) t.add(record{.period = year{y}}, money<USD>{y});
  const auto rows = t.rows();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].key == year{2023});
  CHECK(rows[0].value.value() == money<USD>{4046});
  CHECK(rows[2].key == year{2025});
  CHECK(t.whole().value() == money<USD>{2025 + 2023 + 2024 + 2023});
}

TEST_CASE("keyed_table: merging sums row by row and the unkeyed records too") {
  keyed_table<partner_key, money<CNY>> a{by_partner};
  keyed_table<partner_key, money<CNY>> b{by_partner};
  record r{.period = month{2025, 1}};
  a.add(r, money<CNY>{1});  // no partner
  r.partner = coded_country{*find_country(iso_alpha3_code{"KAZ"}), code_scheme::iso_alpha3};
  a.add(r, money<CNY>{2});
  b.add(r, money<CNY>{3});
  a.merge(b);
  CHECK(a[r.partner->country].value() == money<CNY>{5});
  CHECK(a.unkeyed().value() == money<CNY>{1});
  CHECK(a.whole().value() == money<CNY>{6});
}
