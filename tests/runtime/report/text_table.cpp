#include <tradestat/report/text_table.hpp>

#include <sstream>
#include <string>

#include "catch.hpp"

using namespace tradestat;

namespace {
text_table partners() {
  text_table t{"Trade", {{"key", "Partner", column_align::left}, {"value", "Value"}}};
  t.add_row({table_cell::text("Kazakhstan"), table_cell::number("1,234.5", "1234.5")});
  t.add_row({table_cell::text("哈萨克斯坦"), table_cell::number("12.0")});
  return t;
}
}  // namespace

TEST_CASE("text table: plain text aligns numbers right and text left, Chinese characters two columns wide") {
  // Widths by hand: the key column is 10 wide ("Kazakhstan", and 哈萨克斯坦 is five wide characters),
  // the value column 7 ("1,234.5"); columns are two spaces apart.
  const std::string expected = "Trade\n"
                               "Partner       Value\n"
                               "----------  -------\n"
                               "Kazakhstan  1,234.5\n"
                               "哈萨克斯坦     12.0\n";
  CHECK(to_string(partners()) == expected);
  std::ostringstream os;
  os << partners();
  CHECK(os.str() == expected);
}

TEST_CASE("text table: Markdown is a GFM pipe table with the caption and notes as paragraphs, pipes escaped") {
  CHECK(to_markdown(partners()) ==
        "Trade\n\n| Partner | Value |\n| :--- | ---: |\n| Kazakhstan | 1,234.5 |\n| 哈萨克斯坦 | 12.0 |\n");
  text_table t{"A | B", {{"key", "Key", column_align::left}, {"n", "N"}}};
  t.add_row({table_cell::text("x|y"), table_cell::none("no base")});
  t.add_note("one | two");
  CHECK(to_markdown(t) == "A \\| B\n\n| Key | N |\n| :--- | ---: |\n| x\\|y | no base |\n\none \\| two\n");
}

TEST_CASE("text table: CSV quotes per RFC 4180, ends lines with CRLF, prints exact numbers and empty cells") {
  text_table t{"ignored", {{"key", "Partner, name", column_align::left}, {"value", "Value"}, {"g", "Growth"}}};
  t.add_row({table_cell::text("Korea, \"South\""), table_cell::number("1,234.5", "1234.5"), table_cell::none("—")});
  t.add_row({table_cell::text("Line\nbreak"), table_cell::number("-0.5"), table_cell::number("3")});
  CHECK(to_csv(t) ==
        "\"Partner, name\",Value,Growth\r\n\"Korea, \"\"South\"\"\",1234.5,\r\n\"Line\nbreak\",-0.5,3\r\n");
}

TEST_CASE("text table: JSON escapes strings per RFC 8259 and writes numbers exactly, null for no value") {
  text_table t{"q\"uote", {{"key", "K", column_align::left}, {"v", "V"}}, false, language::zh};
  t.add_row({table_cell::text("a\"b\\c\n\x01"), table_cell::none("—")});
  t.add_row(row_role::total, {table_cell::text("合计"), table_cell::number("1,000.25", "1000.25")});
  t.add_note("tab\there");
  const std::string expected = "{\n"
                               "  \"caption\": \"q\\\"uote\",\n"
                               "  \"language\": \"zh\",\n"
                               "  \"rows_overlap\": false,\n"
                               "  \"columns\": [\n"
                               "    {\"id\": \"key\", \"header\": \"K\"},\n"
                               "    {\"id\": \"v\", \"header\": \"V\"}\n"
                               "  ],\n"
                               "  \"rows\": [\n"
                               "    {\"key\": \"a\\\"b\\\\c\\n\\u0001\", \"v\": null}\n"
                               "  ],\n"
                               "  \"unassigned\": null,\n"
                               "  \"total\": {\"key\": \"合计\", \"v\": 1000.25},\n"
                               "  \"all_records\": null,\n"
                               "  \"notes\": [\"tab\\there\"]\n"
                               "}\n";
  CHECK(to_json(t) == expected);
}

TEST_CASE("text table: an overlapping table refuses a total row and keeps its all-records row out of the grid") {
  text_table t{"", {{"key", "Group", column_align::left}, {"v", "V"}}, true};
  t.add_row({table_cell::text("A"), table_cell::number("6")});
  CHECK_THROWS_WITH(t.add_row(row_role::total, {table_cell::text("Total"), table_cell::number("6")}),
                    test::contains("overlap"));
  CHECK_THROWS_WITH(t.add_row(row_role::unassigned, {table_cell::text("Rest"), table_cell::number("6")}),
                    test::contains("overlap"));
  t.add_row(row_role::all_records, {table_cell::text("All"), table_cell::number("5")});
  CHECK(to_string(t) == "Group  V\n-----  -\nA      6\n");
  CHECK(to_csv(t) == "Group,V\r\nA,6\r\n");
  CHECK(to_json(t).find("\"total\": null,\n  \"all_records\": {\"key\": \"All\", \"v\": 5}") != std::string::npos);
  text_table partition{"", {{"key", "K", column_align::left}}};
  CHECK_THROWS_WITH(partition.add_row(row_role::all_records, {table_cell::text("All")}), test::contains("overlap"));
}

TEST_CASE("text table: rows must match the columns, numbers must be plain decimals") {
  text_table t{"", {{"key", "K", column_align::left}, {"v", "V"}}};
  CHECK_THROWS_WITH(t.add_row({table_cell::text("only one")}), test::contains("1 cells in a table of 2 columns"));
  CHECK_THROWS_WITH(table_cell::number("1,234.5"), test::contains("\"1,234.5\""));
  CHECK_THROWS(table_cell::number("01"));
  CHECK_THROWS(table_cell::number("1."));
  CHECK_THROWS(table_cell::number(""));
  CHECK(table_cell::is_plain_decimal("0.05"));
  CHECK(table_cell::is_plain_decimal("-120"));
  t.add_row(row_role::total, {table_cell::text("T"), table_cell::number("1")});
  CHECK_THROWS_WITH(t.add_row(row_role::total, {table_cell::text("T"), table_cell::number("1")}),
                    test::contains("one row of each role"));
}
