#include <tradestat/calendar/growth_series.hpp>
#include <tradestat/calendar/plan.hpp>

#include <cmath>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace
using tradestat::test::contains;

namespace {

// A test-local amount that converts to double only explicitly.
struct yi_tenths_as_double {
  long tenths;
  explicit operator double() const { return static_cast<double>(tenths); }
};

}  // namespace

TEST_CASE("growth_series: year on year compares a year to date with the same months a year earlier") {
  // Reported 亿元: 1-2月 2023 444, 1-2月 2024 636.9; 1-9月 2023 2528.4, 1-9月 2024 3223.9.
  const series<ytd, yi_tenths_as_double> s{
      {ytd{2023, 2}, {4440}}, {ytd{2023, 9}, {25284}}, {ytd{2024, 2}, {6369}}, {ytd{2024, 9}, {32239}}};
  const auto g = year_on_year(s);
  REQUIRE(g.size() == 2);
  // 6369 / 4440 - 1 = 0.43446; 32239 / 25284 - 1 = 0.27508. (Customs published +51.4 % and +29 %:
  // official growth uses the revised prior year.)
  CHECK(std::abs(g.at(ytd{2024, 2}) - 0.43446) < 0.00001);
  CHECK(std::abs(g.at(ytd{2024, 9}) - 0.27508) < 0.00001);
  CHECK_FALSE(g.contains(ytd{2023, 2}));
}

TEST_CASE("growth_series: period on period compares each period with the one before") {
  const series<month, long> s{{month{2024, 12}, 200}, {month{2025, 1}, 150}, {month{2025, 3}, 300}};
  const auto g = period_on_period(s);
  REQUIRE(g.size() == 1);                // 2025-03 has no 2025-02 to compare with
  CHECK(g.at(month{2025, 1}) == -0.25);  // 150 / 200 - 1, exact in binary
}

TEST_CASE("growth_series: a plan's growth on the previous plan comes from period on period") {
  const series<plan, long> s{{plan{13}, 70140}, {plan{14}, 171360}};
  CHECK(std::abs(period_on_period(s).at(plan{14}) - 1.44311) < 0.00001);
}

TEST_CASE("growth_series: a custom change function gives its own result type") {
  const series<year, long> s{{year{2024}, 43400}, {year{2025}, 52037}};
  const auto diff = year_on_year(s, [](long from, long to) { return to - from; });
  CHECK(diff.at(year{2025}) == 8637);
}

TEST_CASE("growth_series: growth from a zero base names the periods") {
  const series<year, long> s{{year{2024}, 0}, {year{2025}, 5}};
  CHECK_THROWS_WITH(year_on_year(s), "2025 against 2024: growth from a zero base is undefined");
  CHECK(kind_thrown([&] { (void)year_on_year(s); }) == error_kind::division_by_zero);
}

TEST_CASE("growth_series: growth between two periods of a series compares their values") {
  // 2020 4340, 2025 5208: 5208 / 4340 - 1 = 0.2 (both exact in binary to well within 1e-12).
  const series<year, long> s{{year{2020}, 4340}, {year{2023}, 4800}, {year{2025}, 5208}};
  CHECK(std::abs(growth_between(s, year{2020}, year{2025}) - 0.2) < 1e-12);
  CHECK(growth_between(s, year{2020}, year{2023}, [](long from, long to) { return to - from; }) == 460);
  CHECK_THROWS_WITH(growth_between(s, year{2020}, year{2024}), "the series has no value for 2024");
}

TEST_CASE("growth_series: growth between periods from a zero base names the periods") {
  const series<year, long> s{{year{2024}, 0}, {year{2025}, 5}};
  CHECK_THROWS_WITH(growth_between(s, year{2024}, year{2025}),
                    "2025 against 2024: growth from a zero base is undefined");
}
