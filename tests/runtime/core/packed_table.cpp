#include <tradestat/detail/packed_table.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

#include "catch.hpp"

using tradestat::detail::packed_column;
using tradestat::detail::packed_texts;

namespace {
constexpr std::optional<std::size_t> at(std::size_t i) { return i; }
}  // namespace

TEST_CASE("packed_column: entries of a fixed width, codes blank and numbers '-' where missing") {
  constexpr packed_column<2> codes{"AW  AF"};
  CHECK(codes.size() == 3);
  CHECK(codes[1] == "  ");
  CHECK(codes.code(0) == "AW");
  CHECK(codes.code(1).empty());
  CHECK(codes.code(2) == "AF");

  constexpr packed_column<3> numbers{"533---004999"};
  CHECK(numbers.size() == 4);
  CHECK(numbers.number(0) == 533);
  CHECK(numbers.number(1) == -1);
  CHECK(numbers.number(2) == 4);
  CHECK(numbers.number(3) == 999);
}

TEST_CASE("packed_column: find gives the position of a key in a sorted column, or nothing") {
  constexpr packed_column<4> sorted{"01010102010602019706"};
  CHECK(sorted.find("0101") == at(0));
  CHECK(sorted.find("0106") == at(2));
  CHECK(sorted.find("9706") == at(4));
  // Absent: before the first, between two, after the last, and keys of another width.
  CHECK(!sorted.find("0100").has_value());
  CHECK(!sorted.find("0103").has_value());
  CHECK(!sorted.find("9999").has_value());
  CHECK(!sorted.find("010").has_value());
  CHECK(!sorted.find("01010").has_value());
  constexpr packed_column<4> empty{""};
  CHECK(empty.size() == 0);
  CHECK(!empty.find("0101").has_value());
  // Bytes order as unsigned, as std::string_view orders them: a UTF-8 lead byte sorts after ASCII.
  constexpr packed_column<1> bytes{"AZ\xC3"};
  CHECK(bytes.find("\xC3") == at(2));
  CHECK(bytes.find("Z") == at(1));
  CHECK(!bytes.find("\xC2").has_value());
}

TEST_CASE("packed_texts: texts of any length between their offsets, multi-byte ones whole") {
  constexpr packed_texts names{"Aruba阿富汗Angola", packed_column<5>{"0000000005000050001400020"}};
  CHECK(names.size() == 4);
  CHECK(names[0] == "Aruba");
  CHECK(names[1].empty());
  CHECK(names[2] == "阿富汗");
  CHECK(names[3] == "Angola");
  // The lookups are constant expressions, as the catalogues' users need.
  static_assert(names[2] == "阿富汗");
  static_assert(packed_column<4>{"01010102"}.find("0102") == at(1));
}
