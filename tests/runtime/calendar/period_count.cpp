#include <tradestat/calendar/period_count.hpp>

#include <climits>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace

TEST_CASE("period_count: counts of one kind add, subtract, negate and scale") {
  CHECK((month_count{10} + month_count{2}).count() == 12);
  CHECK((year_count{5} - year_count{7}).count() == -2);
  CHECK((-quarter_count{3}).count() == -3);
  CHECK((half_count{2} * 3).count() == 6);
  CHECK((3 * half_count{2}).count() == 6);
  CHECK(month_count{} == month_count{0});
  CHECK(month_count{11} < month_count{12});
}

TEST_CASE("period_count: arithmetic that would overflow an int throws instead of wrapping") {
  CHECK(kind_thrown([] { (void)(month_count{INT_MAX} + month_count{1}); }) == error_kind::overflow);
  CHECK(kind_thrown([] { (void)(-month_count{INT_MIN}); }) == error_kind::overflow);
  CHECK(kind_thrown([] { (void)(month_count{INT_MAX / 2 + 1} * 2); }) == error_kind::overflow);
}
