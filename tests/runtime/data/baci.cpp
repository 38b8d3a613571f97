// The BACI reader: with and without header, leading zeros, NA quantities, the bad-input suite.
#include <tradestat/data/baci.hpp>
#include <tradestat/data/canonical_csv.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;
using tradestat::test::bad_case;
using tradestat::test::fixture;
using tradestat::test::check_one_bad_row;
using tradestat::test::read_all;

namespace {

void check_rows(const std::vector<record>& rows) {
  REQUIRE(rows.size() == 3);
  const record& a = rows[0];
  CHECK(a.period == record_period{year{2022}});
  CHECK(a.flow == trade_flow::exports);
  CHECK(a.reporter == coded_country{country_from(cepii_code{842}), code_scheme::cepii});
  CHECK(to_string(a.reporter->country) == "United States");
  CHECK(a.partner == coded_country{country_from(cepii_code{156}), code_scheme::cepii});
  CHECK(a.commodity == hs_code{"854231", hs_version::hs2017});
  CHECK(a.value_usd == money<USD>{1'234'567});  // 1234.567 thousand USD
  CHECK(!a.value_cny);
  CHECK(a.net_weight == kilograms_of(500));  // 0.5 t
  const record& b = rows[1];
  CHECK(b.commodity == hs_code{"010121", hs_version::hs2017});  // the leading zero restored
  CHECK(b.value_usd == money<USD>{5'200});
  CHECK(!b.net_weight);  // NA: absent, not zero
  const record& c = rows[2];
  CHECK(c.value_usd == money<USD>{1});  // 0.001 thousand USD
  CHECK(!c.net_weight);                 // empty: absent
}

}  // namespace

TEST_CASE("baci: a file with its header is read into exports from i to j in CEPII codes", "[data][baci]") {
  auto reader = read_baci(fixture("baci/with_header.csv"), hs_version::hs2017);
  check_rows(read_all(reader));
  CHECK(reader.report().header_lines == 1);
  CHECK(reader.report().rows_read == 3);
}

TEST_CASE("baci: a file without header (older releases) with CRLF line ends reads the same", "[data][baci]") {
  auto reader = read_baci(fixture("baci/without_header.csv"), hs_version::hs2017);
  check_rows(read_all(reader));
  CHECK(reader.report().header_lines == 0);
  CHECK(reader.report().rows_read == 3);
}

TEST_CASE("baci: values sum exactly in whole dollars", "[data][baci]") {
  auto reader = read_baci(fixture("baci/with_header.csv"), hs_version::hs2017);
  money<USD> total{};
  for (const record& r : reader) total += *r.value_usd;
  CHECK(total == money<USD>{1'239'768});  // 1,234,567 + 5,200 + 1
  CHECK(reader.report().balanced());
}

TEST_CASE("baci: each malformed row is rejected with its file, line, column and reason",
          "[data][baci][bad]") {
  const bad_case cases[] = {
      {"five_fields", "3: q: wrong column count: expected 6 fields (t,i,j,k,v,q), found 5"},
      {"bad_year", "3: t: invalid period: \"22\" is not a year (YYYY)"},
      {"unknown_exporter", "3: i: unknown code: \"999\" is not a known CEPII country code"},
      {"bad_importer", "3: j: unknown code: \"x1\" is not a known CEPII country code"},
      {"short_product",
       "3: k: unknown code: \"8542\" is not an HS6 code (6 digits, or 5 without the leading zero)"},
      {"chapter_00",
       "3: k: unknown code: \"00123\" is not an HS6 code (6 digits, or 5 without the leading zero)"},
      {"bad_value",
       "3: v: bad number: \"abc\" is not a non-negative value in thousand USD with at most 3 decimals"},
      {"negative_value",
       "3: v: bad number: \"-1\" is not a non-negative value in thousand USD with at most 3 decimals"},
      {"value_finer_than_a_dollar",
       "3: v: bad number: \"1.2345\" is not a non-negative value in thousand USD with at most 3 decimals"},
      {"value_overflow",
       "3: v: value overflow: \"99999999999999999999\" thousand USD does not fit a 64-bit count of dollars"},
      {"bad_quantity",
       "3: q: bad number: \"n/a\" is not a non-negative quantity in tonnes with at most 3 decimals, empty or "
       "NA"},
      {"quantity_finer_than_a_kilogram",
       "3: q: bad number: \"0.0001\" is not a non-negative quantity in tonnes with at most 3 decimals, empty "
       "or NA"},
      {"bad_quoting", "3: k: bad quoting: a quoted field is not closed before the end of the file"},
      {"embedded_nul", "3: v: embedded NUL: a NUL byte inside the field"},
      {"encoding_error", "3: q: encoding error: the bytes are not valid UTF-8 (convert the file to UTF-8)"},
  };
  for (const bad_case& c : cases) {
    const std::string path = fixture(std::string("baci/bad/") + c.file + ".csv");
    INFO(path);
    auto reader = read_baci(path, hs_version::hs2022);
    auto strict = read_baci(path, hs_version::hs2022, {.mode = read_mode::strict});
    check_one_bad_row(reader, strict, path + ":" + c.expected);
  }
}

TEST_CASE("baci: a header that is not t,i,j,k,v,q stops the read", "[data][baci][bad]") {
  const std::string path = fixture("baci/bad/header_wrong.csv");
  auto reader = read_baci(path, hs_version::hs2022);
  CHECK_THROWS_WITH(
      read_all(reader),
      path + ": line 1: the header is not t,i,j,k,v,q (a BACI file starts with that header or with data)");
}

TEST_CASE("baci: rows converted to canonical CSV read back as the same records", "[data][baci][roundtrip]") {
  auto reader = read_baci(fixture("baci/with_header.csv"), hs_version::hs2017);
  const auto rows = read_all(reader);
  std::ostringstream out;
  write_canonical(out, rows);
  const std::string text = out.str();
  CHECK(text.substr(text.find('\n') + 1) ==
        "2022,export,cepii:842,cepii:156,854231,H5,,,,,,,1234567,500,,,\n"
        "2022,export,cepii:4,cepii:8,010121,H5,,,,,,,5200,,,,\n"
        "2022,export,cepii:156,cepii:842,870380,H5,,,,,,,1,,,,\n");
  auto again = read_canonical(byte_source::from_memory(text, "again.csv"));
  CHECK(read_all(again) == rows);
}

TEST_CASE("baci: a projection fills only its fields and does not read the other columns",
          "[data][baci][projection]") {
  const std::string text = "t,i,j,k,v,q\n2022,4,8,010121,5.2,bad\n";
  auto full = read_baci(byte_source::from_memory(text, "b.csv"), hs_version::hs2017);
  CHECK(test::read_all(full).empty());
  CHECK(full.report().rejected(reject_reason::bad_number) == 1);
  auto projected = read_baci(byte_source::from_memory(text, "b.csv"), hs_version::hs2017,
                             {.fields = {record_field::period, record_field::flow, record_field::partner,
                                         record_field::value_usd}});
  const std::vector<record> rows = test::read_all(projected);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == record{.period = year{2022},
                          .flow = trade_flow::exports,
                          .partner = test::coded_partner<code_scheme::cepii>(8),
                          .value_usd = money<USD>{5200}});
}

TEST_CASE("baci: a header naming a column twice is refused naming both positions", "[data][baci][bad]") {
  auto reader = read_baci(byte_source::from_memory("t,i,j,k,v,v\n2022,4,8,010121,5.2,0.3\n", "twice.csv"),
                          hs_version::hs2017);
  tradestat::test::check_header_refused(reader, "twice.csv: line 1: column \"v\" appears twice, at columns 5 and 6");
  auto spaced = read_baci(byte_source::from_memory("t,i,j, k,k,q\n2022,4,8,010121,5.2,0.3\n", "spaced.csv"),
                          hs_version::hs2017);
  tradestat::test::check_header_refused(
      spaced, "spaced.csv: line 1: column \" k\" appears twice, at columns 4 and 5 (as \"k\")");
}

TEST_CASE("baci: a stray quote costs its row only, and reading resumes at the next line", "[data][baci][resync]") {
  // Values in thousands of dollars: 1, 20, 300, 4000 and 50000 thousand; line 4 is damaged.
  const std::string text =
      "t,i,j,k,v,q\n2022,4,8,010121,1,0\n2022,4,8,010121,20,0\n2022,4,\"8,010121,300,0\n"
      "2022,4,8,010121,4000,0\n2022,4,8,010121,50000,0\n";
  auto reader = read_baci(byte_source::from_memory(text, "q.csv"), hs_version::hs2017);
  const std::vector<record> kept = tradestat::test::read_one_damaged(reader, 5, 4, 4);
  money<USD> total{};
  for (const record& r : kept) total += *r.value_usd;
  CHECK(total == money<USD>{54'021'000});
}
