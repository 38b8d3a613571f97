#include <tradestat/analysis/ratio_cell.hpp>

#include <sstream>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("ratio_cell: a cell holds a ratio or says it has no base") {
  const growth_cell known = growth{quotient(1, 5)};
  const growth_cell none = no_base;
  CHECK(known.has_value());
  CHECK(static_cast<bool>(known));
  CHECK(*known == growth{quotient(1, 5)});
  CHECK(known.value() == growth{quotient(1, 5)});
  CHECK(known == growth{quotient(1, 5)});
  CHECK_FALSE(none.has_value());
  CHECK(none == no_base);
  CHECK_FALSE(known == no_base);
  CHECK(none.value_or(growth{quotient(-1)}) == growth{quotient(-1)});
  CHECK(share_cell{} == no_base);
  CHECK(growth_cell{} == none);
  CHECK_FALSE(growth_cell{growth{quotient(1, 5)}} == growth_cell{growth{quotient(1, 4)}});
}

TEST_CASE("ratio_cell: value() of a cell without a base throws division_by_zero, never returns inf or NaN") {
  const contribution_cell none = no_base;
  CHECK_THROWS_AS(none.value(), error);
  try {
    (void)none.value();
  } catch (const error& e) {
    CHECK(e.kind() == error_kind::division_by_zero);
    CHECK_THAT(e.what(), test::contains("has_value()"));
  }
}

TEST_CASE("ratio_cell: a cell prints its ratio, or no base (Chinese —)") {
  CHECK(to_string(share_cell{share{quotient(129, 1000)}}) == "12.9 %");
  CHECK(to_string(points_cell{percentage_points{quotient(48, 1000)}}, {.lang = language::zh}) == "4.8个百分点");
  CHECK(to_string(growth_cell{}) == "no base");
  CHECK(to_string(growth_cell{}, {.lang = language::zh}) == "—");
  std::ostringstream os;
  os << growth_cell{growth{quotient(1, 4)}} << " " << contribution_rate_cell{};
  CHECK(os.str() == "25.0 % no base");
}
