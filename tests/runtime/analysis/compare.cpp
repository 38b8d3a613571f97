#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
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

namespace {
record trade(record_period p, trade_flow f, const char* iso3, std::optional<std::int64_t> yuan,
             std::optional<std::int64_t> dollars = std::nullopt) {
  record r{.period = p, .flow = f};
  if (iso3 != nullptr) r.partner = coded_country{country_from(iso_alpha3_code{iso3}), code_scheme::iso_alpha3};
  if (yuan) r.value_cny = money<CNY>{*yuan};
  if (dollars) r.value_usd = money<USD>{*dollars};
  return r;
}

// Vietnam and Timor-Leste (ASEAN; Timor-Leste from 2025-10-26), Kazakhstan (Central Asia),
// Germany (neither), a row without a partner, and rows outside the two years.
std::vector<record> sample() {
  return {trade(month{2025, 3}, trade_flow::exports, "VNM", 100, 14),
          trade(month{2024, 3}, trade_flow::exports, "VNM", 50, 7),
          trade(month{2025, 11}, trade_flow::exports, "TLS", 10, 1),
          trade(month{2024, 5}, trade_flow::exports, "TLS", 4),
          trade(month{2025, 2}, trade_flow::imports, "KAZ", 300, 42),
          trade(month{2024, 2}, trade_flow::imports, "KAZ", 200, 28),
          trade(year{2025}, trade_flow::exports, "DEU", 40, 6),
          trade(year{2024}, trade_flow::imports, "DEU", 46, 6),
          trade(month{2025, 7}, trade_flow::exports, nullptr, 6, 1),
          trade(month{2023, 7}, trade_flow::exports, "VNM", 999, 99),
          trade(month{2025, 8}, trade_flow::re_exports, "VNM", 777, 77)};
}
const country_group& asean_group = groups::asean();
const country_group& central_asia_group = groups::central_asia();
}  // namespace

TEST_CASE("compare: records by overlapping groups on the current-members basis, figures by hand") {
  const auto t = compare<CNY>(sample(), year{2025}, year{2024}, {asean_group, central_asia_group});
  STATIC_REQUIRE(decltype(t)::overlapping);
  // Totals (exports + imports; re-exports and 2023 left out): 2025 100+10+300+40+6 = 456,
  // 2024 50+4+200+46 = 300.
  CHECK(t.total().current == money<CNY>{456});
  CHECK(t.total().prior == money<CNY>{300});
  // ASEAN with Timor-Leste in both years: 110 against 54.
  CHECK(t[asean_group].current == money<CNY>{110});
  CHECK(t[asean_group].prior == money<CNY>{54});
  CHECK(*t[asean_group].growth == growth{quotient(56, 54)});
  CHECK(*t[asean_group].share == share{quotient(110, 456)});
  CHECK(*t[asean_group].share_change == percentage_points{quotient(110, 456) - quotient(54, 300)});
  CHECK(*t[asean_group].contribution == contribution{quotient(56, 300)});
  CHECK(*t[asean_group].contribution_rate == contribution_rate{quotient(56, 156)});
  CHECK(t[central_asia_group].current == money<CNY>{300});
  CHECK(*t[central_asia_group].contribution == contribution{quotient(100, 300)});
  CHECK(t.size() == 2);
  CHECK(t.begin()->key == asean_group);
  CHECK(to_string(t.begin()->key) == "ASEAN");
  CHECK(t.rows_without_value() == 0);
}

TEST_CASE("compare: the membership basis decides where a member who joined during the window counts") {
  const auto each = compare<CNY>(sample(), year{2025}, year{2024}, {asean_group},
                                 {.membership = basis::members_each_period});
  CHECK(each[asean_group].current ==
        money<CNY>{110});  // Timor-Leste's November 2025 exports: a member on 30 November
  CHECK(each[asean_group].prior == money<CNY>{50});  // and not in 2024
  const auto throughout = compare<CNY>(sample(), year{2025}, year{2024}, {asean_group},
                                       {.membership = basis::members_throughout});
  CHECK(throughout[asean_group].current == money<CNY>{100});
  CHECK(throughout[asean_group].prior == money<CNY>{50});
}

TEST_CASE("compare: measures, currencies and periods") {
  const auto exports = compare<CNY>(sample(), year{2025}, year{2024}, {asean_group, central_asia_group},
                                    {.measure = trade_measure::exports});
  CHECK(exports.total().current == money<CNY>{156});  // 100 + 10 + 40 + 6
  CHECK(exports.total().prior == money<CNY>{54});
  CHECK(exports[central_asia_group].current == money<CNY>{});
  CHECK(exports[central_asia_group].growth == no_base);
  const auto balance = compare<CNY>(sample(), year{2025}, year{2024}, {central_asia_group},
                                    {.measure = trade_measure::balance});
  CHECK(balance.total().current == money<CNY>{156 - 300});
  CHECK(balance.total().prior == money<CNY>{54 - 246});
  CHECK(balance[central_asia_group].current == money<CNY>{-300});
  // In dollars: the rows without a dollar value are left out and counted.
  const auto usd = compare<USD>(sample(), year{2025}, year{2024}, {asean_group});
  CHECK(usd.total().current == money<USD>{14 + 1 + 42 + 6 + 1});
  CHECK(usd.total().prior == money<USD>{7 + 28 + 6});
  CHECK(usd.rows_without_value() == 1);
  // Months: a yearly record cannot be split by month, so comparing months over a file that holds
  // yearly records is refused (as contains refuses it); over the monthly records, March against March.
  CHECK_THROWS_WITH(compare<CNY>(sample(), month{2025, 3}, month{2024, 3}, {asean_group}),
                    test::contains("cannot be split by month"));
  std::vector<record> monthly;
  for (const record& r : sample())
    if (month_of(r)) monthly.push_back(r);
  const auto march = compare<CNY>(monthly, month{2025, 3}, month{2024, 3}, {asean_group});
  CHECK(march.total().current == money<CNY>{100});
  CHECK(march[asean_group].prior == money<CNY>{50});
  // Other pairings must be asked for.
  CHECK_THROWS_WITH(compare<CNY>(sample(), year{2025}, year{2023}, {asean_group}),
                    test::contains("needs 2024, got 2023"));
  const auto two_years =
      compare<CNY>(sample(), year{2025}, year{2023}, {asean_group}, {.periods = pairing::any});
  CHECK(two_years[asean_group].prior == money<CNY>{999});
}

TEST_CASE("compare: records by a partition key, with unassigned rows, by hand") {
  const auto partners = compare<CNY>(sample(), year{2025}, year{2024}, by_partner);
  STATIC_REQUIRE_FALSE(decltype(partners)::overlapping);
  CHECK(partners.size() == 4);  // VNM, TLS, KAZ, DEU: the partners with trade in either year
  const country vn = country_from(iso_alpha3_code{"VNM"});
  CHECK(partners[vn].current == money<CNY>{100});
  CHECK(partners.unassigned().current == money<CNY>{6});  // the row without a partner
  CHECK(partners.unassigned().prior == money<CNY>{});
  CHECK(*sum_contributions(partners) == contribution{quotient(156, 300)});
  CHECK(*sum_shares(partners) == share{quotient(1)});
  const auto flows = compare<CNY>(sample(), year{2025}, year{2024}, by_flow);
  CHECK(flows.size() == 2);
  CHECK(*flows[trade_flow::exports].contribution == contribution{quotient(156 - 54, 300)});
  CHECK(*flows[trade_flow::imports].contribution == contribution{quotient(300 - 246, 300)});
}

TEST_CASE("compare: on generated records, a partition's contributions add up to the total's growth exactly") {
  std::mt19937_64 gen(42);
  const char* partners[] = {"VNM", "KAZ", "DEU", "USA", "TLS", "UZB", "THA", nullptr};
  std::uniform_int_distribution<std::size_t> pick(0, 7);
  std::uniform_int_distribution<std::int64_t> value(0, 10'000'000'000);
  std::uniform_int_distribution<int> month_of(1, 12), year_of(2023, 2025), flow_of(0, 3);
  for (int round = 0; round < 20; ++round) {
    std::vector<record> rows;
    std::int64_t total[2] = {0, 0};  // 2024, 2025: exports + imports, by hand
    for (int i = 0; i < 500; ++i) {
      const int y = year_of(gen);
      const auto f = static_cast<trade_flow>(flow_of(gen));
      const std::int64_t v = value(gen);
      rows.push_back(trade(month{y, month_of(gen)}, f, partners[pick(gen)], v));
      if (y >= 2024 && (f == trade_flow::exports || f == trade_flow::imports)) total[y - 2024] += v;
    }
    const auto t = compare<CNY>(rows, year{2025}, year{2024}, by_partner);
    REQUIRE(t.total().prior == money<CNY>{total[0]});
    REQUIRE(t.total().current == money<CNY>{total[1]});
    CHECK(sum_contributions(t)->value() == quotient::from_wide(total[1] - total[0], total[0]));
    CHECK(sum_shares(t)->value() == quotient(1));
    // The groups' rows are not a partition, but each group's row is the sum of its members' rows.
    const auto g = compare<CNY>(rows, year{2025}, year{2024}, {asean_group, central_asia_group});
    std::int64_t asean_current = 0;
    for (const auto& e : t)
      if (asean_group.as_of(std::chrono::year_month_day{std::chrono::year{2025} / 12 / 31})
              .contains(e.key, std::chrono::year{2025} / 1 / 1))
        asean_current += e.row.current.count();
    CHECK(g[asean_group].current == money<CNY>{asean_current});
  }
}

TEST_CASE("compare: two keyed tables made by sum_by, one per period") {
  const auto rows = sample();
  const auto exports_2025 = rows | where(year{2025}) | where(trade_flow::exports) | sum_by(by_partner, &record::value_cny);
  const auto exports_2024 = rows | where(year{2024}) | where(trade_flow::exports) | sum_by(by_partner, &record::value_cny);
  const auto t = compare(exports_2025, exports_2024, year{2025}, year{2024});
  STATIC_REQUIRE_FALSE(decltype(t)::overlapping);
  // By hand: 2025 exports VNM 100, TLS 10, DEU 40, no partner 6 (156); 2024 VNM 50, TLS 4 (54).
  CHECK(t.total().current == money<CNY>{156});
  CHECK(t.total().prior == money<CNY>{54});
  CHECK(t.size() == 3);
  const country de = country_from(iso_alpha3_code{"DEU"});
  CHECK(t[de].current == money<CNY>{40});
  CHECK(t[de].growth == no_base);
  CHECK(*t[de].contribution == contribution{quotient(40, 54)});
  CHECK(t.unassigned().current == money<CNY>{6});
  CHECK(*sum_contributions(t) == contribution{quotient(156 - 54, 54)});
  // The same table as compare over the records in one pass.
  const auto direct = compare<CNY>(rows, year{2025}, year{2024}, by_partner, {.measure = trade_measure::exports});
  REQUIRE(direct.size() == t.size());
  for (const auto& e : direct) CHECK(t[e.key] == e.row);
  CHECK(t.rows_without_value() == 0);
}

TEST_CASE("compare: two tables by a tuple with a period part list their rows in the tuple's order") {
  const country kaz = country_from(iso_alpha3_code{"KAZ"});
  const country usa = country_from(iso_alpha3_code{"USA"});
  REQUIRE(kaz < usa);
  using table = keyed_table<decltype(by(by_partner, by_year)), money<CNY>>;
  const auto make = [&](int y, std::int64_t v) {
    table t{by(by_partner, by_year)};
    for (const country c : {usa, kaz}) {
      record r{.period = year{y}};
      r.partner = coded_country{c, code_scheme::iso_alpha3};
      t.add(r, money<CNY>{c == kaz ? v : 2 * v});
    }
    return t;
  };
  const auto t = compare(make(2025, 30), make(2024, 10), year{2025}, year{2024});
  REQUIRE(t.size() == 4);  // the keys hold the year, so no row of one period pairs with the other's
  CHECK(t.rows()[0].key == std::tuple{kaz, year{2024}});
  CHECK(t.rows()[1].key == std::tuple{kaz, year{2025}});
  CHECK(t.rows()[2].key == std::tuple{usa, year{2024}});
  CHECK(t.rows()[3].key == std::tuple{usa, year{2025}});
  CHECK(t.rows()[1].row.current == money<CNY>{30});
  CHECK(t.rows()[2].row.prior == money<CNY>{20});
  CHECK(t.total().current == money<CNY>{90});
}

TEST_CASE("compare: pipes' by_group key counts members of each period, and says so for another basis") {
  const auto rows = sample();
  const auto key = by_group({asean_group, central_asia_group});
  CHECK_THROWS_WITH(compare<CNY>(rows, year{2025}, year{2024}, key), test::contains("pass the groups themselves"));
  const auto t = compare<CNY>(rows, year{2025}, year{2024}, key, {.membership = basis::members_each_period});
  STATIC_REQUIRE(decltype(t)::overlapping);
  const auto same = compare<CNY>(rows, year{2025}, year{2024}, {asean_group, central_asia_group},
                                 {.membership = basis::members_each_period});
  CHECK(t[asean_group] == same[asean_group]);
  CHECK(t["Central Asia"] == same[central_asia_group]);
  CHECK(t[asean_group].prior == money<CNY>{50});
  CHECK_THROWS_WITH(compare<CNY>(rows, year{2025}, year{2024}, {asean_group, asean_group}),
                    test::contains("given twice"));
}
