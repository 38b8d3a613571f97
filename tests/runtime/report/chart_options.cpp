#include <tradestat/report/chart_options.hpp>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("chart options: by default a 720 by 420 chart in English, axis in 10^8, labels to one digit") {
  const chart_options o;
  CHECK(o.title.empty());
  CHECK(o.lang == language::en);
  CHECK(o.exponent == 8);
  CHECK(o.value_precision == 1);
  CHECK(o.width == 720);
  CHECK(o.height == 420);
}
