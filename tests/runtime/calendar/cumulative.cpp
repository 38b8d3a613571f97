#include <tradestat/calendar/cumulative.hpp>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace
using tradestat::test::contains;

namespace {

// A test-local amount in tenths of 亿元: adds and subtracts, nothing else.
struct yi_tenths_with_difference {
  long tenths;
  friend yi_tenths_with_difference operator+(yi_tenths_with_difference a, yi_tenths_with_difference b) {
    return yi_tenths_with_difference{a.tenths + b.tenths};
  }
  friend yi_tenths_with_difference operator-(yi_tenths_with_difference a, yi_tenths_with_difference b) {
    return yi_tenths_with_difference{a.tenths - b.tenths};
  }
  friend bool operator==(yi_tenths_with_difference, yi_tenths_with_difference) = default;
};

}  // namespace

TEST_CASE("cumulative: Xinjiang's 2024 cumulative releases give the single months they can") {
  // Reported 2024 totals (亿元): 1-2月 636.9, 1-7月 2533, 1-9月 3223.9, 1-10月 3627.9, 1-11月 4031.
  const series<ytd, yi_tenths_with_difference> releases{{ytd{2024, 2}, {6369}},
                                                        {ytd{2024, 7}, {25330}},
                                                        {ytd{2024, 9}, {32239}},
                                                        {ytd{2024, 10}, {36279}},
                                                        {ytd{2024, 11}, {40310}}};
  // October = 3627.9 - 3223.9 = 404.0; November = 4031 - 3627.9 = 403.1
  CHECK(to_single_months(releases, incomplete::drop) ==
        series<month, yi_tenths_with_difference>{{month{2024, 10}, {4040}}, {month{2024, 11}, {4031}}});
  // January and February are published together (1-2月): February alone cannot be derived.
  CHECK_THROWS_WITH(to_single_months(releases),
                    "cannot derive 2024-02 from 2024 Jan-Feb: 2024 Jan-Jan is missing "
                    "(pass incomplete::drop to leave such months out)");
  CHECK(kind_thrown([&] { (void)to_single_months(releases, incomplete::sum_available); }) ==
        error_kind::invalid_argument);
}

TEST_CASE("cumulative: the full year's release less 1-11月 gives December") {
  // Reported: 2023 total 3573.3 with December alone 374.3, so 1-11月 2023 was 3199.0.
  const series<ytd, long> s{{ytd{2023, 11}, 31990}, {ytd{2023, 12}, 35733}};
  CHECK(to_single_months(s, incomplete::drop) == series<month, long>{{month{2023, 12}, 3743}});
}

TEST_CASE("cumulative: single months cumulate within each year and restart in January") {
  const series<month, long> monthly{{month{2024, 11}, 7},
                                    {month{2024, 12}, 8},
                                    {month{2025, 1}, 10},
                                    {month{2025, 2}, 20},
                                    {month{2025, 3}, 30}};
  CHECK_THROWS_WITH(to_cumulative(monthly), contains("cannot cumulate 2024-11: 2024-01 is missing"));
  const series<month, long> from_january{
      {month{2025, 1}, 10}, {month{2025, 2}, 20}, {month{2025, 3}, 30}, {month{2026, 1}, 5}};
  CHECK(to_cumulative(from_january) ==
        series<ytd, long>{{ytd{2025, 1}, 10}, {ytd{2025, 2}, 30}, {ytd{2025, 3}, 60}, {ytd{2026, 1}, 5}});
}

TEST_CASE("cumulative: monthly to cumulative and back returns the months") {
  const series<month, yi_tenths_with_difference> monthly{
      {month{2025, 1}, {3000}}, {month{2025, 2}, {3500}}, {month{2025, 3}, {4100}}};
  CHECK(to_single_months(to_cumulative(monthly)) == monthly);
}

TEST_CASE("cumulative: a missing month stops the year's totals or is summed around, as the policy says") {
  const series<month, long> gap{{month{2025, 1}, 10}, {month{2025, 2}, 20}, {month{2025, 4}, 40}};
  CHECK_THROWS_WITH(to_cumulative(gap),
                    "cannot cumulate 2025-04: 2025-03 is missing "
                    "(pass incomplete::drop or incomplete::sum_available to say how)");
  CHECK(to_cumulative(gap, incomplete::drop) == series<ytd, long>{{ytd{2025, 1}, 10}, {ytd{2025, 2}, 30}});
  CHECK(to_cumulative(gap, incomplete::sum_available) ==
        series<ytd, long>{{ytd{2025, 1}, 10}, {ytd{2025, 2}, 30}, {ytd{2025, 4}, 70}});
}
