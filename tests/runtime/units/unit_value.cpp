#include <tradestat/units/unit_value.hpp>

#include <cstdint>
#include <limits>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("unit_value: yuan divided by kilograms is an exact price per kilogram") {
  // GACC export row: 639,240,426 yuan for 159,525,200 kg of soybeans (January 2024, from Argentina).
  const auto price = money<CNY>{639'240'426} / kilograms_of(159'525'200);
  CHECK(price.per_unit() == quotient(639'240'426, 159'525'200));
  CHECK(price.per_one(rounding::half_up) == money<CNY>{4});
  CHECK(rescale<minor_unit>(money<CNY>{639'240'426}) / kilograms_of(159'525'200) >
        money<CNY, minor_unit>{400} / kilograms_of(1));
}

TEST_CASE("unit_value: the money for a quantity rounds once, by the policy named") {
  const auto price = money<CNY>{100} / kilograms_of(8);                            // 12.5 yuan/kg
  CHECK(value_of(price, kilograms_of(3), rounding::half_up) == money<CNY>{38});    // 37.5
  CHECK(value_of(price, kilograms_of(3), rounding::half_even) == money<CNY>{38});  // 37.5 -> 38
  CHECK(value_of(price, kilograms_of(1), rounding::half_even) == money<CNY>{12});  // 12.5 -> 12
  CHECK(value_of(price, kilograms_of(8), rounding::exact) == money<CNY>{100});
  CHECK_THROWS_AS(value_of(price, kilograms_of(1), rounding::exact), inexact_error);
}

TEST_CASE("unit_value: litres, items and tonnes each give their own unit value") {
  const auto per_litre = money<USD, minor_unit>{1'500} / litres_of(750);
  CHECK(per_litre.per_one(rounding::exact) == money<USD, minor_unit>{2});
  const auto per_item = money<CNY>{1'200} / items_of(12);
  CHECK(per_item.per_one(rounding::exact) == money<CNY>{100});
  const auto per_tonne = money<CNY, wan>{3} / tonnes_of(2);
  CHECK(per_tonne.per_unit() == quotient(3, 2));
}

TEST_CASE("unit_value: tonnes convert to kilograms exactly") {
  CHECK(to_kilograms(tonnes_of(3)).value() == 3'000);
  CHECK(to_kilograms(tonnes_of(-2)).value() == -2'000);
  const std::int64_t big = std::numeric_limits<std::int64_t>::max() / 100;
  CHECK_THROWS_AS(to_kilograms(tonnes_of(big)), overflow_error);
}

TEST_CASE("unit_value: a zero quantity is refused") {
  CHECK_THROWS_AS(money<CNY>{5} / kilograms_of(0), tradestat::error);
}
