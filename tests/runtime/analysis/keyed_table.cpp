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

TEST_CASE("keyed_table: a windowed (period) table keeps its rows in key order, whatever the order of arrival") {
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

TEST_CASE("keyed_table: a windowed table grows its window both ways and finds keys outside it") {
  keyed_table<decltype(by(by_flow, by_month)), money<CNY>> t{by(by_flow, by_month)};
  record r{.period = month{2025, 6}, .flow = trade_flow::imports};
  t.add(r, money<CNY>{1});
  r.period = month{2019, 1};  // far before
  t.add(r, money<CNY>{2});
  r.period = month{2031, 12};  // far after
  r.flow = trade_flow::exports;
  t.add(r, money<CNY>{4});
  r.period = year{2025};  // a yearly record has no month
  t.add(r, money<CNY>{8});
  const auto rows = t.rows();
  REQUIRE(rows.size() == 3);
  // In the tuple's order: flow (exports before imports), then month.
  CHECK(rows[0].key == std::tuple{trade_flow::exports, month{2031, 12}});
  CHECK(rows[1].key == std::tuple{trade_flow::imports, month{2019, 1}});
  CHECK(rows[2].key == std::tuple{trade_flow::imports, month{2025, 6}});
  CHECK(t[std::tuple{trade_flow::exports, month{2031, 12}}].value() == money<CNY>{4});
  CHECK(t[std::tuple{trade_flow::exports, month{2025, 6}}].records() == 0);
  CHECK(t[std::tuple{trade_flow::exports, month{2040, 1}}].records() == 0);
  CHECK(!t.contains(std::tuple{trade_flow::imports, month{2018, 12}}));
  CHECK(t.unkeyed().value() == money<CNY>{8});
  CHECK(t.rows_total().value() == money<CNY>{7});
}

TEST_CASE("keyed_table: windowed tables with different windows merge exactly, in any order") {
  using table = keyed_table<decltype(by(by_partner, by_year)), money<CNY>>;
  const auto kaz = *find_country(iso_alpha3_code{"KAZ"});
  const auto make = [&](std::initializer_list<std::pair<int, std::int64_t>> entries) {
    table t{by(by_partner, by_year)};
    for (const auto& [y, v] : entries) {
      record r{.period = year{y}};
      r.partner = coded_country{kaz, code_scheme::iso_alpha3};
      t.add(r, money<CNY>{v});
    }
    return t;
  };
  const table a = make({{2020, 1}, {2021, 2}});
  const table b = make({{2024, 4}, {2025, 8}});
  const table c = make({{2010, 16}, {2021, 32}});
  const table empty{by(by_partner, by_year)};
  const table abc = merge(merge(a, b), c);
  CHECK(abc == merge(a, merge(b, c)));
  CHECK(abc == merge(merge(c, b), a));
  CHECK(abc == merge(merge(b, empty), merge(c, a)));
  CHECK(merge(empty, a) == a);
  CHECK(abc[std::tuple{kaz, year{2021}}].value() == money<CNY>{34});
  CHECK(abc[std::tuple{kaz, year{2010}}].value() == money<CNY>{16});
  CHECK(abc[std::tuple{kaz, year{2025}}].value() == money<CNY>{8});
  CHECK(abc.size() == 5);
  CHECK(abc.whole().value() == money<CNY>{1 + 2 + 4 + 8 + 16 + 32});
}

TEST_CASE("keyed_table: rows of a tuple key follow the tuple's order, with the period first or not") {
  const auto kaz = *find_country(iso_alpha3_code{"KAZ"});
  const auto usa = *find_country(iso_alpha3_code{"USA"});
  REQUIRE(kaz < usa);  // the order of countries the expected rows are written in
  const auto add = [](auto& t, country c, int y, std::int64_t v) {
    record r{.period = year{y}};
    r.partner = coded_country{c, code_scheme::iso_alpha3};
    t.add(r, money<CNY>{v});
  };
  // Partner, then year: a windowed table (a period part) must not list the rows period by period.
  keyed_table<decltype(by(by_partner, by_year)), money<CNY>> partner_year{by(by_partner, by_year)};
  add(partner_year, usa, 2024, 1);
  add(partner_year, kaz, 2025, 2);
  add(partner_year, kaz, 2024, 4);
  add(partner_year, usa, 2025, 8);
  const auto rows = partner_year.rows();
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].key == std::tuple{kaz, year{2024}});
  CHECK(rows[1].key == std::tuple{kaz, year{2025}});
  CHECK(rows[2].key == std::tuple{usa, year{2024}});
  CHECK(rows[3].key == std::tuple{usa, year{2025}});
  CHECK(rows[1].value.value() == money<CNY>{2});
  CHECK(partner_year.before(std::tuple{kaz, year{2025}}, std::tuple{usa, year{2024}}));
  CHECK(!partner_year.before(std::tuple{usa, year{2024}}, std::tuple{kaz, year{2025}}));
  // Year, then partner: the same records, period first.
  keyed_table<decltype(by(by_year, by_partner)), money<CNY>> year_partner{by(by_year, by_partner)};
  add(year_partner, usa, 2024, 1);
  add(year_partner, kaz, 2025, 2);
  add(year_partner, kaz, 2024, 4);
  add(year_partner, usa, 2025, 8);
  const auto by_period = year_partner.rows();
  REQUIRE(by_period.size() == 4);
  CHECK(by_period[0].key == std::tuple{year{2024}, kaz});
  CHECK(by_period[1].key == std::tuple{year{2024}, usa});
  CHECK(by_period[2].key == std::tuple{year{2025}, kaz});
  CHECK(by_period[3].key == std::tuple{year{2025}, usa});
  // A flat tuple (every part dense) orders the same way: by its first key, then the next.
  keyed_table<decltype(by(by_partner, by_flow)), money<CNY>> partner_flow{by(by_partner, by_flow)};
  for (const auto& [c, f] : {std::pair{usa, trade_flow::exports}, std::pair{kaz, trade_flow::imports},
                             std::pair{kaz, trade_flow::exports}}) {
    record r{.period = year{2025}, .flow = f};
    r.partner = coded_country{c, code_scheme::iso_alpha3};
    partner_flow.add(r, money<CNY>{1});
  }
  const auto flat = partner_flow.rows();
  REQUIRE(flat.size() == 3);
  CHECK(flat[0].key == std::tuple{kaz, trade_flow::exports});
  CHECK(flat[1].key == std::tuple{kaz, trade_flow::imports});
  CHECK(flat[2].key == std::tuple{usa, trade_flow::exports});
}
