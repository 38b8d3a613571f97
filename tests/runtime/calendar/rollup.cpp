#include <tradestat/calendar/rollup.hpp>

#include <cmath>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace
using tradestat::test::contains;

namespace {

// A test-local amount in tenths of 亿元 (10^7 yuan): it adds, and nothing else.
struct yi_tenths {
  long tenths;
  friend yi_tenths operator+(yi_tenths a, yi_tenths b) { return yi_tenths{a.tenths + b.tenths}; }
  friend bool operator==(yi_tenths, yi_tenths) = default;
};

series<month, long> year_2025_monthly() {
  series<month, long> s;
  for (int m = 1; m <= 12; ++m) s.insert(month{2025, m}, m * 10L);  // 10, 20, ..., 120
  return s;
}

}  // namespace

TEST_CASE("rollup: months roll up into quarters, halves and the year") {
  const auto monthly = year_2025_monthly();
  // Q1 = 10+20+30, Q2 = 40+50+60, Q3 = 70+80+90, Q4 = 100+110+120
  CHECK(rollup<quarter>(monthly) == series<quarter, long>{{quarter{2025, 1}, 60},
                                                          {quarter{2025, 2}, 150},
                                                          {quarter{2025, 3}, 240},
                                                          {quarter{2025, 4}, 330}});
  CHECK(rollup<half>(monthly) == series<half, long>{{half{2025, 1}, 210}, {half{2025, 2}, 570}});
  CHECK(rollup<year>(monthly) == series<year, long>{{year{2025}, 780}});
}

TEST_CASE("rollup: quarters roll up into halves and halves into years, step by step") {
  const auto quarters = rollup<quarter>(year_2025_monthly());
  CHECK(rollup<half>(quarters) == series<half, long>{{half{2025, 1}, 210}, {half{2025, 2}, 570}});
  CHECK(rollup<year>(rollup<half>(quarters)) == series<year, long>{{year{2025}, 780}});
}

TEST_CASE("rollup: a quarter with a month missing is refused unless a policy says how") {
  series<month, long> s{{month{2025, 1}, 10},
                        {month{2025, 3}, 30},
                        {month{2025, 4}, 40},
                        {month{2025, 5}, 50},
                        {month{2025, 6}, 60}};
  CHECK_THROWS_AS(rollup<quarter>(s), incomplete_error);
  CHECK(kind_thrown([&] { (void)rollup<quarter>(s); }) == error_kind::incomplete);
  CHECK_THROWS_WITH(rollup<quarter>(s),
                    "cannot roll up 2025Q1: 2025-02 is missing (pass incomplete::drop or "
                    "incomplete::sum_available to say how)");
  CHECK(rollup<quarter>(s, incomplete::drop) == series<quarter, long>{{quarter{2025, 2}, 150}});
  CHECK(rollup<quarter>(s, incomplete::sum_available) ==
        series<quarter, long>{{quarter{2025, 1}, 40}, {quarter{2025, 2}, 150}});
  CHECK_THROWS_WITH(rollup<year>(s),
                    contains("2025-02, 2025-07, 2025-08, 2025-09, 2025-10, 2025-11, 2025-12 are missing"));
}

TEST_CASE("rollup: years roll up into five-year plans, and years in no plan are refused") {
  const series<year, long> s{{year{2016}, 1}, {year{2017}, 2}, {year{2018}, 3}, {year{2019}, 4},
                             {year{2020}, 5}, {year{2021}, 6}, {year{2022}, 7}, {year{2023}, 8},
                             {year{2024}, 9}, {year{2025}, 10}};
  CHECK(rollup<plan>(s) == series<plan, long>{{plan{13}, 15}, {plan{14}, 40}});
  const series<year, long> with_1964{{year{1964}, 1}, {year{1966}, 2}};
  CHECK_THROWS_WITH(rollup<plan>(with_1964),
                    contains("cannot roll up 1964: it belongs to no five-year plan"));
  CHECK(rollup<plan>(with_1964, incomplete::sum_available) == series<plan, long>{{plan{3}, 2}});
}

TEST_CASE("rollup: the 14th plan's total compared with the 13th's reproduces +144.3 %") {
  // 亿元 in tenths. Reported: 2019 1640.9, 2023 3573.3, 2025 5203.7; implied by reported growth:
  // 2022 2449.1 (3573.3 / 1.459), 2024 4340.0 (5203.7 / 1.199). The other years are illustrative values
  // (not published figures) chosen so that the totals match "over 1.71 trillion, +144.3 %".
  const series<year, yi_tenths> trade{{year{2016}, {12960}}, {year{2017}, {13984}}, {year{2018}, {13626}},
                                      {year{2019}, {16409}}, {year{2020}, {13161}}, {year{2021}, {15699}},
                                      {year{2022}, {24491}}, {year{2023}, {35733}}, {year{2024}, {43400}},
                                      {year{2025}, {52037}}};
  const yi_tenths plan14 = sum_over(trade, plan{14});
  const yi_tenths plan13 = sum_over(trade, plan{14}.previous());
  CHECK(plan14 == yi_tenths{171360});  // 15699 + 24491 + 35733 + 43400 + 52037
  CHECK(plan13 == yi_tenths{70140});   // 12960 + 13984 + 13626 + 16409 + 13161
  // 171360 / 70140 = 2.44311..., i.e. +144.3 %
  CHECK(std::abs(static_cast<double>(plan14.tenths) / static_cast<double>(plan13.tenths) - 1.0 - 1.44311) <
        0.00001);
  CHECK(sum_over(trade, span{year{2016}, year{2020}}) == plan13);
}

TEST_CASE("rollup: sum_over refuses a missing part, a period not made of whole parts, and drop") {
  const series<year, long> s{{year{2021}, 1}, {year{2023}, 3}};
  CHECK_THROWS_WITH(
      sum_over(s, span{year{2021}, year{2023}}),
      "cannot total 2021-2023: 2022 is missing (pass incomplete::sum_available for a partial total)");
  CHECK(sum_over(s, span{year{2021}, year{2023}}, incomplete::sum_available) == 4);
  CHECK_THROWS_WITH(sum_over(s, span{year{2024}, year{2025}}, incomplete::sum_available),
                    "cannot total 2024-2025: the series has no value in it");
  CHECK(kind_thrown([&] { (void)sum_over(s, plan{14}, incomplete::drop); }) == error_kind::invalid_argument);
  const series<quarter, long> q{{quarter{2025, 1}, 1}, {quarter{2025, 2}, 2}};
  CHECK(sum_over(q, ytd{2025, 6}) == 3);
  CHECK_THROWS_WITH(sum_over(q, ytd{2025, 5}), "2025 Jan-May is not made of whole quarters");
}

TEST_CASE("rollup: complete and incomplete years in one series are each treated by the policy") {
  series<month, long> s;
  for (int m = 2; m <= 12; ++m) s.append(month{2024, m}, 1);  // 2024 lacks January
  for (int m = 1; m <= 12; ++m) s.append(month{2025, m}, 2);  // 2025 is complete
  s.append(month{2026, 1}, 5);                                // 2026 has January only
  CHECK(rollup<year>(s, incomplete::drop) == series<year, long>{{year{2025}, 24}});
  CHECK(rollup<year>(s, incomplete::sum_available) ==
        series<year, long>{{year{2024}, 11}, {year{2025}, 24}, {year{2026}, 5}});
  CHECK_THROWS_WITH(rollup<year>(s), contains("cannot roll up 2024: 2024-01 is missing"));
  CHECK(rollup<half>(s, incomplete::drop) ==
        series<half, long>{{half{2024, 2}, 6}, {half{2025, 1}, 12}, {half{2025, 2}, 12}});
}
