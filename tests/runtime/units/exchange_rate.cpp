#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/calendar/chrono.hpp>
#include <tradestat/calendar/period.hpp>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("exchange_rate: a decimal rate is held exactly with its period and kind") {
  const exchange_rate<USD, CNY> r("7.2493", month{2025, 3}, rate_kind::market_average);
  CHECK(r.rate() == quotient(72493, 10000));
  CHECK(r.period() == month{2025, 3});
  CHECK(r.kind() == rate_kind::market_average);
  CHECK(to_string(r.kind()) == "market average");
}

TEST_CASE("exchange_rate: converting dollars to yuan rounds once, by the policy named") {
  const exchange_rate<USD, CNY> r("7.1586", month{2025, 3}, rate_kind::customs_monthly);
  CHECK(convert(money<USD>{100}, r, rounding::half_up) == money<CNY>{716});  // 715.86
  CHECK(convert(money<USD>{100}, r, rounding::toward_zero) == money<CNY>{715});
  CHECK(convert(money<USD, minor_unit>{100}, r, rounding::half_up) ==
        money<CNY, minor_unit>{716});  // 7.1586 yuan
  CHECK(convert(money<USD>{-100}, r, rounding::half_up) == money<CNY>{-716});
  CHECK_THROWS_AS(convert(money<USD>{100}, r, rounding::exact), inexact_error);
}

TEST_CASE("exchange_rate: converting into another scale is exact before the one rounding") {
  // 74.7 billion dollars at 7.25 is 541.575 billion yuan: 5415.75亿元.
  const exchange_rate<USD, CNY> r("7.25", month{2025, 12}, rate_kind::spot);
  CHECK(convert<billion>(money<USD, yi>{747}, r, rounding::half_up) == money<CNY, billion>{542});
  CHECK(convert<yi>(money<USD, yi>{747}, r, rounding::half_up) == money<CNY, yi>{5416});
  CHECK(convert<wan>(money<USD, yi>{747}, r, rounding::exact) == money<CNY, wan>{54'157'500});
}

TEST_CASE("exchange_rate: the inverse is exact and keeps period and kind") {
  const exchange_rate<USD, CNY> r("7.25", month{2025, 12}, rate_kind::spot);
  const exchange_rate<CNY, USD> back = r.inverse();
  CHECK(back.rate() == quotient(4, 29));
  CHECK(back.period() == month{2025, 12});
  CHECK(back.kind() == rate_kind::spot);
  // 5203.7亿元 at 7.25 CNY/USD is 717.75 亿 dollars, 71.8 billion at one decimal.
  CHECK(convert<scale<8>>(money<CNY, scale<7>>{52037}, back, rounding::half_up) == money<USD, yi>{718});
  CHECK(convert(money<CNY, wan>{725}, back, rounding::exact) == money<USD, wan>{100});
}

TEST_CASE("exchange_rate: daily rates are keyed by a date") {
  const exchange_rate<USD, CNY, date> r("7.1", std::chrono::year{2025} / 3 / 19, rate_kind::central_parity);
  CHECK(r.period() == date{2025, 3, 19});
  CHECK(r.period() == std::chrono::year{2025} / 3 / 19);
  CHECK(convert(money<USD>{10}, r, rounding::exact) == money<CNY>{71});
}

TEST_CASE("exchange_rate: malformed or non-positive rates are refused") {
  using rate = exchange_rate<USD, CNY>;
  const auto march = month{2025, 3};
  CHECK_THROWS_WITH(rate("7,25", march, rate_kind::spot), tradestat::test::contains("plain decimal"));
  CHECK_THROWS_AS(rate("", march, rate_kind::spot), tradestat::parse_error);
  CHECK_THROWS_AS(rate(".", march, rate_kind::spot), tradestat::parse_error);
  CHECK_THROWS_AS(rate("7.2.5", march, rate_kind::spot), tradestat::parse_error);
  CHECK_THROWS_AS(rate("-7.25", march, rate_kind::spot), tradestat::parse_error);
  CHECK_THROWS_WITH(rate("0", march, rate_kind::spot), tradestat::test::contains("positive"));
  CHECK_THROWS_AS(rate(quotient(-1, 2), march, rate_kind::spot), tradestat::error);
}

TEST_CASE("exchange_rate: a conversion too large for the representation throws") {
  const exchange_rate<USD, CNY> r("7.25", month{2025, 12}, rate_kind::spot);
  CHECK_THROWS_AS(convert(money<USD, trillion>{2'000'000'000'000'000'000}, r, rounding::half_up),
                  overflow_error);
  CHECK_THROWS_AS(convert<minor_unit>(money<USD, trillion>{2'000'000'000'000'000}, r, rounding::half_up),
                  overflow_error);
}
