#include <tradestat/text.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include "catch.hpp"

using namespace tradestat;

namespace {
struct colour {
  int code;
};
std::size_t offset_of_bad(std::string_view spec) {
  try {
    (void)parse_text_format(spec);
  } catch (const parse_error& e) {
    return e.offset();
  }
  return std::string::npos;
}
}  // namespace

template <>
struct tradestat::text_parser<colour> {
  static colour parse(std::string_view text) {
    if (text == "red") {
      return {1};
    }
    throw parse_error(text, 0, "a colour", "expected red");
  }
};

TEST_CASE("text: parse_text_format reads [.N][en|zh]") {
  CHECK(parse_text_format("") == text_format{});
  CHECK(parse_text_format("en") == text_format{language::en, -1});
  CHECK(parse_text_format("zh") == text_format{language::zh, -1});
  CHECK(parse_text_format(".1") == text_format{language::en, 1});
  CHECK(parse_text_format(".0zh") == text_format{language::zh, 0});
  CHECK(parse_text_format(".18en") == text_format{language::en, 18});
  CHECK(parse_text_format(".05") == text_format{language::en, 5});
}

TEST_CASE("text: parse_text_format refuses anything else, at the offset of the mistake") {
  CHECK(offset_of_bad(".") == 1);
  CHECK(offset_of_bad(".x") == 1);
  CHECK(offset_of_bad(".19") == 1);
  CHECK(offset_of_bad(".123") == 3);
  CHECK(offset_of_bad("fr") == 0);
  CHECK(offset_of_bad("zh.1") == 0);
  CHECK(offset_of_bad(".1 zh") == 2);
  CHECK(offset_of_bad("zhx") == 0);
  CHECK(offset_of_bad("EN") == 0);
  CHECK_THROWS_WITH(parse_text_format("fr"), test::contains("expected en or zh (the spec is [.N][en|zh])"));
  CHECK_THROWS_WITH(parse_text_format(".19"), test::contains("a precision from 0 to 18"));
}

TEST_CASE("text: parse<T> dispatches to the type's text_parser") {
  CHECK(parse<colour>("red").code == 1);
  try {
    (void)parse<colour>("blue");
    FAIL("no error");
  } catch (const parse_error& e) {
    CHECK(e.offset() == 0);
    CHECK(e.text() == "blue");
    CHECK(std::string(e.what()) == "cannot read \"blue\" as a colour: at offset 0, expected red");
  }
}
