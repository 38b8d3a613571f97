// Cell parsing: whole numbers and fixed-point decimals, exactly, with overflow reported.
#include <tradestat/data/detail/field_parse.hpp>

#include <cstdint>
#include <limits>

#include "catch.hpp"

using namespace tradestat::detail;

TEST_CASE("field parse: whole numbers read exactly up to the int64 limits", "[data][field]") {
  std::int64_t v = 0;
  CHECK(parse_whole("639240426", false, v) == number_status::ok);
  CHECK(v == 639'240'426);
  CHECK(parse_whole("-5", true, v) == number_status::ok);
  CHECK(v == -5);
  CHECK(parse_whole("9223372036854775807", false, v) == number_status::ok);
  CHECK(v == std::numeric_limits<std::int64_t>::max());
  CHECK(parse_whole("-9223372036854775808", true, v) == number_status::ok);
  CHECK(v == std::numeric_limits<std::int64_t>::min());
  CHECK(parse_whole("9223372036854775808", false, v) == number_status::overflow);
  CHECK(parse_whole("-9223372036854775809", true, v) == number_status::overflow);
}

TEST_CASE("field parse: signs, decimals and stray characters are refused where not allowed",
          "[data][field]") {
  std::int64_t v = 0;
  CHECK(parse_whole("-5", false, v) == number_status::malformed);
  CHECK(parse_whole("1.5", false, v) == number_status::malformed);
  CHECK(parse_whole("", false, v) == number_status::malformed);
  CHECK(parse_whole("-", true, v) == number_status::malformed);
  CHECK(parse_whole("1,000", false, v) == number_status::malformed);
  CHECK(parse_whole(" 1", false, v) == number_status::malformed);
}

TEST_CASE("field parse: a short cell with a non-digit is refused without overflowing on the way",
          "[data][field]") {
  // Found by the canonical fuzz target: a '+' (below '0') made the digit loop overflow a signed
  // integer before the cell was refused. Evaluated as a constant expression, undefined behaviour
  // would not compile; at run time UBSan would abort.
  constexpr auto status = [] {
    std::int64_t v = 0;
    return parse_whole("+12345678901234", false, v);
  }();
  STATIC_REQUIRE(status == number_status::malformed);
  std::int64_t v = 0;
  CHECK(parse_whole("+12345678901234", false, v) == number_status::malformed);
  CHECK(parse_whole("12345678901234\x01", false, v) == number_status::malformed);
  CHECK(parse_whole("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", false, v) ==
        number_status::malformed);
}

TEST_CASE("field parse: fixed-point decimals scale exactly and never round", "[data][field]") {
  std::int64_t v = 0;
  CHECK(parse_fixed("1234.567", 3, false, v) == number_status::ok);
  CHECK(v == 1'234'567);
  CHECK(parse_fixed("5.2", 3, false, v) == number_status::ok);
  CHECK(v == 5'200);
  CHECK(parse_fixed("0.001", 3, false, v) == number_status::ok);
  CHECK(v == 1);
  CHECK(parse_fixed("7", 3, false, v) == number_status::ok);
  CHECK(v == 7'000);
  CHECK(parse_fixed("1.2000", 3, false, v) == number_status::ok);  // trailing zeros are exact
  CHECK(v == 1'200);
  CHECK(parse_fixed("1.2345", 3, false, v) == number_status::too_many_decimals);
  CHECK(parse_fixed("1.", 3, false, v) == number_status::malformed);
  CHECK(parse_fixed(".5", 3, false, v) == number_status::malformed);
  CHECK(parse_fixed("9223372036854775.808", 3, false, v) == number_status::overflow);
  CHECK(parse_fixed("9223372036854775.807", 3, false, v) == number_status::ok);
  CHECK(v == std::numeric_limits<std::int64_t>::max());
}

TEST_CASE("field parse: blanks are trimmed on both sides only", "[data][field]") {
  CHECK(trim_blanks("  NA\t") == "NA");
  CHECK(trim_blanks("a b") == "a b");
  CHECK(trim_blanks("   ").empty());
}
