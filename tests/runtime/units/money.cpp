#include <tradestat/units/money.hpp>

#include <cstdint>
#include <limits>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::max64;
using tradestat::test::min64;

TEST_CASE("money: a default amount is zero and an amount keeps its count") {
  CHECK(money<CNY>{}.count() == 0);
  CHECK(money<CNY, yi>{5204}.count() == 5204);
  CHECK(money<CNY, minor_unit>::exponent == -2);
  CHECK(money<JPY, minor_unit>::exponent == 0);
  CHECK(money<CNY, wan_yi>::exponent == 12);
}

TEST_CASE("money: adding amounts of different scales keeps the finer scale exactly") {
  // 3082.9亿元 exports + 545.0亿元 imports, January-October 2024, in 万元.
  const money<CNY, wan> exports{30'829'000};
  const money<CNY, yi> imports{545};
  const auto total = exports + imports;
  static_assert(std::is_same_v<decltype(total), const money<CNY, wan>>);
  CHECK(total.count() == 36'279'000);  // 3627.9亿元
  CHECK(total == money<CNY, yi>{0} + money<CNY, wan>{36'279'000});
}

TEST_CASE("money: subtraction across scales is exact and may go negative") {
  const auto balance = money<CNY, yi>{545} - money<CNY, wan>{30'829'000};
  CHECK(balance.count() == -25'379'000);
}

TEST_CASE("money: comparison across scales is exact even beyond 2^53") {
  // 123,456,789,012,345,678 yuan is not representable in a double.
  const money<CNY> big{123'456'789'012'345'678};
  const money<CNY, wan> coarse{12'345'678'901'234};
  CHECK(big > coarse);
  CHECK(big - coarse == money<CNY>{5678});
  CHECK(money<CNY, yi>{1} == money<CNY, wan>{10'000});
  CHECK(money<CNY, yi>{1} != money<CNY, wan>{10'001});
  CHECK(money<CNY, wan>{9'999} < money<CNY, yi>{1});
}

TEST_CASE("money: a coarser amount converts implicitly and exactly to a finer scale") {
  money<CNY, wan> w = money<CNY, yi>{3};
  CHECK(w.count() == 30'000);
  money<CNY, minor_unit> fen = money<CNY>{7};
  CHECK(fen.count() == 700);
  CHECK(rescale<minor_unit>(money<CNY>{3}).count() == 300);
}

TEST_CASE("money: converting to a finer scale that does not fit throws instead of wrapping") {
  CHECK_THROWS_AS((money<CNY, minor_unit>{money<CNY, trillion>{max64 / 1000}}), overflow_error);
}

TEST_CASE("money: addition and subtraction at the int64 edge throw overflow_error") {
  CHECK((money<CNY>{max64 - 1} + money<CNY>{1}).count() == max64);
  CHECK_THROWS_AS(money<CNY>{max64} + money<CNY>{1}, overflow_error);
  CHECK_THROWS_AS(money<CNY>{min64} - money<CNY>{1}, overflow_error);
  CHECK_THROWS_AS(-money<CNY>{min64}, overflow_error);
  CHECK_THROWS_AS(abs(money<CNY>{min64}), overflow_error);
  CHECK_THROWS_AS((money<CNY, wan>{max64} + money<CNY, yi>{1}), overflow_error);
  money<CNY> m{max64};
  CHECK_THROWS_AS(m += money<CNY>{1}, overflow_error);
  CHECK(m.count() == max64);
}

TEST_CASE("money: multiplying by an integer is exact and overflow is detected") {
  CHECK((money<USD>{7} * 3).count() == 21);
  CHECK((3 * money<USD>{7}).count() == 21);
  CHECK((money<USD>{-7} * 3).count() == -21);
  CHECK_THROWS_AS(money<USD>{max64 / 2 + 1} * 2, overflow_error);
  money<USD> m{5};
  m *= 4;
  CHECK(m.count() == 20);
}

TEST_CASE("money: dividing by an integer rounds by the policy named") {
  CHECK(divide(money<CNY>{10}, 4, rounding::half_even).count() == 2);
  CHECK(divide(money<CNY>{10}, 4, rounding::half_up).count() == 3);
  CHECK(divide(money<CNY>{-10}, 4, rounding::half_up).count() == -3);
  CHECK(divide(money<CNY>{10}, -4, rounding::floor).count() == -3);
  CHECK(divide(money<CNY>{12}, 4, rounding::exact).count() == 3);
  CHECK_THROWS_AS(divide(money<CNY>{10}, 4, rounding::exact), inexact_error);
  CHECK_THROWS_AS(divide(money<CNY>{10}, 0, rounding::half_up), tradestat::error);
  CHECK_THROWS_AS(divide(money<CNY>{min64}, -1, rounding::half_up), overflow_error);
}

TEST_CASE("money: dividing amounts of one currency gives an exact ratio") {
  // ASEAN 673.7亿元 of a 5203.7亿元 total, in different scales.
  const quotient asean_share = money<CNY, scale<7>>{6737} / money<CNY, wan>{52'037'000};
  CHECK(asean_share == quotient(6737, 52037));
  CHECK(asean_share.scaled(3, rounding::half_up) == 129);  // 12.9 %
  CHECK_THROWS_AS(money<CNY>{1} / money<CNY>{0}, tradestat::error);
}

TEST_CASE("money: rescaling to a coarser scale needs and applies a rounding policy") {
  CHECK(rescale<yi>(money<CNY>{520'370'000'000}, rounding::half_up).count() == 5204);
  CHECK(rescale<yi>(money<CNY>{520'350'000'000}, rounding::half_even).count() == 5204);
  CHECK(rescale<yi>(money<CNY>{520'450'000'000}, rounding::half_even).count() == 5204);
  CHECK(rescale<yi>(money<CNY>{-520'450'000'000}, rounding::half_up).count() == -5205);
  CHECK(rescale<wan>(money<CNY, yi>{2}, rounding::exact).count() == 20'000);
}

TEST_CASE("money: arithmetic is usable in constant expressions") {
  constexpr auto total = money<CNY, yi>{1} + money<CNY, wan>{5};
  static_assert(total.count() == 10'005);
  constexpr auto half = divide(money<CNY>{5}, 2, rounding::half_up);
  static_assert(half.count() == 3);
  CHECK(total == money<CNY, wan>{10'005});
}
