#include <tradestat/detail/packed_table.hpp>

#include <optional>
#include <string_view>

#include "catch.hpp"

using tradestat::detail::packed_column;
using tradestat::detail::packed_texts;

TEST_CASE("packed_column: entries of a fixed width, codes blank and numbers '-' where missing") {
  constexpr packed_column codes{"AW  AF", 2};
  CHECK(codes.size() == 3);
  CHECK(codes[1] == "  ");
  CHECK(codes.code(0) == "AW");
  CHECK(codes.code(1).empty());
  CHECK(codes.code(2) == "AF");

  constexpr packed_column numbers{"533---004999", 3};
  CHECK(numbers.size() == 4);
  CHECK(numbers.number(0) == 533);
  CHECK(numbers.number(1) == -1);
  CHECK(numbers.number(2) == 4);
  CHECK(numbers.number(3) == 999);
}

TEST_CASE("packed_column: find gives the position of a key in a sorted column, or nothing") {
  constexpr packed_column sorted{
      "0101"
      "0102"
      "0106"
      "0201"
      "9706",
      4};
  CHECK(sorted.find("0101") == std::optional<std::size_t>{0});
  CHECK(sorted.find("0106") == std::optional<std::size_t>{2});
  CHECK(sorted.find("9706") == std::optional<std::size_t>{4});
  // Absent: before the first, between two, after the last, and a key of another width.
  CHECK(!sorted.find("0100").has_value());
  CHECK(!sorted.find("0103").has_value());
  CHECK(!sorted.find("9999").has_value());
  CHECK(!sorted.find("010").has_value());
  CHECK(!sorted.find("01010").has_value());
  constexpr packed_column empty{"", 4};
  CHECK(empty.size() == 0);
  CHECK(!empty.find("0101").has_value());
}

TEST_CASE("packed_texts: texts of any length between their offsets, multi-byte ones whole") {
  constexpr packed_texts names{
      "Aruba"
      ""
      "阿富汗"
      "Angola",
      packed_column{"00000"
                    "00005"
                    "00005"
                    "00014"
                    "00020",
                    5}};
  CHECK(names.size() == 4);
  CHECK(names[0] == "Aruba");
  CHECK(names[1].empty());
  CHECK(names[2] == "阿富汗");
  CHECK(names[3] == "Angola");
  // The lookups are constant expressions, as the catalogues' users need.
  static_assert(names[2] == "阿富汗" && packed_column{"0101"
                                                      "0102",
                                                      4}
                                                .find("0102") == std::optional<std::size_t>{1});
}
