// The CSV tokenizer on its own: RFC 4180 quoting, line ends, BOM, bounds, and every error's column.
#include <tradestat/data/csv_tokenizer.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {

struct row {
  csv_status status;
  std::size_t line;
  std::vector<std::string> fields;
};

std::vector<row> tokenize(byte_source source, std::size_t max_row = 1 << 20) {
  csv_tokenizer t(source, max_row);
  std::vector<row> out;
  for (;;) {
    const csv_status s = t.next();
    if (s == csv_status::end) break;
    out.push_back({s, t.line(), {t.fields().begin(), t.fields().end()}});
  }
  return out;
}

std::vector<row> tokenize(const std::string& text, std::size_t max_row = 1 << 20) {
  return tokenize(byte_source::from_memory(text, "t"), max_row);
}

}  // namespace

TEST_CASE("csv tokenizer: plain rows split at commas and end at line ends", "[data][csv]") {
  const auto rows = tokenize("a,b,c\n1,,3\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == std::vector<std::string>{"a", "b", "c"});
  CHECK(rows[1].fields == std::vector<std::string>{"1", "", "3"});
  CHECK(rows[1].line == 2);
}

TEST_CASE("csv tokenizer: doubled quotes inside a quoted field are one quote", "[data][csv]") {
  const auto rows = tokenize("\"say \"\"hi\"\"\",\"\"\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == std::vector<std::string>{"say \"hi\"", ""});
}

TEST_CASE("csv tokenizer: a quoted field may hold commas and line ends, and lines are counted inside it",
          "[data][csv]") {
  const auto rows = tokenize("\"a,b\",\"x\ny\"\nnext\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == std::vector<std::string>{"a,b", "x\ny"});
  CHECK(rows[1].line == 3);
}

TEST_CASE("csv tokenizer: CRLF and a missing final line end are accepted", "[data][csv]") {
  const auto rows = tokenize("a,b\r\nc,d");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == std::vector<std::string>{"a", "b"});
  CHECK(rows[1].fields == std::vector<std::string>{"c", "d"});
}

TEST_CASE("csv tokenizer: a bare carriage return rejects its row and reading resumes after the next line feed",
          "[data][csv]") {
  // Lines end at "\n" or "\r\n" only (line numbers and ranged reads count the same line ends).
  const auto rows = tokenize("a,b\nc\rd,e\nf,\"g\"\rh\ni,j\r");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].fields == std::vector<std::string>{"a", "b"});
  CHECK(rows[1].status == csv_status::error);
  CHECK(rows[1].line == 2);
  CHECK(rows[2].status == csv_status::error);
  CHECK(rows[2].line == 3);
  CHECK(rows[3].fields == std::vector<std::string>{"i", "j"});  // a "\r" as the last byte ends the line
  CHECK(rows[3].line == 4);

  auto source = byte_source::from_memory("x,y\rz\n", "t");
  csv_tokenizer t(source);
  CHECK(t.next() == csv_status::error);
  CHECK(t.error().column == 1);
  CHECK(t.error().reason == reject_reason::bad_line_end);
  CHECK(t.next() == csv_status::end);
}

TEST_CASE("csv tokenizer: a UTF-8 byte-order mark is skipped, UTF-8 text is kept", "[data][csv]") {
  const auto rows = tokenize("\xEF\xBB\xBF数据年月,人民币\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == std::vector<std::string>{"数据年月", "人民币"});
}

TEST_CASE("csv tokenizer: an empty input has no rows, an empty line is blank", "[data][csv]") {
  CHECK(tokenize("").empty());
  const auto rows = tokenize("a\n\nb\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].status == csv_status::blank);
  CHECK(rows[2].line == 3);
}

TEST_CASE("csv tokenizer: a trailing comma gives a last empty field", "[data][csv]") {
  const auto rows = tokenize("\"1\",\"2\",\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == std::vector<std::string>{"1", "2", ""});
}

TEST_CASE("csv tokenizer: errors name the column and the row is skipped to its line end", "[data][csv]") {
  const std::string nul("a,b\0c,d\nok\n", 11);
  auto rows = tokenize(nul);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].status == csv_status::error);
  CHECK(rows[1].fields == std::vector<std::string>{"ok"});

  auto source = byte_source::from_memory("x,\"open\n", "t");
  csv_tokenizer t(source);
  CHECK(t.next() == csv_status::error);
  CHECK(t.error().column == 1);
  CHECK(t.error().reason == reject_reason::bad_quoting);
  CHECK(t.next() == csv_status::end);

  auto bad_utf8 = byte_source::from_memory("ok,\xC3\x28\n", "t");
  csv_tokenizer u(bad_utf8);
  CHECK(u.next() == csv_status::error);
  CHECK(u.error().column == 1);
  CHECK(u.error().reason == reject_reason::encoding_error);
}

TEST_CASE("csv tokenizer: a row longer than the bound is an error, and the next row is read", "[data][csv]") {
  const std::string text = "short\n" + std::string(100, 'x') + "\nafter\n";
  const auto rows = tokenize(text, 32);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].status == csv_status::error);
  CHECK(rows[2].fields == std::vector<std::string>{"after"});
  CHECK(rows[2].line == 3);
}

TEST_CASE("csv tokenizer: a stream read in chunks smaller than a row gives the same rows as memory",
          "[data][csv]") {
  std::string text = "\xEF\xBB\xBFh1,h2\r\n";
  for (int i = 0; i < 200; ++i)
    text += "\"v" + std::to_string(i) + ",\"\"q\"\"\",plain" + std::to_string(i) + "\r\n";
  std::istringstream in(text);
  const auto chunked = tokenize(byte_source::from_stream(in, "s", 7));
  const auto whole = tokenize(text);
  REQUIRE(chunked.size() == 201);
  CHECK(chunked.size() == whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i) CHECK(chunked[i].fields == whole[i].fields);
  CHECK(chunked[200].fields == std::vector<std::string>{"v199,\"q\"", "plain199"});
}

TEST_CASE("csv tokenizer: UTF-8 validation rejects overlongs, surrogates and truncated sequences",
          "[data][csv]") {
  CHECK(detail::is_valid_utf8("abc"));
  CHECK(detail::is_valid_utf8("\xE4\xBA\xBA"));      // 人
  CHECK(detail::is_valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600
  CHECK(!detail::is_valid_utf8("\xC0\xAF"));         // overlong '/'
  CHECK(!detail::is_valid_utf8("\xED\xA0\x80"));     // U+D800, a surrogate
  CHECK(!detail::is_valid_utf8("\xE4\xBA"));         // truncated
  CHECK(!detail::is_valid_utf8("\xB9\xFA"));         // GBK 国
}

TEST_CASE("csv tokenizer: a quote left open to the end of the file costs its row only, reported at its first line",
          "[data][csv][resync]") {
  const std::string text = "a,b\nc,\"open\nd,e\nf,g\n";
  for (const std::size_t chunk : {std::size_t{4096}, std::size_t{16}}) {
    std::istringstream in(text);
    const auto rows = chunk == 4096 ? tokenize(text) : tokenize(byte_source::from_stream(in, "t", chunk));
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].status == csv_status::error);
    CHECK(rows[1].line == 2);
    CHECK(rows[2].fields == std::vector<std::string>{"d", "e"});
    CHECK(rows[2].line == 3);
    CHECK(rows[3].fields == std::vector<std::string>{"f", "g"});
    CHECK(rows[3].line == 4);
  }
}

TEST_CASE("csv tokenizer: a quoted field run past the length bound costs its row only", "[data][csv][resync]") {
  std::string text = "h\nx,\"abc\n";
  for (int i = 0; i < 20; ++i) text += "1,2\n";
  const auto rows = tokenize(text, 32);
  REQUIRE(rows.size() == 22);
  CHECK(rows[1].status == csv_status::error);
  CHECK(rows[1].line == 2);
  for (std::size_t k = 2; k < rows.size(); ++k) {
    CHECK(rows[k].fields == std::vector<std::string>{"1", "2"});
    CHECK(rows[k].line == k + 1);
  }
  auto source = byte_source::from_memory(text, "t");
  csv_tokenizer t(source, 32);
  CHECK(t.next() == csv_status::row);
  CHECK(t.next() == csv_status::error);
  CHECK(t.error().reason == reject_reason::line_too_long);
  CHECK_FALSE(t.multiline());
}

TEST_CASE("csv tokenizer: text after a quote that closed on a later line resumes at the line after the row's start",
          "[data][csv][resync]") {
  // The quote opened on line 2 closes at the first quote of line 3, and "d" follows it.
  const auto rows = tokenize("a\nx,\"b\nc,\"d\"\ne\n");
  REQUIRE(rows.size() == 4);
  CHECK(rows[1].status == csv_status::error);
  CHECK(rows[1].line == 2);
  CHECK(rows[2].fields == std::vector<std::string>{"c", "d"});
  CHECK(rows[2].line == 3);
  CHECK(rows[3].fields == std::vector<std::string>{"e"});
  CHECK(rows[3].line == 4);
}

TEST_CASE("csv tokenizer: resync() takes a row that spans lines back to its first line", "[data][csv][resync]") {
  const std::string text = "1,\"a\nb\",2\n3,4\n";
  for (const bool chunked : {false, true}) {
    std::istringstream in(text);
    auto source = chunked ? byte_source::from_stream(in, "t", 8) : byte_source::from_memory(text, "t");
    csv_tokenizer t(source);
    REQUIRE(t.next() == csv_status::row);
    CHECK(t.fields().size() == 3);
    CHECK(t.multiline());
    t.resync();
    CHECK(t.next() == csv_status::error);  // line 2, 'b",2': a quote inside an unquoted field
    CHECK(t.line() == 2);
    CHECK(t.error().reason == reject_reason::bad_quoting);
    REQUIRE(t.next() == csv_status::row);
    CHECK(t.line() == 3);
    CHECK(std::vector<std::string>(t.fields().begin(), t.fields().end()) == std::vector<std::string>{"3", "4"});
    CHECK(t.next() == csv_status::end);
  }
  // Without resync() the row is kept whole; on a row of one line resync() changes nothing.
  auto source = byte_source::from_memory(text, "t");
  csv_tokenizer t(source);
  REQUIRE(t.next() == csv_status::row);
  REQUIRE(t.next() == csv_status::row);
  t.resync();
  CHECK(t.line() == 3);
  CHECK(t.next() == csv_status::end);
}

TEST_CASE("csv tokenizer: a long row splits the same at every alignment, and a bad byte anywhere rejects it",
          "[data][csv]") {
  // Plain rows are split sixteen bytes (SSE2) or eight bytes at a time. A NUL, a bare carriage
  // return or a byte that is not ASCII has to send the row the careful way wherever it falls in a
  // block; the row before the long one shifts it against the blocks.
  const std::vector<std::string> fields{"2025-03", "export", "iso3:KAZ", "85076000", "H6", "123456789", "t"};
  std::string row;
  for (const auto& f : fields) row += (row.empty() ? "" : ",") + f;
  REQUIRE(row.size() > 40);
  for (std::size_t shift = 1; shift <= 16; ++shift) {
    const std::string before(shift, 'h');
    const auto rows = tokenize(before + "\n" + row + "\nafter\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields == fields);
    CHECK(rows[2].fields == std::vector<std::string>{"after"});

    const auto chinese = tokenize(before + "\n" + row + ",出口\nafter\n");  // UTF-8 text: read, and kept
    REQUIRE(chinese.size() == 3);
    CHECK(chinese[1].fields.back() == "出口");

    for (std::size_t at = 0; at + 1 < row.size(); ++at) {  // not the last byte: "\r\n" is a line end
      if (row[at] == ',') continue;
      for (const char bad : {'\r', '\0', '\xFF'}) {
        std::string damaged = row;
        damaged[at] = bad;
        const auto got = tokenize(before + "\n" + damaged + "\nafter\n");
        REQUIRE(got.size() == 3);
        INFO("shift " << shift << ", byte " << at << " is "
                      << static_cast<int>(static_cast<unsigned char>(bad)));
        CHECK(got[1].status == csv_status::error);
        CHECK(got[2].fields == std::vector<std::string>{"after"});
        CHECK(got[2].line == 3);
      }
    }
  }
}
