#include <tradestat/units/rate_table.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "catch.hpp"

using namespace tradestat;
using std::chrono::year;

namespace {
// A period type of the user's own, as the calendar layer's types are: ordered, with a to_string.
struct fiscal_quarter {
  int year;
  int number;
  friend auto operator<=>(const fiscal_quarter&, const fiscal_quarter&) = default;
};
std::string to_string(const fiscal_quarter& q) {
  return std::to_string(q.year) + "Q" + std::to_string(q.number);
}

// Monthly means of the Federal Reserve's H.10 noon buying rates, copied by hand from
// cny_per_usd_monthly_2015_2025.csv in the project's reference data (a market average, not the
// customs rate).
rate_table<USD, CNY> fed_h10_2025() {
  rate_table<USD, CNY> t(rate_kind::market_average);
  t.insert(year{2025} / 1, "7.2957");
  t.insert(year{2025} / 2, "7.2734");
  t.insert(year{2025} / 3, "7.2493");
  t.insert(year{2025} / 4, "7.2968");
  t.insert(year{2025} / 11, "7.1069");
  return t;
}
}  // namespace

TEST_CASE("rate_table: answers the rate for 2025-03") {
  const auto t = fed_h10_2025();
  CHECK(t.size() == 5);
  CHECK(t.at(year{2025} / 3).rate() == quotient(72493, 10000));
  CHECK(convert(money<USD, million>{1000}, t.at(year{2025} / 3), rounding::half_up) ==
        money<CNY, million>{7249});
}

TEST_CASE("rate_table: refuses a month it lacks, naming the pair and the month") {
  const auto t = fed_h10_2025();
  CHECK_FALSE(t.contains(year{2025} / 12));
  CHECK(t.find(year{2025} / 12) == nullptr);
  CHECK_THROWS_AS(t.at(year{2025} / 12), missing_rate_error);
  CHECK_THROWS_WITH(t.at(year{2025} / 5),
                    tradestat::test::contains("no USD->CNY market average for 2025-05"));
}

TEST_CASE("rate_table: refuses a rate of another kind and a conflicting second rate") {
  auto t = fed_h10_2025();
  CHECK_THROWS_WITH(t.insert(exchange_rate<USD, CNY>("7.17", year{2025} / 5, rate_kind::customs_monthly)),
                    tradestat::test::contains("refuses a customs monthly rate for 2025-05"));
  CHECK_THROWS_WITH(t.insert(year{2025} / 3, "7.25"), tradestat::test::contains("already in the table"));
  t.insert(year{2025} / 3, "7.2493");  // the same rate again is harmless
  CHECK(t.size() == 5);
}

TEST_CASE("rate_table: daily rates are keyed by date and missing days are refused") {
  rate_table<USD, CNY, std::chrono::year_month_day> t(rate_kind::central_parity);
  t.insert(exchange_rate<USD, CNY, std::chrono::year_month_day>("7.1", year{2025} / 3 / 19,
                                                                rate_kind::central_parity));
  CHECK(t.at(year{2025} / 3 / 19).rate() == quotient(71, 10));
  CHECK_THROWS_WITH(t.at(year{2025} / 3 / 20), tradestat::test::contains("2025-03-20"));
}

TEST_CASE("rate_table: any ordered period type works and names itself in errors") {
  rate_table<USD, CNY, fiscal_quarter> t(rate_kind::market_average);
  t.insert(fiscal_quarter{2025, 1}, "7.27");
  CHECK(t.at(fiscal_quarter{2025, 1}).rate() == quotient(727, 100));
  CHECK_THROWS_WITH(t.at(fiscal_quarter{2025, 2}), tradestat::test::contains("for 2025Q2"));
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
    const unsigned m = static_cast<unsigned>(std::stoi(line.substr(5, 2)));
    t.insert(year{y} / std::chrono::month{m}, line.substr(comma + 1, second - comma - 1));
  }
  CHECK(t.at(year{2015} / 1).rate() == quotient(62181, 10000));
  CHECK(t.at(year{2025} / 3).rate() == quotient(72493, 10000));
  CHECK_THROWS_AS(t.at(year{2025} / 12), missing_rate_error);  // the file stops at November 2025
}
