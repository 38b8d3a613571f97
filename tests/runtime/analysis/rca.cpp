#include <tradestat/analysis/rca.hpp>

#include <sstream>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("rca: the Balassa index matches the formula worked by hand") {
  // 30 % of the economy's exports against 10 % of the world's: 3.
  const rca r = revealed_comparative_advantage(money<USD>{30}, money<USD>{100}, money<USD>{10}, money<USD>{100});
  CHECK(r == quotient(3));
  CHECK(r.reveals_advantage());
  CHECK(to_string(r) == "3.00");
  // (186 / 460) / (9000 / 24000) = 186 * 24000 / (460 * 9000) = 4464000 / 4140000 = 124/115 = 1.0783
  const rca m = revealed_comparative_advantage(money<USD, billion>{186}, money<USD, billion>{460},
                                               money<USD, billion>{9000}, money<USD, billion>{24000});
  CHECK(m == quotient(124, 115));
  CHECK(m.scaled(4, rounding::half_up) == 10783);
  CHECK(to_string(m) == "1.08");
  CHECK(to_string(m, {.precision = 3}) == "1.078");
  std::ostringstream os;
  os << m;
  CHECK(os.str() == "1.08");
}

TEST_CASE("rca: amounts at different scales of one currency, and values too large for 64-bit fractions") {
  // 5亿 of 20亿 against 1万 of 100万: (1/4) / (1/100) = 25.
  CHECK(revealed_comparative_advantage(money<CNY, yi>{5}, money<CNY, yi>{20}, money<CNY, wan>{1}, money<CNY, wan>{100}) ==
        quotient(25));
  // China-sized figures in yuan: 1.9e12 of 2.7e13 against 3.1e12 of 1.7e14; the exact index is
  // 1.9e12 * 1.7e14 / (2.7e13 * 3.1e12) = 3.23e26 / 8.37e25 = 3230/837 = 3.859...
  const rca big = revealed_comparative_advantage(money<CNY>{1'900'000'000'000}, money<CNY>{27'000'000'000'000},
                                                 money<CNY>{3'100'000'000'000}, money<CNY>{170'000'000'000'000});
  CHECK(big == quotient(3230, 837));
  CHECK(big.reveals_advantage());
  CHECK(big > revealed_comparative_advantage(money<USD>{1}, money<USD>{1}, money<USD>{1}, money<USD>{1}));
}

TEST_CASE("rca: zero wholes, negative values and parts above their whole are refused") {
  CHECK_THROWS_WITH(revealed_comparative_advantage(money<USD>{0}, money<USD>{0}, money<USD>{1}, money<USD>{2}),
                    test::contains("non-zero total exports"));
  CHECK_THROWS_WITH(revealed_comparative_advantage(money<USD>{-1}, money<USD>{3}, money<USD>{1}, money<USD>{2}),
                    test::contains("non-negative"));
  CHECK_THROWS_WITH(revealed_comparative_advantage(money<USD>{4}, money<USD>{3}, money<USD>{1}, money<USD>{2}),
                    test::contains("within its total"));
}
