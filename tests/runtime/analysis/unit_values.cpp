#include <tradestat/analysis/unit_values.hpp>

#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {
record row(std::optional<std::int64_t> yuan, std::optional<std::int64_t> kg, std::optional<counted_quantity> q = {}) {
  record r{.period = month{2024, 1}, .flow = trade_flow::imports};
  if (yuan) r.value_cny = money<CNY>{*yuan};
  if (kg) r.net_weight = kilograms_of(*kg);
  r.quantity = q;
  return r;
}
}  // namespace

TEST_CASE("unit_values: value per kilogram over the rows that give both, divided once") {
  // The GACC row of Argentine soybeans: 639,240,426 yuan for 159,525,200 kg, about 4.007 yuan per kg;
  // with a second row of 100 yuan for 25 kg: (639240426 + 100) / (159525200 + 25).
  const std::vector<record> rows{row(639'240'426, 159'525'200), row(100, 25), row(50, std::nullopt), row(std::nullopt, 7)};
  const auto t = unit_value_by_weight<CNY>(rows);
  CHECK(t.value == money<CNY>{639'240'526});
  CHECK(t.quantity == kilograms_of(159'525'225));
  CHECK(t.rows == 2);
  CHECK(t.rows_left_out == 2);
  REQUIRE(t.per_unit().has_value());
  CHECK(t.per_unit()->per_unit() == quotient(639'240'526, 159'525'225));
  CHECK(t.per_unit()->per_one(rounding::half_up) == money<CNY>{4});
  // In dollars: these rows have none, so every row is left out and there is no unit value.
  const auto usd = unit_value_by_weight<USD>(rows);
  CHECK(usd.rows == 0);
  CHECK(usd.rows_left_out == 4);
  CHECK_FALSE(usd.per_unit().has_value());
}

TEST_CASE("unit_values: value per item counts only the rows in the unit asked") {
  const std::vector<record> rows{row(1200, 10, counted_quantity{3, quantity_unit{"台"}}),
                                 row(800, 5, counted_quantity{1, quantity_unit{"台"}}),
                                 row(999, 1, counted_quantity{9, quantity_unit{"件"}})};
  const auto sets = unit_value_by_count<CNY>(rows, quantity_unit{"台"});
  CHECK(sets.rows == 2);
  CHECK(sets.rows_left_out == 1);
  CHECK(sets.per_unit()->per_unit() == quotient(2000, 4));  // 500 yuan a set
  CHECK(unit_value_by_count<CNY>(rows, quantity_unit{"件"}).per_unit()->per_unit() == quotient(111));
}
