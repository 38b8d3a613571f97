#include <tradestat/analysis/indicators.hpp>
#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>

#include <cstdint>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {
using yuan_yi = money<CNY, yi>;
// An annual series shaped like Xinjiang's (亿元): 2016–2020 sum to 7,000, 2021–2025 to 17,100.
series<year, yuan_yi> xinjiang_like() {
  series<year, yuan_yi> s;
  const std::int64_t values[] = {1200, 1300, 1400, 1640, 1460, 1560, 2000, 3573, 4340, 5627};
  for (int i = 0; i < 10; ++i) s.append(year{2016 + i}, yuan_yi{values[i]});
  return s;
}
}  // namespace

TEST_CASE("indicators: the 14th plan against the 13th, with both totals and the growth") {
  const auto c = plan_comparison_of(xinjiang_like(), plan{14});
  CHECK(c.current_plan == plan{14});
  CHECK(c.prior_plan == plan{13});
  CHECK(c.current_total == yuan_yi{17100});  // 1560 + 2000 + 3573 + 4340 + 5627
  CHECK(c.prior_total == yuan_yi{7000});     // 1200 + 1300 + 1400 + 1640 + 1460
  CHECK(*c.growth == growth{quotient(10100, 7000)});
  CHECK(to_string(*c.growth) == "144.3 %");  // the report's "+144.3 % on 2016-2020"
}

TEST_CASE("indicators: a plan total never silently misses a year") {
  auto s = xinjiang_like();
  series<year, yuan_yi> holes;
  for (const auto& [p, v] : s)
    if (p != year{2018} && p != year{2019}) holes.append(p, v);
  CHECK_THROWS_AS(plan_comparison_of(holes, plan{14}), incomplete_error);
  CHECK_THROWS_WITH(plan_comparison_of(holes, plan{14}), test::contains("2018, 2019"));
  series<year, yuan_yi> zero_before;
  for (int y = 2016; y <= 2025; ++y) zero_before.append(year{y}, yuan_yi{y <= 2020 ? 0 : 1});
  CHECK(plan_comparison_of(zero_before, plan{14}).growth == no_base);
}

TEST_CASE("indicators: CAGR from a series, over a span of years and over a plan") {
  const series<year, yuan_yi> s{{year{2020}, yuan_yi{100}}, {year{2022}, yuan_yi{121}}, {year{2025}, yuan_yi{243}}};
  CHECK(cagr(s, year{2020}, year{2022}).lower == growth{quotient(1, 10)});
  CHECK(cagr(s, year{2020}, year{2022}).exact());
  // Over the 14th plan: from 2020 to 2025, five years: (243/100)^(1/5) - 1 = 0.19432... (2.43^0.2 = 1.194321...)
  const cagr_bounds p = cagr(s, plan{14});
  CHECK(p.lower.value() > quotient(1943, 10000));
  CHECK(p.upper.value() < quotient(1944, 10000));
  CHECK(cagr(s, span{year{2021}, year{2025}}).lower == p.lower);
  CHECK_THROWS_WITH(cagr(s, year{2022}, year{2020}), test::contains("earlier year to a later one"));
  CHECK_THROWS_WITH(cagr(s, year{2019}, year{2025}), test::contains("2019"));
}

TEST_CASE("indicators: the first year a share reaches a threshold, from shares or from cells") {
  // ASEAN's share of Xinjiang's trade: 7.8 % in 2024, 12.9 % in 2025 ("above 10 % for the first time").
  const series<year, share> shares{{year{2023}, share{quotient(61, 1000)}},
                                   {year{2024}, share{quotient(3397, 43405)}},
                                   {year{2025}, share{quotient(6737, 52037)}}};
  CHECK(first_crossing(shares, share{quotient(1, 10)}) == year{2025});
  CHECK(first_crossing(shares, share{quotient(1, 2)}) == std::nullopt);
  const series<year, share_cell> cells{{year{2023}, share_cell{share{quotient(61, 1000)}}},
                                       {year{2024}, share_cell{share{quotient(3397, 43405)}}},
                                       {year{2025}, share_cell{share{quotient(6737, 52037)}}}};
  CHECK(first_crossing(cells, share{quotient(1, 10)}) == year{2025});
  // A year without a base before the crossing leaves the claim undecided.
  const series<year, share_cell> hole{{year{2023}, share_cell{share{quotient(61, 1000)}}},
                                      {year{2024}, share_cell{}},
                                      {year{2025}, share_cell{share{quotient(6737, 52037)}}}};
  CHECK_THROWS_AS(first_crossing(hole, share{quotient(1, 10)}), incomplete_error);
  CHECK_THROWS_WITH(first_crossing(hole, share{quotient(1, 10)}), test::contains("2024 has no base"));
  // After the crossing, a year without a base does not matter.
  const series<year, share_cell> after{{year{2024}, share_cell{share{quotient(3, 10)}}}, {year{2025}, share_cell{}}};
  CHECK(first_crossing(after, share{quotient(1, 10)}) == year{2024});
}

namespace {
record trade(record_period p, trade_flow f, const char* iso3, std::int64_t yuan) {
  record r{.period = p, .flow = f};
  r.partner = coded_country{country_from(iso_alpha3_code{iso3}), code_scheme::iso_alpha3};
  r.value_cny = money<CNY>{yuan};
  r.mode = trade_mode{iso3[0] == 'K' ? 19 : 10};
  return r;
}
}  // namespace

TEST_CASE("indicators: a share series from records, and the first year it crosses a threshold") {
  // ASEAN (Vietnam, Timor-Leste) against the rest (Kazakhstan, by border trade, mode 19), 2022-2025.
  const std::vector<record> rows{
      trade(month{2022, 5}, trade_flow::exports, "VNM", 5), trade(month{2022, 5}, trade_flow::exports, "KAZ", 95),
      trade(month{2023, 5}, trade_flow::exports, "VNM", 8), trade(year{2023}, trade_flow::imports, "KAZ", 92),
      trade(month{2024, 5}, trade_flow::exports, "VNM", 7), trade(month{2024, 5}, trade_flow::imports, "TLS", 2),
      trade(month{2024, 5}, trade_flow::exports, "KAZ", 91), trade(month{2025, 3}, trade_flow::exports, "VNM", 12),
      trade(month{2025, 3}, trade_flow::exports, "KAZ", 88), trade(month{2025, 8}, trade_flow::re_exports, "KAZ", 500)};
  const auto s = share_series<CNY>(rows, span{year{2022}, year{2026}}, groups::asean());
  // By hand: 5/100, 8/100, (7+2)/100 (Timor-Leste counted on the basis of 2026-12-31), 12/100; 2026 has no trade.
  REQUIRE(s.size() == 5);
  CHECK(s.at(year{2022}) == share{quotient(5, 100)});
  CHECK(s.at(year{2023}) == share{quotient(8, 100)});
  CHECK(s.at(year{2024}) == share{quotient(9, 100)});
  CHECK(s.at(year{2025}) == share{quotient(12, 100)});
  CHECK(s.at(year{2026}) == no_base);
  CHECK(first_crossing(s, share{quotient(1, 10)}) == year{2025});
  // Members of each period: Timor-Leste was not ASEAN in 2024.
  const auto each = share_series<CNY>(rows, span{year{2022}, year{2025}}, groups::asean(), {.membership = basis::members_each_period});
  CHECK(each.at(year{2024}) == share{quotient(7, 100)});
  // A key's share: border trade (mode 19) of exports.
  const auto border = share_series<CNY>(rows, span{year{2024}, year{2025}}, by_mode, trade_mode{19}, {.measure = trade_measure::exports});
  CHECK(border.at(year{2024}) == share{quotient(91, 98)});
  CHECK(border.at(year{2025}) == share{quotient(88, 100)});
  // By month, a yearly record cannot be split.
  CHECK_THROWS_AS(share_series<CNY>(rows, span{month{2023, 1}, month{2023, 12}}, groups::asean()), error);
}
