#include <tradestat/units/rate_table.hpp>
#include <tradestat/calendar/chrono.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "catch.hpp"

using namespace tradestat;

namespace {

// Monthly means of the Federal Reserve's H.10 noon buying rates, copied by hand from
// cny_per_usd_monthly_2015_2025.csv in the project's reference data (a market average, not the
// customs rate).
rate_table<USD, CNY> fed_h10_2025() {
  rate_table<USD, CNY> t(rate_kind::market_average);
  t.insert(month{2025, 1}, "7.2957");
  t.insert(month{2025, 2}, "7.2734");
  t.insert(month{2025, 3}, "7.2493");
  t.insert(month{2025, 4}, "7.2968");
  t.insert(month{2025, 11}, "7.1069");
  return t;
}
}  // namespace

TEST_CASE("rate_table: answers the rate for 2025-03") {
  const auto t = fed_h10_2025();
  CHECK(t.size() == 5);
  CHECK(t.at(month{2025, 3}).rate() == quotient(72493, 10000));
  CHECK(convert(money<USD, million>{1000}, t.at(month{2025, 3}), rounding::half_up) ==
        money<CNY, million>{7249});
}

TEST_CASE("rate_table: refuses a month it lacks, naming the pair and the month") {
  const auto t = fed_h10_2025();
  CHECK_FALSE(t.contains(month{2025, 12}));
  CHECK(t.find(month{2025, 12}) == nullptr);
  CHECK_THROWS_AS(t.at(month{2025, 12}), missing_rate_error);
  CHECK_THROWS_WITH(t.at(month{2025, 5}),
                    tradestat::test::contains("no USD->CNY market average for 2025-05"));
}

TEST_CASE("rate_table: refuses a rate of another kind and a conflicting second rate") {
  auto t = fed_h10_2025();
  CHECK_THROWS_WITH(t.insert(exchange_rate<USD, CNY>("7.17", month{2025, 5}, rate_kind::customs_monthly)),
                    tradestat::test::contains("refuses a customs monthly rate for 2025-05"));
  CHECK_THROWS_WITH(t.insert(month{2025, 3}, "7.25"), tradestat::test::contains("already in the table"));
  t.insert(month{2025, 3}, "7.2493");  // the same rate again is harmless
  CHECK(t.size() == 5);
}

TEST_CASE("rate_table: daily rates are keyed by date and missing days are refused") {
  rate_table<USD, CNY, date> t(rate_kind::central_parity);
  t.insert(exchange_rate<USD, CNY, date>("7.1", date{2025, 3, 19}, rate_kind::central_parity));
  CHECK(t.at(date{2025, 3, 19}).rate() == quotient(71, 10));
  // A std::chrono::year_month_day converts to the key (calendar/chrono.hpp).
  CHECK(t.at(std::chrono::year{2025} / 3 / 19).rate() == quotient(71, 10));
  CHECK_THROWS_WITH(t.at(std::chrono::year{2025} / 3 / 20), tradestat::test::contains("2025-03-20"));
}

TEST_CASE("rate_table: the library's other periods key tables too and name themselves in errors") {
  rate_table<USD, CNY, quarter> t(rate_kind::market_average);
  t.insert(quarter{2025, 1}, "7.27");
  CHECK(t.at(quarter{2025, 1}).rate() == quotient(727, 100));
  CHECK_THROWS_WITH(t.at(quarter{2025, 2}), tradestat::test::contains("for 2025Q2"));
  rate_table<USD, CNY, year> annual(rate_kind::market_average);
  annual.insert(year{2024}, "7.1217");
  CHECK(annual.at(year{2024}).rate() == quotient(71217, 10000));
  CHECK_THROWS_AS(annual.at(year{2025}), missing_rate_error);
}

TEST_CASE("rate_table: a missing rate is a tradestat::error of kind missing_rate") {
  const auto t = fed_h10_2025();
  try {
    (void)t.at(month{2025, 12});
    FAIL("no error");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::missing_rate);
  }
  auto u = fed_h10_2025();
  try {
    u.insert(month{2025, 3}, "7.25");
    FAIL("no error");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::invalid_argument);
  }
}

TEST_CASE("rate_table: the reference file's months load when it is present") {
  const std::string path =
      std::string(TRADESTAT_SOURCE_DIR) + "/../shared/reference/data/cny_per_usd_monthly_2015_2025.csv";
  std::ifstream in(path);
  if (!in) {
    SUCCEED("skipped: reference file " + path + " is absent");
    std::printf("skipped: reference file %s is absent\n", path.c_str());
    return;
  }
  rate_table<USD, CNY> t(rate_kind::market_average);
  std::string line;
  std::getline(in, line);  // header: month,cny_per_usd,n_daily_obs,method
  while (std::getline(in, line)) {
    const auto comma = line.find(',');
    const auto second = line.find(',', comma + 1);
    const int y = std::stoi(line.substr(0, 4));
    const int m = std::stoi(line.substr(5, 2));
    t.insert(month{y, m}, line.substr(comma + 1, second - comma - 1));
  }
  CHECK(t.at(month{2015, 1}).rate() == quotient(62181, 10000));
  CHECK(t.at(month{2025, 3}).rate() == quotient(72493, 10000));
  CHECK_THROWS_AS(t.at(month{2025, 12}), missing_rate_error);  // the file stops at November 2025
}

TEST_CASE("rate_table: rates inserted in any order are found and iterate in period order") {
  rate_table<USD, CNY> t(rate_kind::customs_monthly);
  t.insert(month{2025, 11}, "7.1069");
  t.insert(month{2025, 2}, "7.2734");
  t.insert(month{2024, 12}, "7.1884");
  t.insert(month{2025, 3}, "7.2493");
  CHECK(t.size() == 4);
  CHECK(t.at(month{2024, 12}) == exchange_rate<USD, CNY>("7.1884", month{2024, 12}, rate_kind::customs_monthly));
  CHECK(t.contains(month{2025, 11}));
  CHECK_FALSE(t.contains(month{2025, 1}));
  CHECK(t.find(month{2025, 4}) == nullptr);
  std::string order;
  for (const auto& [period, rate] : t) order += to_string(period) + " ";
  CHECK(order == "2024-12 2025-02 2025-03 2025-11 ");
}
