#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/chrono.hpp>

#include <map>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace
namespace chr = std::chrono;

TEST_CASE("period: a month converts to and from std::chrono::year_month without loss") {
  const chr::year_month ym = month{2025, 3};
  CHECK(ym == chr::year{2025} / chr::March);
  const month back = ym;
  CHECK(back == month{2025, 3});
  CHECK(month{chr::year{2024} / chr::December} == month{2024, 12});
}

TEST_CASE("period: a month keys a table indexed by std::chrono::year_month") {
  std::map<chr::year_month, double> rates{{chr::year{2025} / chr::March, 7.17}};
  CHECK(rates.at(month{2025, 3}) == 7.17);
}

TEST_CASE("period: invalid months and years are refused with a message") {
  CHECK_THROWS_WITH(month(2025, 13), "month number 13 is not in 1..12");
  CHECK_THROWS_WITH(month(2025, 0), "month number 0 is not in 1..12");
  CHECK_THROWS_WITH(quarter(2025, 5), "quarter number 5 is not in 1..4");
  CHECK_THROWS_WITH(half(2025, 3), "half number 3 is not in 1..2");
  CHECK_THROWS_WITH(year(0), "year 0 is outside the supported years 1..9999");
  CHECK_THROWS_WITH(year(10000), "year 10000 is outside the supported years 1..9999");
  CHECK_THROWS_WITH(month(chr::year{2025} / chr::month{13}),
                    "std::chrono::year_month is not a valid month (ok() is false)");
  CHECK(kind_thrown([] { (void)(year{9999} + year_count{1}); }) == error_kind::invalid_argument);
  CHECK(kind_thrown([] { (void)(month(1, 1) - month_count{1}); }) == error_kind::invalid_argument);
  CHECK(kind_thrown([] { (void)month(2025, 13); }) == error_kind::invalid_argument);
}

TEST_CASE("period: adding months crosses year ends") {
  CHECK(month{2025, 11} + month_count{2} == month{2026, 1});
  CHECK(month{2025, 1} - month_count{1} == month{2024, 12});
  CHECK(month{2025, 3} - month_count{27} == month{2022, 12});
  CHECK(quarter{2025, 4} + quarter_count{1} == quarter{2026, 1});
  CHECK(half{2025, 1} - half_count{1} == half{2024, 2});
  CHECK(year{2020} + year_count{5} == year{2025});
  month m{2025, 12};
  m += month_count{1};
  CHECK(m == month{2026, 1});
  m -= month_count{13};
  CHECK(m == month{2024, 12});
}

TEST_CASE("period: subtracting two periods of one kind gives a typed count") {
  CHECK(month{2025, 11} - month{2025, 1} == month_count{10});
  CHECK(month{2025, 1} - month{2024, 2} == month_count{11});
  CHECK(quarter{2025, 1} - quarter{2023, 3} == quarter_count{6});
  CHECK(half{2025, 2} - half{2025, 1} == half_count{1});
  CHECK(year{2016} - year{2025} == year_count{-9});
  CHECK(ytd{2025, 11} - ytd{2024, 11} == month_count{12});
}

TEST_CASE("period: leap years give February 29 days, and month ends are right") {
  CHECK(month{2024, 2}.days() == 29);
  CHECK(month{2025, 2}.days() == 28);
  CHECK(month{2000, 2}.days() == 29);  // divisible by 400
  CHECK(month{1900, 2}.days() == 28);  // divisible by 100, not by 400
  CHECK(month{2025, 4}.days() == 30);
  CHECK(month{2025, 12}.days() == 31);
  CHECK(month{2024, 2}.last_day() == chr::year{2024} / chr::February / 29);
  CHECK(month{2025, 2}.last_day() == chr::year{2025} / chr::February / 28);
  CHECK(month{2025, 6}.first_day() == chr::year{2025} / chr::June / 1);
  CHECK(year{2024}.is_leap());
  CHECK_FALSE(year{2100}.is_leap());
}

TEST_CASE("period: a finer period converts to the coarser period that encloses it") {
  CHECK(quarter{month{2025, 3}} == quarter{2025, 1});
  CHECK(quarter{month{2025, 4}} == quarter{2025, 2});
  CHECK(half{month{2025, 6}} == half{2025, 1});
  CHECK(half{month{2025, 7}} == half{2025, 2});
  CHECK(half{quarter{2025, 3}} == half{2025, 2});
  CHECK(year{month{2025, 12}} == year{2025});
  CHECK(year{quarter{2024, 4}} == year{2024});
  CHECK(year{half{2023, 1}} == year{2023});
  CHECK(year{ytd{2025, 11}} == year{2025});
}

TEST_CASE("period: each period knows its first and last month") {
  CHECK(quarter{2025, 2}.first_month() == month{2025, 4});
  CHECK(quarter{2025, 2}.last_month() == month{2025, 6});
  CHECK(half{2025, 2}.first_month() == month{2025, 7});
  CHECK(half{2025, 2}.last_month() == month{2025, 12});
  CHECK(year{2025}.first_month() == month{2025, 1});
  CHECK(year{2025}.last_month() == month{2025, 12});
  CHECK(ytd{2025, 11}.first_month() == month{2025, 1});
  CHECK(ytd{2025, 11}.last_month() == month{2025, 11});
  CHECK(ytd{2025, 11}.length() == 11);
  CHECK(ytd{month{2024, 7}} == ytd{2024, 7});
}

TEST_CASE("period: previous and next step one period of the same kind") {
  CHECK(previous(month{2025, 1}) == month{2024, 12});
  CHECK(next(month{2025, 12}) == month{2026, 1});
  CHECK(previous(quarter{2025, 1}) == quarter{2024, 4});
  CHECK(next(half{2025, 2}) == half{2026, 1});
  CHECK(previous(year{2025}) == year{2024});
  // A year to date steps like the monthly releases: 1-11月 follows 1-10月, and 1月 follows last year's
  // 1-12月.
  CHECK(previous(ytd{2025, 11}) == ytd{2025, 10});
  CHECK(previous(ytd{2025, 1}) == ytd{2024, 12});
  CHECK(next(ytd{2024, 12}) == ytd{2025, 1});
}

TEST_CASE("period: the same period last year exists for every fixed kind and for a year to date") {
  CHECK(same_period_last_year(month{2025, 3}) == month{2024, 3});
  CHECK(same_period_last_year(quarter{2025, 1}) == quarter{2024, 1});
  CHECK(same_period_last_year(half{2025, 2}) == half{2024, 2});
  CHECK(same_period_last_year(year{2025}) == year{2024});
  CHECK(same_period_last_year(ytd{2025, 11}) == ytd{2024, 11});
  CHECK(same_period_last_year(ytd{2024, 2}) == ytd{2023, 2});
}

TEST_CASE("period: contains checks that every month of the fine period lies in the coarse one") {
  CHECK(contains(year{2025}, month{2025, 12}));
  CHECK_FALSE(contains(year{2025}, month{2026, 1}));
  CHECK(contains(quarter{2025, 2}, month{2025, 5}));
  CHECK(contains(half{2025, 1}, quarter{2025, 2}));
  CHECK_FALSE(contains(half{2025, 1}, quarter{2025, 3}));
  CHECK(contains(ytd{2025, 6}, quarter{2025, 2}));
  CHECK_FALSE(contains(ytd{2025, 5}, quarter{2025, 2}));
  CHECK(contains(year{2025}, ytd{2025, 11}));
  CHECK(contains(ytd{2025, 12}, year{2025}));  // 1-12月 is the whole year
  CHECK(contains(month{2025, 3}, month{2025, 3}));
}

TEST_CASE("period: periods of one kind are ordered in time") {
  CHECK(month{2024, 12} < month{2025, 1});
  CHECK(quarter{2025, 1} < quarter{2025, 2});
  CHECK(ytd{2024, 12} < ytd{2025, 1});
  CHECK(ytd{2025, 2} < ytd{2025, 3});
  CHECK(month{2025, 3} == chr::year{2025} / chr::March);
  CHECK(month{2025, 3} < chr::year{2025} / chr::April);
}
