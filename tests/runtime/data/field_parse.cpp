// Cell parsing: whole numbers and fixed-point decimals, exactly, with overflow reported; the fast
// path that reads eight digits at a time gives exactly what the careful path gives.
#include <tradestat/data/detail/field_parse.hpp>

#include <cstdint>
#include <limits>
#include <string>

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

TEST_CASE("field parse: the fast path: eight ASCII digits are recognised and valued exactly",
          "[data][field]") {
  using namespace tradestat::detail;
  // "12345678" with the first digit in the lowest byte.
  constexpr std::uint64_t x = load_little_endian("12345678", 8);
  STATIC_REQUIRE(x == 0x3837363534333231ULL);
  STATIC_REQUIRE(all_digits8(x));
  STATIC_REQUIRE(value_of_digits8(x) == 12'345'678);
  STATIC_REQUIRE(value_of_digits8(load_little_endian("00000009", 8)) == 9);
  STATIC_REQUIRE(value_of_digits8(load_little_endian("90000000", 8)) == 90'000'000);
  STATIC_REQUIRE(!all_digits8(load_little_endian("1234567:", 8)));  // ':' follows '9'
  STATIC_REQUIRE(!all_digits8(load_little_endian("/2345678", 8)));  // '/' precedes '0'
  STATIC_REQUIRE(
      !all_digits8(load_little_endian("1234\xff"
                                      "678",
                                      8)));
  STATIC_REQUIRE(load_little_endian("abc", 3) == 0x636261ULL);
  // Run time takes the memcpy path: the same answers.
  const std::string s = "1234567";
  CHECK(load_little_endian(s.data(), 7) == 0x37363534333231ULL);
  CHECK(load_little_endian(s.data(), 5) == 0x3534333231ULL);
  CHECK(load_little_endian(s.data(), 8 - 4) == 0x34333231ULL);
}

TEST_CASE(
    "field parse: the fast path: whole numbers of eight or more digits read exactly, and a bad digit "
    "anywhere is refused",
    "[data][field]") {
  using namespace tradestat::detail;
  std::int64_t v = 0;
  CHECK(parse_whole("12345678", false, v) == number_status::ok);
  CHECK(v == 12'345'678);
  CHECK(parse_whole("123456789", false, v) == number_status::ok);
  CHECK(v == 123'456'789);
  CHECK(parse_whole("1234567890123456", false, v) == number_status::ok);
  CHECK(v == 1'234'567'890'123'456);
  CHECK(parse_whole("-123456789012345678", true, v) == number_status::ok);
  CHECK(v == -123'456'789'012'345'678);
  CHECK(parse_whole("00000000000000001", false, v) == number_status::ok);
  CHECK(v == 1);
  CHECK(parse_whole("1234x678", false, v) == number_status::malformed);
  CHECK(parse_whole("12345678x", false, v) == number_status::malformed);
  CHECK(parse_whole("1234567812345x78", false, v) == number_status::malformed);
  CHECK(parse_whole("12345678.5", false, v) == number_status::malformed);
}
