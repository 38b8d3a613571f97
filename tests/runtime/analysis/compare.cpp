#include <tradestat/analysis/compare.hpp>

#include <cstdint>
#include <random>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {
using amount = money<CNY, scale<7>>;  // 0.1亿元
}  // namespace

TEST_CASE("compare: Xinjiang's 2025 table by flow matches the report's checks") {
  comparison_table<trade_flow, amount, year> t(year{2025}, year{2024}, amount{52037}, amount{43405});
  t.add(trade_flow::exports, amount{46074}, amount{36859});
  t.add(trade_flow::imports, amount{5963}, amount{6546});
  // Computed by hand: exports (46074-36859)/43405 = 9215/43405 = 1843/8681; imports -583/43405.
  CHECK(*t[trade_flow::exports].contribution == contribution{quotient(1843, 8681)});
  CHECK(*t[trade_flow::imports].contribution == contribution{quotient(-583, 43405)});
  CHECK(to_string(*t[trade_flow::exports].contribution) == "21.2 percentage points");
  CHECK(to_string(*t[trade_flow::imports].contribution) == "-1.3 percentage points");
  CHECK(*t[trade_flow::exports].growth == growth{quotient(9215, 36859)});  // prints 25.0 %
  CHECK(to_string(*t[trade_flow::imports].growth) == "-8.9 %");             // -583/6546
  CHECK(*t.total().growth == growth{quotient(8632, 43405)});                // 19.9 %
  CHECK(*sum_contributions(t) == contribution{quotient(8632, 43405)});
  CHECK(*sum_shares(t) == share{quotient(1)});
  CHECK(t.unassigned().current == amount{});
  CHECK(t.size() == 2);
  CHECK(t.current_period() == year{2025});
  CHECK(t.prior_period() == year{2024});
  CHECK(t.find(trade_flow::re_exports) == nullptr);
  // HHI over the two flows: (46074² + 5963²) / 52037², by hand:
  // 46074² = 2122813476, 5963² = 35557369, sum 2158370845; 52037² = 2707849369.
  CHECK(hhi_of(t) == quotient::from_wide(2158370845, 2707849369));
  CHECK_THROWS_WITH(t[trade_flow::re_exports], test::contains("no row for re-export"));
}

TEST_CASE("compare: records without the key land in unassigned, so the partition still adds up") {
  comparison_table<trade_flow, money<USD>, month> t(month{2025, 3}, month{2024, 3}, money<USD>{100}, money<USD>{80});
  t.add(trade_flow::exports, money<USD>{70}, money<USD>{60});
  CHECK(t.unassigned().current == money<USD>{30});
  CHECK(t.unassigned().prior == money<USD>{20});
  CHECK(*sum_contributions(t) == contribution{quotient(20, 80)});
  CHECK(*sum_shares(t) == share{quotient(1)});
}

TEST_CASE("compare: an empty prior total makes the sums no-base, not an exception") {
  comparison_table<int, money<CNY>, year> t(year{2025}, year{2024}, money<CNY>{10}, money<CNY>{0});
  t.add(1, money<CNY>{10}, money<CNY>{0});
  CHECK(sum_contributions(t) == no_base);
  CHECK(*sum_shares(t) == share{quotient(1)});
}

TEST_CASE("compare: overlapping tables say so") {
  using groups_table = comparison_table<int, money<CNY>, year, rows_are::overlapping>;
  STATIC_REQUIRE(groups_table::overlapping);
  STATIC_REQUIRE_FALSE(comparison_table<int, money<CNY>, year>::overlapping);
  groups_table t(year{2025}, year{2024}, money<CNY>{10}, money<CNY>{8});
  t.add(1, money<CNY>{9}, money<CNY>{7});
  t.add(2, money<CNY>{9}, money<CNY>{7});  // a record in both groups counts in both rows
  CHECK(*t[1].share == share{quotient(9, 10)});
}

TEST_CASE("compare: on generated partitions, contributions add up to total growth and shares to 100 %, exactly") {
  std::mt19937_64 gen(20251202);
  std::uniform_int_distribution<std::int64_t> value(0, 1'000'000'000'000);  // up to 10^12 yuan a row
  std::uniform_int_distribution<int> rows(1, 40);
  for (int round = 0; round < 200; ++round) {
    const int n = rows(gen);
    std::vector<std::pair<money<CNY>, money<CNY>>> parts;
    std::int64_t total_current = 0, total_prior = 0;
    for (int i = 0; i < n; ++i) {
      const money<CNY> c{value(gen)}, p{round % 7 == 0 && i == 0 ? 0 : value(gen)};
      parts.emplace_back(c, p);
      total_current += c.count();
      total_prior += p.count();
    }
    comparison_table<int, money<CNY>, year> t(year{2025}, year{2024}, money<CNY>{total_current}, money<CNY>{total_prior});
    for (int i = 0; i < n; ++i) t.add(i, parts[static_cast<std::size_t>(i)].first, parts[static_cast<std::size_t>(i)].second);
    // The total's growth, by the formula: (T_t - T_{t-1}) / T_{t-1}.
    const quotient expected = quotient::from_wide(total_current - total_prior, total_prior);
    REQUIRE(sum_contributions(t).has_value());
    CHECK(sum_contributions(t)->value() == expected);
    CHECK(sum_shares(t)->value() == quotient(1));
    quotient by_hand(0);  // the same sum, row by row, from each row's own amounts
    for (int i = 0; i < n; ++i) {
      const auto& [c, p] = parts[static_cast<std::size_t>(i)];
      by_hand = by_hand + quotient::from_wide(c.count() - p.count(), total_prior);
      CHECK(t[i].contribution->value() == quotient::from_wide(c.count() - p.count(), total_prior));
    }
    CHECK(by_hand == expected);
  }
}

TEST_CASE("compare: on generated partitions whose share changes are exact, they add up to zero") {
  // Totals below about 3e9 keep T_t * T_{t-1} within 64 bits, so every share change is exact; above
  // that a share change may be rounded to 10^-15 (see comparison_row), and the sum is zero within
  // half of 10^-15 per row.
  std::mt19937_64 gen(7);
  std::uniform_int_distribution<std::int64_t> value(0, 50'000'000);
  for (int round = 0; round < 200; ++round) {
    const int n = 1 + round % 30;
    std::vector<std::pair<money<USD>, money<USD>>> parts;
    std::int64_t tc = 0, tp = 0;
    for (int i = 0; i < n; ++i) {
      parts.emplace_back(money<USD>{value(gen)}, money<USD>{value(gen) + 1});
      tc += parts.back().first.count();
      tp += parts.back().second.count();
    }
    comparison_table<int, money<USD>, quarter> t(quarter{2025, 1}, quarter{2024, 1}, money<USD>{tc}, money<USD>{tp});
    for (int i = 0; i < n; ++i) t.add(i, parts[static_cast<std::size_t>(i)].first, parts[static_cast<std::size_t>(i)].second);
    if (tc == 0) continue;
    quotient changes(0);
    for (const auto& e : t) changes = changes + e.row.share_change->value();
    CHECK(changes == quotient(0));
  }
}
