// Periods are calendar types: read them as sources print them, step through them, and turn the
// cumulative monthly releases of customs into single months, quarters and five-year-plan totals.
#include <tradestat/calendar/cumulative.hpp>
#include <tradestat/calendar/first_crossing.hpp>
#include <tradestat/calendar/growth_series.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/rollup.hpp>

#include <iomanip>
#include <iostream>

using namespace tradestat;

int main() {
  const ytd release = parse<ytd>("2024年1—10月");
  std::cout << release << " = " << to_string(release, {.lang = language::zh})
            << "; a year earlier: " << same_period_last_year(release)
            << "; the release before: " << previous(release) << '\n';
  const month m = parse<month>("2025年3月");
  std::cout << m << " is in " << quarter{m} << " and " << half{m} << "; " << (m - month{2024, 12}).count()
            << " months after 2024-12\n";
  std::cout << to_string(quarter{m}, {.lang = language::zh}) << ", " << to_string(half{m}, {.lang = language::zh})
            << ", " << to_string(plan{14}, {.lang = language::zh}) << " = " << parse<plan>("2021—2025年") << '\n';
  // month{2025, 3} - year{2025};        // does not compile: cannot mix period kinds
  // month{2025, 3} + year_count{1};     // does not compile: add a count of the period's own kind

  // Xinjiang's cumulative totals in 2024, tenths of 亿元 (3223.9亿元 is 32239).
  const series<ytd, long> releases{{ytd{2024, 9}, 32239}, {ytd{2024, 10}, 36279}, {ytd{2024, 11}, 40310}};
  for (const auto& [single, value] : to_single_months(releases, incomplete::drop)) {
    std::cout << single << ": " << value / 10 << '.' << value % 10 << " yi yuan\n";
  }

  // Yearly totals, tenths of 亿元: 2019, 2023 and 2025 reported; 2022 and 2024 implied by reported growth;
  // the other years illustrative, chosen to match the reported plan comparison.
  const series<year, long> trade{{year{2016}, 12960}, {year{2017}, 13984}, {year{2018}, 13626},
                                 {year{2019}, 16409}, {year{2020}, 13161}, {year{2021}, 15699},
                                 {year{2022}, 24491}, {year{2023}, 35733}, {year{2024}, 43400},
                                 {year{2025}, 52037}};
  const series<plan, long> plans = rollup<plan>(trade);
  for (const auto& [p, total] : period_on_period(plans)) {
    std::cout << p << ": " << std::fixed << std::setprecision(1) << 100 * total << " % on the "
              << p.previous().number() << "th\n";
  }
  try {
    rollup<quarter>(series<month, long>{{month{2025, 1}, 1}, {month{2025, 3}, 3}});
  } catch (const incomplete_error& e) {
    std::cout << e.what() << '\n';
  }
}
