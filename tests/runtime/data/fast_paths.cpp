// The canonical reader's fast paths: eight digits at a time, the text memo that remembers partner
// and HS cells, and the flow and month read without loops. Each must give exactly what the
// careful path gives, including on the rows that follow a remembered one.
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/detail/field_parse.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {

struct read_result {
  std::vector<record> rows;
  read_report report;
};

read_result read_lenient(const std::string& text) {
  auto reader = read_canonical(byte_source::from_memory(text), {.mode = read_mode::lenient});
  read_result out;
  for (const record& r : reader) out.rows.push_back(r);
  out.report = reader.report();
  return out;
}

}  // namespace

TEST_CASE("fast paths: eight ASCII digits are recognised and valued exactly", "[data][fast]") {
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
  STATIC_REQUIRE(!all_digits8(load_little_endian("1234\xff" "678", 8)));
  STATIC_REQUIRE(load_little_endian("abc", 3) == 0x636261ULL);
  // Run time takes the memcpy path: the same answers.
  const std::string s = "1234567";
  CHECK(load_little_endian(s.data(), 7) == 0x37363534333231ULL);
  CHECK(load_little_endian(s.data(), 5) == 0x3534333231ULL);
  CHECK(load_little_endian(s.data(), 8 - 4) == 0x34333231ULL);
}

TEST_CASE("fast paths: whole numbers of eight or more digits read exactly, and a bad digit anywhere is refused",
          "[data][fast]") {
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

TEST_CASE("fast paths: the text memo finds exactly the texts it was given", "[data][fast]") {
  using memo = detail::text_memo<int, 64>;
  memo m;
  CHECK(m.find(memo::key_of("gacc:502")) == nullptr);
  const std::vector<std::string> texts = {"gacc:502", "gacc:145", "gacc:141", "iso3:KGZ", "854231",
                                          "85",       "8507",     "8542310010", "a",   "cepii:842"};
  for (std::size_t i = 0; i < texts.size(); ++i) m.remember(memo::key_of(texts[i]), static_cast<int>(i));
  // A slot holds the newest text that hashed to it: every text is found with its own value or not at all.
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const int* found = m.find(memo::key_of(texts[i]));
    if (found != nullptr) CHECK(*found == static_cast<int>(i));
  }
  m.remember(memo::key_of("gacc:502"), 7);
  REQUIRE(m.find(memo::key_of("gacc:502")) != nullptr);
  CHECK(*m.find(memo::key_of("gacc:502")) == 7);
  CHECK(m.find(memo::key_of("gacc:503")) == nullptr);
  CHECK(m.find(memo::key_of("gacc:5020")) == nullptr);
  CHECK(m.find(memo::key_of("854231", 1)) == nullptr);  // another salt is another key
  CHECK(memo::fits("1234567890123456"));
  CHECK(!memo::fits("12345678901234567"));
  CHECK(!memo::fits(""));
}

TEST_CASE("fast paths: a partner read again from the memo is the same partner, and a bad one is still refused",
          "[data][fast]") {
  const std::string text =
      "period,flow,partner,value_cny\n"
      "2025-01,export,gacc:502,1\n"
      "2025-02,import,gacc:502,2\n"
      "2025-03,export,iso3:USA,3\n"
      "2025-04,export,gacc:099,4\n"
      "2025-05,export,iso3:USA,5\n";
  const read_result got = read_lenient(text);
  REQUIRE(got.rows.size() == 4);
  CHECK(got.report.rows_read == 5);
  CHECK(got.report.rows_rejected == 1);
  REQUIRE(got.report.rejections.size() == 1);
  CHECK(got.report.rejections[0].line == 5);
  CHECK(got.report.rejections[0].field == "partner");
  // gacc:502 and iso3:USA are the same country (the United States), each keeping its scheme.
  CHECK(got.rows[0].partner == got.rows[1].partner);
  CHECK(got.rows[1].partner->scheme == code_scheme::gacc);
  CHECK(got.rows[2].partner->scheme == code_scheme::iso_alpha3);
  CHECK(got.rows[3].partner == got.rows[2].partner);
  CHECK(got.rows[0].partner->country == got.rows[2].partner->country);
}

TEST_CASE("fast paths: the same HS digits in another edition give a code in that edition", "[data][fast]") {
  const std::string text =
      "period,flow,hs,hs_version,value_cny\n"
      "2025-01,export,854231,H6,1\n"
      "2025-01,export,854231,H5,2\n"
      "2025-01,export,854231,H5,3\n"
      "2025-01,export,854231,H6,4\n"
      "2025-01,export,0042,H6,5\n";
  const read_result got = read_lenient(text);
  REQUIRE(got.rows.size() == 4);
  CHECK(got.report.rows_rejected == 1);
  CHECK(got.rows[0].commodity == hs_code("854231", hs_version::hs2022));
  CHECK(got.rows[1].commodity == hs_code("854231", hs_version::hs2017));
  CHECK(got.rows[2].commodity == hs_code("854231", hs_version::hs2017));
  CHECK(got.rows[3].commodity == hs_code("854231", hs_version::hs2022));
}

TEST_CASE("fast paths: flows and months read without loops accept exactly the documented words",
          "[data][fast]") {
  const std::string text =
      "period,flow,value_cny\n"
      "2025-12,re-export,1\n"
      "2025-01,re-import,2\n"
      "0001-01,import,3\n"
      "2025-13,export,4\n"
      "2025-00,export,5\n"
      "0000-05,export,6\n"
      "2025/01,export,7\n"
      "2025-1a,export,8\n"
      "2025-01,re-exporT,9\n"
      "2025-01,exports,10\n"
      "2025-01,Export,11\n"
      "2025-01,re-impor,12\n";
  const read_result got = read_lenient(text);
  REQUIRE(got.rows.size() == 3);
  CHECK(got.rows[0].period == record_period{month{2025, 12}});
  CHECK(got.rows[0].flow == trade_flow::re_exports);
  CHECK(got.rows[1].flow == trade_flow::re_imports);
  CHECK(got.rows[2].period == record_period{month{1, 1}});
  CHECK(got.rows[2].flow == trade_flow::imports);
  CHECK(got.report.rows_rejected == 9);
  CHECK(got.report.rejected_by_reason[static_cast<std::size_t>(reject_reason::invalid_period)] == 5);
  CHECK(got.report.rejected_by_reason[static_cast<std::size_t>(reject_reason::unknown_code)] == 4);
}
