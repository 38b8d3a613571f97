#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/error.hpp>
#include <tradestat/units/allocation.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rate_table.hpp>
#include <tradestat/units/rounding.hpp>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace

TEST_CASE("error: each kind has its own name") {
  CHECK(to_string(error_kind::parse) == "parse");
  CHECK(to_string(error_kind::bad_data) == "bad_data");
  CHECK(to_string(error_kind::overflow) == "overflow");
  CHECK(to_string(error_kind::inexact) == "inexact");
  CHECK(to_string(error_kind::division_by_zero) == "division_by_zero");
  CHECK(to_string(error_kind::missing_rate) == "missing_rate");
  CHECK(to_string(error_kind::unknown_code) == "unknown_code");
  CHECK(to_string(error_kind::incomplete) == "incomplete");
  CHECK(to_string(error_kind::invalid_argument) == "invalid_argument");
}

TEST_CASE("error: a tradestat::error is a std::runtime_error with its message and kind") {
  const tradestat::error e(error_kind::missing_rate, "no rate for 2025-04");
  CHECK(std::string(e.what()) == "no rate for 2025-04");
  CHECK(e.kind() == error_kind::missing_rate);
  try {
    throw tradestat::error(error_kind::overflow, "too big");
  } catch (const std::runtime_error& r) {
    CHECK(std::string(r.what()) == "too big");
  }
}

TEST_CASE("error: a parse_error quotes the text, the target, the offset and the problem") {
  const parse_error e("2025-13", 5, "a month", "expected a month number 01-12");
  CHECK(std::string(e.what()) == "cannot read \"2025-13\" as a month: at offset 5, expected a month number 01-12");
  CHECK(e.text() == "2025-13");
  CHECK(e.offset() == 5);
  CHECK(e.kind() == error_kind::parse);
}

TEST_CASE("error: units and analysis throw each kind as a tradestat::error") {
  constexpr auto max64 = std::numeric_limits<std::int64_t>::max();
  CHECK(kind_thrown([] { (void)parse<money<CNY>>("12 apples"); }) == error_kind::parse);
  CHECK(kind_thrown([] { (void)(money<CNY>{max64} + money<CNY>{1}); }) == error_kind::overflow);
  CHECK(kind_thrown([] { (void)rescale<yi>(money<CNY, wan>{12345}, rounding::exact); }) == error_kind::inexact);
  CHECK(kind_thrown([] { (void)divide(money<CNY>{10}, 0, rounding::half_up); }) == error_kind::division_by_zero);
  CHECK(kind_thrown([] { (void)quotient(1, 0); }) == error_kind::division_by_zero);
  CHECK(kind_thrown([] { (void)(money<CNY>{1} / money<CNY>{0}); }) == error_kind::division_by_zero);
  CHECK(kind_thrown([] { (void)share_of(money<CNY>{1}, money<CNY>{0}); }) == error_kind::division_by_zero);
  CHECK(kind_thrown([] { (void)growth(money<CNY>{0}, money<CNY>{1}); }) == error_kind::division_by_zero);
  CHECK(kind_thrown([] {
          const rate_table<USD, CNY> t(rate_kind::customs_monthly);
          (void)t.at(month{2025, 4});
        }) == error_kind::missing_rate);
  CHECK(kind_thrown([] { (void)allocate(money<CNY>{10}, std::vector<int>{}); }) == error_kind::invalid_argument);
  CHECK(kind_thrown([] { (void)to_string(money<CNY>{1}, {language::en, currency_style::code, 8}); }) ==
        error_kind::invalid_argument);
  CHECK(kind_thrown([] { (void)exchange_rate<USD, CNY>(quotient(-1, 2), month{2025, 1}, rate_kind::spot); }) ==
        error_kind::invalid_argument);
}

TEST_CASE("error: the specific classes are tradestat::errors of their kind") {
  CHECK(overflow_error("x").kind() == error_kind::overflow);
  CHECK(inexact_error("x").kind() == error_kind::inexact);
  CHECK(missing_rate_error("x").kind() == error_kind::missing_rate);
  CHECK_THROWS_AS(money<CNY>{std::numeric_limits<std::int64_t>::max()} + money<CNY>{1}, overflow_error);
  CHECK_THROWS_AS(rescale<yi>(money<CNY, wan>{12345}, rounding::exact), inexact_error);
}
