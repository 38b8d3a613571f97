#include <tradestat/analysis/cagr.hpp>

#include <cstdint>
#include <limits>
#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;

namespace {
constexpr std::int64_t grid = 1'000'000'000'000;  // 10^12
}  // namespace

TEST_CASE("cagr: a rate that is a multiple of the grid is known exactly") {
  const cagr_bounds b = cagr(money<CNY>{100}, money<CNY>{121}, 2);
  CHECK(b.exact());
  CHECK(b.lower == growth{quotient(1, 10)});
  CHECK(cagr(money<CNY>{100}, money<CNY, thousand>{1}, 1).lower == growth{quotient(9)});
  CHECK(cagr(money<CNY>{100}, money<CNY>{0}, 3).upper == growth{quotient(-1)});
}

TEST_CASE("cagr: an irrational rate is bracketed by two exact fractions 10^-12 apart") {
  // (5203.7 / 1640.9)^(1/6) - 1 = 0.2120997341987216663... (50-digit decimal arithmetic by hand)
  const cagr_bounds xj = cagr(money<CNY, scale<7>>{16409}, money<CNY, scale<7>>{52037}, 6);
  CHECK(xj.lower == growth{quotient(212'099'734'198, grid)});
  CHECK(xj.upper == growth{quotient(212'099'734'199, grid)});
  CHECK_FALSE(xj.exact());
  // 4^(1/3) - 1 = 0.5874010519681994...
  const cagr_bounds cube = cagr(money<USD>{1}, money<USD>{4}, 3);
  CHECK(cube.lower == growth{quotient(587'401'051'968, grid)});
  CHECK(cube.upper == growth{quotient(587'401'051'969, grid)});
  // (1/2)^(1/2) - 1 = -0.2928932188134524...
  const cagr_bounds fall = cagr(money<USD>{2}, money<USD>{1}, 2);
  CHECK(fall.lower == growth{quotient(-292'893'218'814, grid)});
  CHECK(fall.upper == growth{quotient(-292'893'218'813, grid)});
}

TEST_CASE("cagr: bad periods and amounts are refused with a clear error") {
  CHECK_THROWS_WITH(cagr(money<CNY>{1}, money<CNY>{2}, 0), test::contains("1 to 100 years"));
  CHECK_THROWS_WITH(cagr(money<CNY>{0}, money<CNY>{2}, 5), test::contains("positive starting amount"));
  CHECK_THROWS_AS(cagr(money<CNY>{1}, money<CNY>{-2}, 5), tradestat::error);
  CHECK_THROWS_AS(cagr(money<CNY>{1}, money<CNY>{std::numeric_limits<std::int64_t>::max()}, 2),
                  overflow_error);
}
