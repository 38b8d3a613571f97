#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/top.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "generated_records.hpp"

using namespace tradestat;
using tradestat::test::generate_records;

TEST_CASE("top: the largest rows first, as a hand sort of hand sums gives them") {
  const auto v = generate_records();
  std::map<country, std::int64_t> sums;
  for (const record& r : v)
    if (r.partner && r.value_cny) sums[r.partner->country] += r.value_cny->count();
  std::vector<std::pair<std::int64_t, country>> expected;
  for (const auto& [c, t] : sums) expected.emplace_back(t, c);
  std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  const auto best = v | sum_by(by_partner, &record::value_cny) | top(3);
  REQUIRE(best.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(best[i].key == expected[i].second);
    CHECK(best[i].value.present_total().count() == expected[i].first);
  }
  CHECK(top(v | sum_by(by_partner, &record::value_cny), 100).size() == sums.size());
}

TEST_CASE("top: equal totals keep key order") {
  std::vector<record> v;
  for (trade_flow f : {trade_flow::imports, trade_flow::exports, trade_flow::re_exports}) {
    record r{.period = month{2025, 1}, .flow = f};
    r.value_cny = money<CNY>{5};
    v.push_back(r);
  }
  const auto t = v | sum_by(by_flow, &record::value_cny) | top(2);
  REQUIRE(t.size() == 2);
  CHECK(t[0].key == trade_flow::exports);
  CHECK(t[1].key == trade_flow::imports);
}

TEST_CASE("top: the rows of a comparison table with the largest current values, ties in table order") {
  const country kaz = country_from(iso_alpha3_code{"KAZ"});
  const country vnm = country_from(iso_alpha3_code{"VNM"});
  const country usa = country_from(iso_alpha3_code{"USA"});
  const country deu = country_from(iso_alpha3_code{"DEU"});
  REQUIRE(kaz < usa);  // Kazakhstan's row comes first in the table, so it wins the tie
  std::vector<record> v;
  for (const auto& [c, y, amount] : {std::tuple{kaz, 2025, 300}, std::tuple{kaz, 2024, 100}, std::tuple{vnm, 2025, 500},
                                     std::tuple{vnm, 2024, 50}, std::tuple{usa, 2025, 300}, std::tuple{usa, 2024, 400},
                                     std::tuple{deu, 2025, 100}}) {
    record r{.period = year{y}, .flow = trade_flow::exports};
    r.partner = coded_country{c, code_scheme::iso_alpha3};
    r.value_cny = money<CNY>{amount};
    v.push_back(r);
  }
  const auto t = compare<CNY>(v, year{2025}, year{2024}, by_partner);
  const auto best = top(t, 2);
  REQUIRE(best.size() == 2);
  CHECK(best[0].key == vnm);
  CHECK(best[0].row.current == money<CNY>{500});
  CHECK(best[0].row.prior == money<CNY>{50});
  CHECK(best[1].key == kaz);
  const auto all = t | top(10);
  REQUIRE(all.size() == 4);
  CHECK(all[2].key == usa);
  CHECK(all[3].key == deu);
  CHECK(all[3].row.current == money<CNY>{100});
}

TEST_CASE("top: among many equal totals, the first n rows in key order, as a stable sort gives them") {
  // 40 partners whose totals take four values: each value is shared by ten rows spread over the table.
  const auto table_rows = [] {
    std::vector<record> v;
    int code = 101;  // GACC partner codes from 101 up; not every number is a partner
    while (v.size() < 40) {
      const country c = country_from(gacc_code{code++}, or_unrecognised);
      if (!c.is_recognised()) continue;
      record r{.period = year{2025}, .flow = trade_flow::exports};
      r.partner = coded_country{c, code_scheme::gacc};
      r.value_cny = money<CNY>{static_cast<std::int64_t>(100 * (1 + v.size() % 4))};
      v.push_back(r);
    }
    return v;
  }();
  const auto table = table_rows | sum_by(by_partner, &record::value_cny);
  auto expected = table.rows();
  std::stable_sort(expected.begin(), expected.end(),
                   [](const auto& a, const auto& b) { return b.value.present_total() < a.value.present_total(); });
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{15}, std::size_t{40}}) {
    const auto best = top(table, n);
    REQUIRE(best.size() == n);
    for (std::size_t i = 0; i < n; ++i) CHECK(best[i].key == expected[i].key);
  }
  CHECK(top(table, 41).size() == 40);
}
