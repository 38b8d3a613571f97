// The canonical CSV reader and writer: fixtures, the bad-input suite, round trips.
#include <tradestat/data/canonical_csv.hpp>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;
using tradestat::test::bad_case;
using tradestat::test::fixture;
using tradestat::test::check_one_bad_row;
using tradestat::test::read_all;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_good_rows(const std::vector<record>& rows) {
  REQUIRE(rows.size() == 4);
  const record& a = rows[0];
  CHECK(a.period == record_period{month{2025, 1}});
  CHECK(a.flow == trade_flow::exports);
  CHECK(!a.reporter);
  CHECK(a.partner == coded_country{country_from(gacc_code{145}), code_scheme::gacc});
  CHECK(to_string(a.partner->country) == "Kazakhstan");
  CHECK(a.commodity == hs_code{"85171300", hs_version::hs2022});
  CHECK(a.mode == trade_mode{10});
  CHECK(a.enterprise == enterprise_type::private_enterprise);
  CHECK(a.region == province::from_gb2260(65));
  CHECK(a.district == customs_district{"9401"});
  CHECK(a.brand == brand_type::domestic_own);
  CHECK(a.value_cny == money<CNY>{1'200'000});
  CHECK(a.value_usd == money<USD>{167'000});
  CHECK(a.net_weight == kilograms_of(350));
  CHECK(a.quantity == counted_quantity{20, quantity_unit{"台"}});
  CHECK(!a.estimated);
  CHECK(!a.aggregate);

  const record& b = rows[1];
  CHECK(b.flow == trade_flow::imports);
  CHECK(to_string(b.partner->country) == "United States");
  CHECK(b.commodity == hs_code{"120190", hs_version::hs2022});
  CHECK(!b.brand);
  CHECK(!b.value_usd);  // absent, not zero
  CHECK(!b.quantity);
  CHECK(b.net_weight == kilograms_of(159'525'200));

  const record& c = rows[2];
  CHECK(c.partner == coded_country{country_from(iso_alpha3_code{"KGZ"}), code_scheme::iso_alpha3});
  CHECK(c.commodity == hs_code{"6109", hs_version::hs2022});
  CHECK(c.mode == trade_mode{19});
  CHECK(!c.district);
  CHECK(c.estimated);

  const record& d = rows[3];
  CHECK(d.period == record_period{year{2024}});
  CHECK(d.reporter == coded_country{country_from(comtrade_code{156}), code_scheme::comtrade});
  CHECK(d.partner->country.kind() == country_kind::aggregate);
  CHECK(!d.commodity);
  CHECK(!d.value_cny);
  CHECK(d.value_usd == money<USD>{5'000'000});
  CHECK(d.aggregate);
}

}  // namespace

TEST_CASE("canonical csv: every column of a file is read into the record's typed fields",
          "[data][canonical]") {
  auto reader = read_canonical(fixture("canonical/good.csv"));
  const auto rows = read_all(reader);
  check_good_rows(rows);
  CHECK(reader.report().rows_read == 4);
  CHECK(reader.report().rows_rejected == 0);
  CHECK(reader.report().header_lines == 1);
}

TEST_CASE("canonical csv: a byte-order mark, CRLF line ends, quoted fields and trailing commas read the same",
          "[data][canonical]") {
  auto reader = read_canonical(fixture("canonical/good_bom_crlf_quoted.csv"));
  check_good_rows(read_all(reader));
  CHECK(reader.report().rows_read == 4);
}

TEST_CASE("canonical csv: values sum exactly in their currency", "[data][canonical]") {
  auto reader = read_canonical(fixture("canonical/good.csv"));
  money<CNY> total{};
  for (const record& r : reader)
    if (r.value_cny) total += *r.value_cny;
  CHECK(total == money<CNY>{640'441'226});  // 1,200,000 + 639,240,426 + 800
  CHECK(reader.report().balanced());
}

TEST_CASE("canonical csv: an empty file and a header-only file give no rows and no rejections",
          "[data][canonical]") {
  for (const char* name : {"canonical/empty.csv", "canonical/header_only.csv"}) {
    auto reader = read_canonical(fixture(name));
    CHECK(read_all(reader).empty());
    CHECK(reader.report().rows_read == 0);
    CHECK(reader.report().rows_rejected == 0);
  }
}

TEST_CASE("canonical csv: a last row without a line end is read", "[data][canonical]") {
  auto reader = read_canonical(fixture("canonical/no_final_newline.csv"));
  const auto rows = read_all(reader);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].value_cny == money<CNY>{5});
}

TEST_CASE("canonical csv: blank lines are counted apart and are not rows", "[data][canonical]") {
  auto reader = read_canonical(fixture("canonical/blank_lines.csv"));
  CHECK(read_all(reader).size() == 2);
  CHECK(reader.report().rows_read == 2);
  CHECK(reader.report().blank_lines == 2);
}

TEST_CASE(
    "canonical csv: quoted fields keep commas, doubled quotes and line breaks, and lines count physical "
    "lines",
    "[data][canonical]") {
  auto reader = read_canonical(fixture("canonical/quoted_unit.csv"));
  const auto rows = read_all(reader);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].quantity->unit.text() == "pair, \"left\"");
  CHECK(rows[1].quantity->unit.text() == "multi\nline");
  REQUIRE(reader.report().rejections.size() == 1);
  // The third row starts on line 5: the second row spans lines 3 and 4.
  CHECK(reader.report().rejections[0].message() ==
        fixture("canonical/quoted_unit.csv") +
            ":5: quantity: bad number: \"x\" is not a whole non-negative number");
}

TEST_CASE("canonical csv: each malformed row is rejected with its file, line, column and reason",
          "[data][canonical][bad]") {
  const bad_case cases[] = {
      {"bad_number", "3: value_cny: bad number: \"12x\" is not a whole number"},
      {"decimal_value", "3: value_cny: bad number: \"1.5\" is not a whole number"},
      {"value_overflow", "3: value_cny: value overflow: \"9223372036854775808\" does not fit a 64-bit count"},
      {"unknown_partner",
       "3: partner: unknown code: \"iso3:QQQ\" is not a known ISO 3166-1 alpha-3 partner code"},
      {"unknown_scheme",
       "3: partner: unknown code: \"m49\" is not a code scheme (gacc, gacc3, iso2, iso3, isonum, comtrade, "
       "cepii)"},
      {"too_many_fields", "3: column 5: wrong column count: expected 4 fields as in the header, found 5"},
      {"too_few_fields", "3: value_cny: wrong column count: expected 4 fields as in the header, found 3"},
      {"unterminated_quote",
       "3: partner: bad quoting: a quoted field is not closed before the end of the file"},
      {"bare_quote",
       "3: flow: bad quoting: a quote inside an unquoted field (quote the field and double the quote)"},
      {"text_after_quote", "3: period: bad quoting: text after the closing quote of a quoted field"},
      {"invalid_month", "3: period: invalid period: \"2025-13\" is not a month (YYYY-MM) or a year (YYYY)"},
      {"invalid_period_form",
       "3: period: invalid period: \"2025/03\" is not a month (YYYY-MM) or a year (YYYY)"},
      {"missing_flow", "3: flow: missing value: the column must have a value"},
      {"unknown_flow",
       "3: flow: unknown code: \"exports\" is not a flow (export, import, re-export, re-import)"},
      {"negative_weight",
       "3: net_weight_kg: bad number: \"-5\" is not a whole non-negative number of kilograms"},
      {"bad_hs", "3: hs: unknown code: \"0012\" is not an HS code (2, 4, 6, 8 or 10 digits, chapter 01-99)"},
      {"hs_without_edition", "3: hs_version: missing value: hs and hs_version go together"},
      {"bad_edition", "3: hs_version: unknown code: \"HS6\" is not an HS edition (H0 to H6)"},
      {"bad_flags", "3: flags: unknown code: \"X\" is not a set of flags (E estimated, A aggregate)"},
      {"bad_enterprise",
       "3: enterprise_type: unknown code: \"privat\" is not an enterprise type (state_owned, "
       "foreign_invested, private, other)"},
      {"bad_region", "3: region: unknown code: \"99\" is not a GB/T 2260 province code"},
      {"bad_trade_mode", "3: trade_mode: unknown code: \"1A\" is not a two-digit trade mode code (10-99)"},
      {"unit_without_quantity", "3: quantity: missing value: quantity and quantity_unit go together"},
      {"encoding_error",
       "3: partner: encoding error: the bytes are not valid UTF-8 (convert the file to UTF-8)"},
      {"embedded_nul", "3: value_cny: embedded NUL: a NUL byte inside the field"},
  };
  for (const bad_case& c : cases) {
    const std::string path = fixture(std::string("canonical/bad/") + c.file + ".csv");
    INFO(path);
    // Lenient keeps the good row and reports the bad one; strict throws the same message.
    auto reader = read_canonical(path);
    auto strict = read_canonical(path, {.mode = read_mode::strict});
    check_one_bad_row(reader, strict, path + ":" + c.expected);
    CHECK(strict.report().rows_accepted == 1);
    CHECK(strict.report().rows_rejected == 1);
  }
}

TEST_CASE("canonical csv: a row longer than the bound is rejected and reading goes on",
          "[data][canonical][bad]") {
  const std::string path = fixture("canonical/bad/line_too_long.csv");
  auto reader = read_canonical(path, {.max_row_bytes = 64});
  CHECK(read_all(reader).size() == 1);
  REQUIRE(reader.report().rejections.size() == 1);
  CHECK(reader.report().rejections[0].message() ==
        path + ":3: value_cny: line too long: the row is longer than 64 bytes (read_options::max_row_bytes)");
  CHECK(reader.report().rejected(reject_reason::line_too_long) == 1);
}

TEST_CASE(
    "canonical csv: a header the format cannot read stops the read with a message, even in lenient mode",
    "[data][canonical][bad]") {
  const std::string unknown = fixture("canonical/bad/header_unknown_column.csv");
  auto a = read_canonical(unknown);
  CHECK_THROWS_WITH(
      read_all(a),
      unknown + ": line 1: \"valeur\" is not a canonical CSV column (see docs/reference/canonical-csv.md)");
  const std::string twice = fixture("canonical/bad/header_duplicate_column.csv");
  auto b = read_canonical(twice);
  CHECK_THROWS_WITH(read_all(b), twice + ": line 1: column \"flow\" appears twice, at columns 2 and 3");
  const std::string no_period = fixture("canonical/bad/header_without_period.csv");
  auto c = read_canonical(no_period);
  CHECK_THROWS_WITH(read_all(c), no_period + ": line 1: the header has no \"period\" column");
}

TEST_CASE("canonical csv: a missing file is a read_error naming it", "[data][canonical][bad]") {
  const std::string path = fixture("canonical/does_not_exist.csv");
  CHECK_THROWS_WITH(read_canonical(path), path + ": cannot open: No such file or directory");
}

TEST_CASE("canonical csv: lenient reading keeps a bounded number of rejections but counts them all",
          "[data][canonical]") {
  std::string text = "period,flow,value_cny\n";
  for (int i = 0; i < 50; ++i) text += "2025-03,export,x\n";
  auto reader = read_canonical(byte_source::from_memory(text, "many.csv"), {.max_kept_rejections = 10});
  CHECK(read_all(reader).empty());
  CHECK(reader.report().rows_rejected == 50);
  CHECK(reader.report().rejected(reject_reason::bad_number) == 50);
  CHECK(reader.report().rejections.size() == 10);
  CHECK(reader.report().rejections[9].line == 11);
}

TEST_CASE(
    "canonical csv: writing what was read and reading it again gives the same records and the same text",
    "[data][canonical][roundtrip]") {
  auto first = read_canonical(fixture("canonical/good.csv"));
  const auto rows = read_all(first);
  std::ostringstream out;
  CHECK(write_canonical(out, rows) == 4);
  CHECK(out.str() == slurp(fixture("canonical/good.csv")));
  const std::string written = out.str();
  auto again = read_canonical(byte_source::from_memory(written, "again.csv"));
  CHECK(read_all(again) == rows);
}

TEST_CASE("canonical csv: the writer quotes text that holds a delimiter, a quote or a line end",
          "[data][canonical][roundtrip]") {
  auto first = read_canonical(fixture("canonical/quoted_unit.csv"));
  const auto rows = read_all(first);
  std::ostringstream out;
  write_canonical(out, rows,
                  {canonical_column::period, canonical_column::flow, canonical_column::quantity,
                   canonical_column::quantity_unit});
  CHECK(out.str() ==
        "period,flow,quantity,quantity_unit\n2025-03,export,4,\"pair, "
        "\"\"left\"\"\"\n2025-03,export,2,\"multi\nline\"\n");
  const std::string written = out.str();
  auto again = read_canonical(byte_source::from_memory(written, "again.csv"));
  CHECK(read_all(again) == rows);
}

TEST_CASE("canonical csv: a file read through a stream in small chunks gives the same records",
          "[data][canonical]") {
  std::ifstream in(fixture("canonical/good_bom_crlf_quoted.csv"), std::ios::binary);
  auto reader = read_canonical(byte_source::from_stream(in, "stream", 64));
  check_good_rows(read_all(reader));
}

// The fast paths: the text memo that remembers partner and HS cells, and the flow and month read
// without loops. Each must give exactly what the careful path gives, including on the rows that
// follow a remembered one.
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

TEST_CASE("canonical csv: the fast path: the text memo finds exactly the texts it was given",
          "[data][canonical]") {
  using memo = detail::text_memo<int, 64>;
  memo m;
  CHECK(m.find(memo::key_of("gacc:502")) == nullptr);
  const std::vector<std::string> texts = {"gacc:502", "gacc:145", "gacc:141",   "iso3:KGZ", "854231",
                                          "85",       "8507",     "8542310010", "a",        "cepii:842"};
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

TEST_CASE(
    "canonical csv: the fast path: a partner read again from the memo is the same partner, and a bad one is "
    "still refused",
    "[data][canonical]") {
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

TEST_CASE("canonical csv: the fast path: the same HS digits in another edition give a code in that edition",
          "[data][canonical]") {
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

TEST_CASE(
    "canonical csv: the fast path: flows and months read without loops accept exactly the documented words",
    "[data][canonical]") {
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

TEST_CASE(
    "canonical csv: the fast path: enterprise and brand words and region codes found without a search accept "
    "exactly the documented words and the table's codes",
    "[data][canonical]") {
  std::string text = "period,flow,enterprise_type,brand_type,region,value_cny\n";
  // Every word, then words of the same lengths that are not words, other cases and prefixes.
  const std::vector<std::pair<std::string, std::optional<enterprise_type>>> enterprises = {
      {"state_owned", enterprise_type::state_owned},
      {"foreign_invested", enterprise_type::foreign_invested},
      {"private", enterprise_type::private_enterprise},
      {"other", enterprise_type::other},
      {"state_ownex", std::nullopt},
      {"foreign_investeD", std::nullopt},
      {"Private", std::nullopt},
      {"othe", std::nullopt},
      {"others", std::nullopt}};
  const std::vector<std::pair<std::string, std::optional<brand_type>>> brands = {
      {"no_brand", brand_type::no_brand},
      {"domestic_own", brand_type::domestic_own},
      {"domestic_acquired", brand_type::domestic_acquired},
      {"overseas_oem", brand_type::overseas_oem},
      {"overseas_other", brand_type::overseas_other},
      {"domestic_oem", std::nullopt},
      {"overseas_own", std::nullopt},
      {"no_brandx", std::nullopt},
      {"overseas_othe", std::nullopt}};
  for (const auto& [word, _] : enterprises) text += "2025-01,export," + word + ",no_brand,65,1\n";
  for (const auto& [word, _] : brands) text += "2025-01,export,private," + word + ",65,1\n";
  for (const auto& row : detail::province_rows) text += "2025-01,export,private,no_brand," + std::to_string(row.code) + ",1\n";
  for (const char* code : {"00", "10", "66", "99", "6", "065"}) text += std::string("2025-01,export,private,no_brand,") + code + ",1\n";
  const read_result got = read_lenient(text);
  std::size_t k = 0;
  for (const auto& [word, expected] : enterprises) {
    if (!expected) continue;
    INFO(word);
    REQUIRE(k < got.rows.size());
    CHECK(got.rows[k++].enterprise == expected);
  }
  for (const auto& [word, expected] : brands) {
    if (!expected) continue;
    INFO(word);
    REQUIRE(k < got.rows.size());
    CHECK(got.rows[k++].brand == expected);
  }
  for (const auto& row : detail::province_rows) {
    REQUIRE(k < got.rows.size());
    CHECK(got.rows[k++].region == province::from_gb2260(row.code));
  }
  CHECK(got.rows.size() == 4 + 5 + 34);
  CHECK(got.report.rows_rejected == 5 + 4 + 6);
  REQUIRE(got.report.rejections.size() >= 15);
  CHECK(got.report.rejections[0].field == "enterprise_type");
  CHECK(got.report.rejections[5].field == "brand_type");
  CHECK(got.report.rejections[9].field == "region");
}

TEST_CASE("canonical: a projection fills only its fields and does not read the other columns",
          "[data][canonical][projection]") {
  const std::string text =
      "period,flow,reporter,partner,hs,hs_version,value_cny,value_usd,net_weight_kg,flags\n"
      "2025-03,export,gacc:142,gacc:502,85423100,H6,100,12x,12,E\n";
  // Read whole, the bad value_usd cell rejects the row.
  auto full = read_canonical(byte_source::from_memory(text, "p.csv"));
  CHECK(test::read_all(full).empty());
  CHECK(full.report().rejected(reject_reason::bad_number) == 1);
  // Projected, value_usd is neither parsed nor validated: the row is accepted with exactly the
  // fields asked for.
  const read_options projected{.fields = {record_field::period, record_field::flow, record_field::partner,
                                          record_field::value_cny}};
  auto part = read_canonical(byte_source::from_memory(text, "p.csv"), projected);
  const std::vector<record> rows = test::read_all(part);
  REQUIRE(rows.size() == 1);
  const record expected{.period = month{2025, 3},
                        .flow = trade_flow::exports,
                        .partner = test::coded_partner<code_scheme::gacc>(502),
                        .value_cny = money<CNY>{100}};
  CHECK(rows[0] == expected);
  // One flag of two: the flags column is read, only the projected flag kept.
  auto flags = read_canonical(byte_source::from_memory(text, "p.csv"), {.fields = {record_field::estimated}});
  const std::vector<record> flagged = test::read_all(flags);
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0] == record{.estimated = true});
  // Without flow or period, empty cells there are not rejections either.
  const std::string no_period = "period,flow,value_cny\n,,7\n";
  auto values = read_canonical(byte_source::from_memory(no_period, "n.csv"), {.fields = {record_field::value_cny}});
  CHECK(test::read_all(values).at(0) == record{.value_cny = money<CNY>{7}});
  auto strict = read_canonical(byte_source::from_memory(no_period, "n.csv"));
  CHECK(test::read_all(strict).empty());
}

TEST_CASE("canonical csv: a repeated column is refused naming both positions, the first repeat found",
          "[data][canonical][bad]") {
  // value_usd at 3 and 5, before flow's own repeat at 6: the first name seen again is named.
  const std::string text = "period,flow,value_usd,reporter,value_usd,flow\n2025-03,export,1,CN,2,export\n";
  auto reader = read_canonical(byte_source::from_memory(text, "twice.csv"));
  tradestat::test::check_header_refused(reader,
                                        "twice.csv: line 1: column \"value_usd\" appears twice, at columns 3 and 5");
}

namespace {
money<CNY> total_cny(const std::vector<record>& rows) {
  money<CNY> total{};
  for (const record& r : rows) total += *r.value_cny;
  return total;
}
}  // namespace

TEST_CASE("canonical: one damaged quote costs its row, whatever the damage, and reading resumes at the next line",
          "[data][canonical][resync]") {
  const std::string header = "period,flow,partner,value_cny\n";
  const std::string before = "2025-01,export,gacc:145,100\n2025-01,export,\"gacc:502\",20\n";
  const std::string after = "2025-02,export,gacc:145,4000\n2025-03,export,\"gacc:502\",50000\n";
  // Line 4 held 2025-02,import,gacc:145,3; each damage below leaves the other four rows, 54120 yuan.
  for (const std::string& damaged : {
           std::string("2025-02,import,\"gacc:145,3\n"),   // a quote opened and never closed
           std::string("\"2025-02,import,gacc:145,3\n"),   // at the start of the row
           std::string("2025-02,import,gacc:145,\"3\n"),   // in the last field
           std::string("2025-02,import,gac\"c:145,3\n"),   // a bare quote inside a field
       }) {
    CAPTURE(damaged);
    const std::string text = header + before + damaged + after;
    for (const bool chunked : {false, true}) {
      std::istringstream in(text);
      auto reader = chunked ? read_canonical(byte_source::from_stream(in, "d.csv", 16))
                            : read_canonical(byte_source::from_memory(text, "d.csv"));
      const std::vector<record> kept = tradestat::test::read_one_damaged(reader, 5, 4, 4);
      CHECK(total_cny(kept) == money<CNY>{54'120});
    }
    auto strict = read_canonical(byte_source::from_memory(text, "d.csv"), {.mode = read_mode::strict});
    try {
      for ([[maybe_unused]] const record& r : strict) {
      }
      FAIL("a strict read of a damaged file did not throw");
    } catch (const read_error& e) {
      CHECK(std::string(e.what()).starts_with("d.csv:4: "));
    }
  }
}

TEST_CASE("canonical: a quoted field run past the row-length bound costs its row only", "[data][canonical][resync]") {
  std::string text = "period,flow,partner,value_cny\n2025-01,export,\"gacc:145,100\n";
  for (int i = 0; i < 30; ++i) text += "2025-02,export,gacc:145,7\n";
  auto reader = read_canonical(byte_source::from_memory(text, "long.csv"), {.max_row_bytes = 64});
  const std::vector<record> kept = tradestat::test::read_one_damaged(reader, 31, 30, 2);
  CHECK(reader.report().rejections[0].reason == reject_reason::line_too_long);
  CHECK(total_cny(kept) == money<CNY>{210});
}

TEST_CASE("canonical: a row that spans lines and is rejected resumes at the line after its start",
          "[data][canonical][resync]") {
  // The quote of line 2 closes on line 3 and the row splits into four fields, whose partner is
  // wrong; reading resumes at line 3, which is rejected on its own (a quote inside a field), and
  // line 4 is read.
  const std::string text =
      "period,flow,partner,value_cny\n2025-01,export,\"gacc:145\n2025-02,export,gacc:502\",3\n2025-03,export,gacc:145,9\n";
  auto reader = read_canonical(byte_source::from_memory(text, "span.csv"));
  const std::vector<record> kept = read_all(reader);
  const read_report& rep = reader.report();
  CHECK(rep.rows_read == 3);
  CHECK(rep.rows_rejected == 2);
  REQUIRE(rep.rejections.size() == 2);
  CHECK(rep.rejections[0].line == 2);
  CHECK(rep.rejections[0].field == "partner");
  CHECK(rep.rejections[1].line == 3);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].value_cny == money<CNY>{9});
}
