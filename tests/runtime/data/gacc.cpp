// The GACC query-export reader: headers chosen by the query's grouping, GBK and UTF-8, quoted
// fields with a trailing comma, thousands separators, placeholders, the caller's flow and period,
// the bad-input suite, and the real sample in ../shared/samples/gacc/ when it is there.
#include <tradestat/data/gacc.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;
using tradestat::test::bad_case;
using tradestat::test::check_one_bad_row;
using tradestat::test::read_all;

namespace {
std::string gacc_fixture(const std::string& relative) { return tradestat::test::fixture(relative, "gacc"); }
coded_country gacc_partner(int code) { return tradestat::test::coded_partner<code_scheme::gacc>(code); }
}  // namespace

TEST_CASE("gacc: a UTF-8 export by month and partner reads into records of the caller's flow",
          "[data][gacc]") {
  auto reader = read_gacc(gacc_fixture("monthly_by_partner.csv"), trade_flow::imports);
  const auto rows = read_all(reader);
  CHECK(reader.parser().encoding() == text_encoding::utf8);
  CHECK(reader.report().rows_read == 4);
  CHECK(reader.report().rows_rejected == 0);
  CHECK(reader.report().header_lines == 1);
  REQUIRE(rows.size() == 4);
  const record& a = rows[0];
  CHECK(a.period == record_period{month{2023, 1}});
  CHECK(a.flow == trade_flow::imports);
  CHECK(a.reporter == gacc_partner(142));  // China
  CHECK(a.partner == gacc_partner(402));   // Argentina
  CHECK(to_string(a.partner->country) == "Argentina");
  CHECK(a.commodity == hs_code{"12019019", hs_version::hs2022});
  CHECK(a.value_cny == money<CNY>{4'000'000});
  CHECK(!a.value_usd);
  CHECK(a.net_weight == kilograms_of(1'000'000));
  CHECK(!a.quantity);  // "0" with "?" as unit: not applicable
  CHECK(!a.mode);
  CHECK(!a.aggregate);
  CHECK(rows[1].partner == gacc_partner(502));
  CHECK(rows[1].value_cny == money<CNY>{1'234});
  CHECK(rows[2].period == record_period{month{2023, 2}});
  CHECK(rows[2].net_weight == kilograms_of(2'000));  // "-" "-" as the second quantity: absent
  const record& d = rows[3];
  CHECK(!d.value_cny);  // "-": absent, never zero
  REQUIRE(d.quantity.has_value());
  CHECK(d.quantity->amount == 12);
  CHECK(d.quantity->unit.text() == "台");
  CHECK(d.net_weight == kilograms_of(30));  // the second quantity, in 千克
}

TEST_CASE("gacc: values sum exactly in whole yuan and weights in kilograms", "[data][gacc]") {
  auto reader = read_gacc(gacc_fixture("monthly_by_partner.csv"), trade_flow::imports);
  money<CNY> total{};
  std::int64_t kg = 0;
  for (const record& r : reader) {
    if (r.value_cny) total += *r.value_cny;
    if (r.net_weight) kg += r.net_weight->value();
  }
  CHECK(total == money<CNY>{4'010'234});  // 4,000,000 + 1,234 + 9,000
  CHECK(kg == 1'002'280);                 // 1,000,000 + 250 + 2,000 + 30
  CHECK(reader.report().balanced());
  CHECK(reader.report().rows_accepted == 4);
}

TEST_CASE("gacc: a GBK export without 数据年月 is converted and covers the queried period",
          "[data][gacc][gbk]") {
  auto reader =
      read_gacc(gacc_fixture("gbk_by_partner_mode_region.csv"), trade_flow::exports, {.period = year{2024}});
  const auto rows = read_all(reader);
  CHECK(reader.parser().encoding() == text_encoding::gbk);
  CHECK(reader.report().rows_read == 3);
  CHECK(reader.report().rows_rejected == 0);
  REQUIRE(rows.size() == 3);
  const record& a = rows[0];
  CHECK(a.period == record_period{year{2024}});
  CHECK(a.flow == trade_flow::exports);
  CHECK(a.partner == gacc_partner(145));
  CHECK(to_string(a.partner->country) == "Kazakhstan");
  CHECK(a.mode == trade_mode{19});  // 边境小额贸易 border small-volume trade
  CHECK(a.region == province::from_gb2260(65));
  CHECK(a.commodity == hs_code{"87032362", hs_version::hs2022});
  CHECK(a.value_usd == money<USD>{3'600'000});  // the 美元 column
  CHECK(!a.value_cny);
  REQUIRE(a.quantity.has_value());
  CHECK(a.quantity->amount == 120);
  CHECK(a.quantity->unit.text() == "辆");  // converted from GBK
  CHECK(a.net_weight == kilograms_of(180'000));
  CHECK(rows[1].partner == gacc_partner(149));
  CHECK(rows[1].quantity->unit.text() == "个");
  CHECK(rows[2].quantity->unit.text() == "件");
  CHECK(!rows[2].net_weight);
  money<USD> total{};
  for (const record& r : rows) total += *r.value_usd;
  CHECK(total == money<USD>{3'725'000});  // 3,600,000 + 45,000 + 80,000
}

TEST_CASE("gacc: a GBK export streams through a small buffer the same as from a mapped file",
          "[data][gacc][gbk]") {
  std::ifstream in(gacc_fixture("gbk_by_partner_mode_region.csv"), std::ios::binary);
  REQUIRE(in);
  auto streamed =
      read_gacc(byte_source::from_stream(in, "gbk.csv", 64), trade_flow::exports, {.period = year{2024}});
  auto mapped =
      read_gacc(gacc_fixture("gbk_by_partner_mode_region.csv"), trade_flow::exports, {.period = year{2024}});
  CHECK(read_all(streamed) == read_all(mapped));
  CHECK(streamed.report().rows_read == 3);
}

TEST_CASE("gacc: the edition of HS codes follows the year unless the caller names it", "[data][gacc]") {
  CHECK(china_hs_edition(2016) == hs_version::hs2012);
  CHECK(china_hs_edition(2017) == hs_version::hs2017);
  CHECK(china_hs_edition(2021) == hs_version::hs2017);
  CHECK(china_hs_edition(2022) == hs_version::hs2022);
  const std::string text = "\"数据年月\",\"商品编码\",\"人民币\",\n\"202106\",\"85414020\",\"1,000\",\n";
  auto by_year = read_gacc(byte_source::from_memory(text, "a.csv"), trade_flow::exports);
  const auto rows = read_all(by_year);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].commodity == hs_code{"85414020", hs_version::hs2017});
  auto named = read_gacc(byte_source::from_memory(text, "a.csv"), trade_flow::exports,
                         {.edition = hs_version::hs2012});
  CHECK(read_all(named).at(0).commodity == hs_code{"85414020", hs_version::hs2012});
}

TEST_CASE("gacc: a header-only file and an empty file read as no rows", "[data][gacc]") {
  auto header_only = read_gacc(gacc_fixture("header_only.csv"), trade_flow::imports);
  CHECK(read_all(header_only).empty());
  CHECK(header_only.report().rows_read == 0);
  CHECK(header_only.report().header_lines == 1);
  auto empty = read_gacc(byte_source::from_memory("", "empty.csv"), trade_flow::imports);
  CHECK(read_all(empty).empty());
  CHECK(empty.report().rows_read == 0);
}

TEST_CASE("gacc: unquoted cells and lines without the trailing comma are read too", "[data][gacc]") {
  const std::string text = "数据年月,贸易伙伴编码,人民币\n202305,502,\"12,345\"\n";
  auto reader = read_gacc(byte_source::from_memory(text, "b.csv"), trade_flow::exports);
  const auto rows = read_all(reader);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].value_cny == money<CNY>{12'345});
  CHECK(rows[0].partner == gacc_partner(502));
}

TEST_CASE(
    "gacc: each line with bytes that are not GBK is rejected at its own line, across the converter's buffers",
    "[data][gacc][gbk][bad]") {
  // 数据年月,商品编码,商品名称,人民币 in GBK; a good name is 小轿车, a bad one ends in 0xFF, which no
  // GBK character holds.
  const std::string header =
      "\xca\xfd\xbe\xdd\xc4\xea\xd4\xc2,\xc9\xcc\xc6\xb7\xb1\xe0\xc2\xeb,"
      "\xc9\xcc\xc6\xb7\xc3\xfb\xb3\xc6,\xc8\xcb\xc3\xf1\xb1\xd2\n";
  const std::string good = "\xd0\xa1\xbd\xce\xb3\xb5", bad = "\xb3\xb5\xff";
  // The stray byte after a closing quote is told from bad quoting by the lines the converter
  // marked, which it marks ahead of the rows the reader has reached.
  const std::string stray = "\"" + good + "\"\xff";
  const std::size_t rows = 20000;  // about 400 KB: the converter's 64 KB buffers end inside rows
  std::string text = header;
  std::vector<std::size_t> bad_lines;
  for (std::size_t i = 0; i < rows; ++i) {
    // Every seventh line a bad byte in a name, then a stray byte after a quote twice in a row.
    const std::size_t place = i % 7;
    if (place >= 3 && place <= 5) bad_lines.push_back(i + 2);
    const std::string& name = place == 3 ? bad : place == 4 || place == 5 ? stray : good;
    text += "202301,87032200," + name + "," + std::to_string(i + 1) + "\n";
  }
  auto reader = read_gacc(byte_source::from_memory(text, "many_bad.csv"), trade_flow::imports,
                          {.encoding = text_encoding::gbk, .common = {.max_kept_rejections = rows}});
  const auto records = read_all(reader);
  const read_report& report = reader.report();
  CHECK(records.size() == rows - bad_lines.size());
  CHECK(report.rejected(reject_reason::encoding_error) == bad_lines.size());
  CHECK(report.rows_rejected == bad_lines.size());
  std::vector<std::size_t> lines;
  for (const rejection& r : report.rejections) lines.push_back(r.line);
  CHECK(lines == bad_lines);
  REQUIRE(!report.rejections.empty());
  CHECK(report.rejections.front().field == "商品名称");
}

TEST_CASE("gacc: each malformed row is rejected with its file, line, field and reason", "[data][gacc][bad]") {
  const bad_case cases[] = {
      {"bad_period", "3: 数据年月: invalid period: \"2023-01\" is not a month (YYYYMM)"},
      {"month_13", "3: 数据年月: invalid period: \"202313\" is not a month (YYYYMM)"},
      {"missing_period", "3: 数据年月: missing value: \"\" is not a month (YYYYMM)"},
      {"outside_queried_year",
       "3: 数据年月: invalid period: \"202401\" is outside the queried period 2023 (gacc_options::period)"},
      {"unknown_partner", "3: 贸易伙伴编码: unknown code: \"998\" is not a known GACC partner code"},
      {"bad_hs",
       "3: 商品编码: unknown code: \"1201901\" is not an HS code (2, 4, 6, 8 or 10 digits, chapter 01-99)"},
      {"bad_grouping",
       "3: 人民币: bad number: \"5,91,063\" is not a whole number of yuan (digits, optionally grouped by "
       "thousands with commas)"},
      {"decimal_value",
       "3: 人民币: bad number: \"1234.5\" is not a whole number of yuan (digits, optionally grouped by "
       "thousands with commas)"},
      {"value_overflow",
       "3: 人民币: value overflow: \"99,999,999,999,999,999,999\" does not fit a 64-bit count of yuan"},
      {"quantity_without_unit", "3: 第一计量单位: missing value: the quantity \"12\" has no unit"},
      {"negative_quantity",
       "3: 第一数量: bad number: \"-5\" is not a whole non-negative quantity (digits, optionally grouped by "
       "thousands with commas)"},
      {"missing_field", "3: 第二计量单位: wrong column count: expected 10 fields as in the header, found 8"},
      {"bad_trade_mode", "3: 贸易方式编码: unknown code: \"1\" is not a two-digit trade mode code (10-99)"},
      {"bad_region", "3: 注册地编码: unknown code: \"66\" is not a GB/T 2260 province code"},
      {"unclosed_quote",
       "3: 贸易伙伴名称: bad quoting: a quoted field is not closed before the end of the file"},
      {"invalid_gbk",
       "3: 商品名称: encoding error: the bytes are not GBK, the encoding the file is read in: check that the "
       "export was not edited and saved in another encoding (export it again), or drop the stray bytes with "
       "iconv -c -f GBK -t UTF-8"},
      // A stray byte after a closing quote: not bad quoting, an encoding error.
      {"stray_byte_gbk",
       "3: 商品名称: encoding error: the bytes are not GBK, the encoding the file is read in: check that the "
       "export was not edited and saved in another encoding (export it again), or drop the stray bytes with "
       "iconv -c -f GBK -t UTF-8"},
      {"embedded_nul_gbk", "3: 商品名称: embedded NUL: a NUL byte inside the field"},
  };
  for (const bad_case& c : cases) {
    const std::string path = gacc_fixture(std::string("bad/") + c.file + ".csv");
    INFO(path);
    auto reader = read_gacc(path, trade_flow::imports, {.period = year{2023}});
    auto strict =
        read_gacc(path, trade_flow::imports, {.period = year{2023}, .common = {.mode = read_mode::strict}});
    check_one_bad_row(reader, strict, path + ":" + c.expected);
  }
}

TEST_CASE("gacc: a header the reader cannot use stops the read with the reason", "[data][gacc][bad]") {
  const bad_case cases[] = {
      {"header_unknown_column",
       ": line 1: \"金额\" is not a column of a GACC query export (数据年月, 贸易伙伴编码, 贸易伙伴名称, "
       "商品编码, 商品名称, 贸易方式编码, 贸易方式名称, 注册地编码, 注册地名称, 第一数量, 第一计量单位, "
       "第二数量, 第二计量单位, 人民币, 美元)"},
      {"header_no_value",
       ": line 1: the header has no value column (人民币 for yuan or 美元 for US dollars)"},
      {"header_name_without_code", ": line 1: the header has 贸易伙伴名称 but no 贸易伙伴编码"},
      {"header_without_period",
       ": line 1: the file has no 数据年月 column, so each row covers the queried period: pass it as "
       "gacc_options::period"},
  };
  for (const bad_case& c : cases) {
    const std::string path = gacc_fixture(std::string("bad/") + c.file + ".csv");
    INFO(path);
    auto reader = read_gacc(path, trade_flow::imports);
    CHECK_THROWS_WITH(read_all(reader), path + c.expected);
  }
  const std::string twice = "\"人民币\",\"人民币\",\n\"1\",\"2\",\n";
  auto reader =
      read_gacc(byte_source::from_memory(twice, "twice.csv"), trade_flow::imports, {.period = year{2023}});
  tradestat::test::check_header_refused(reader, "twice.csv: line 1: column \"人民币\" appears twice, at columns 1 and 2");
  // Between other columns, the real export's quoted names.
  const std::string apart = "\"数据年月\",\"美元\",\"贸易伙伴编码\",\"美元\",\n\"202301\",\"1\",\"402\",\"2\",\n";
  auto spread = read_gacc(byte_source::from_memory(apart, "apart.csv"), trade_flow::imports);
  tradestat::test::check_header_refused(spread, "apart.csv: line 1: column \"美元\" appears twice, at columns 2 and 4");
}

TEST_CASE("gacc: the real soybean export in ../shared/samples adds up to its published totals",
          "[data][gacc][sample]") {
  const std::optional<std::filesystem::path> found =
      tradestat::test::shared_sample("gacc", "gacc_soy_import_2023.csv");
  if (!found) return;
  const std::filesystem::path& sample = *found;
  auto reader = read_gacc(sample, trade_flow::imports, {.common = {.mode = read_mode::strict}});
  money<CNY> total{};
  std::int64_t kg = 0;
  for (const record& r : reader) {
    total += *r.value_cny;
    kg += r.net_weight->value();
    CHECK(std::get<month>(r.period).year_number() == 2023);
  }
  const read_report& rep = reader.report();
  CHECK(rep.complete);
  CHECK(rep.balanced());
  CHECK(rep.rows_rejected == 0);
  CHECK(rep.rows_read == 40);                   // 41 lines, one of them the header
  CHECK(total == money<CNY>{402'526'956'940});  // samples/README.md
  CHECK(kg == 95'355'428'567);                  // samples/README.md
}

TEST_CASE("gacc: a GBK file cut inside a character rejects its last row as an encoding error",
          "[data][gacc][gbk]") {
  // 数据年月,贸易伙伴编码,人民币 in GBK, then a row whose value ends in a lone GBK lead byte.
  const std::string text =
      "\xCA\xFD\xBE\xDD\xC4\xEA\xD4\xC2,\xC3\xB3\xD2\xD7\xBB\xEF\xB0\xE9\xB1\xE0\xC2\xEB,"
      "\xC8\xCB\xC3\xF1\xB1\xD2\n"
      "202301,502,7\n"
      "202302,502,1\xB3";
  auto reader = read_gacc(byte_source::from_memory(text, "cut.csv"), trade_flow::imports);
  const auto rows = read_all(reader);
  CHECK(reader.parser().encoding() == text_encoding::gbk);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].value_cny == money<CNY>{7});
  CHECK(reader.report().rows_read == 2);
  REQUIRE(reader.report().rejections.size() == 1);
  CHECK(reader.report().rejections[0].message() ==
        "cut.csv:3: 人民币: encoding error: the bytes are not GBK, the encoding the file is read in: check "
        "that the export was not edited and saved in another encoding (export it again), or drop the stray "
        "bytes with iconv -c -f GBK -t UTF-8");
}

TEST_CASE("gacc: a UTF-8 file may hold U+FFFD as text; only GBK conversion makes it an error",
          "[data][gacc]") {
  const std::string text =
      "\"数据年月\",\"贸易伙伴编码\",\"贸易伙伴名称\",\"人民币\",\n\"202301\",\"502\",\"美\xEF\xBF\xBD\","
      "\"5\",\n";
  auto reader = read_gacc(byte_source::from_memory(text, "u.csv"), trade_flow::imports);
  CHECK(read_all(reader).size() == 1);
  CHECK(reader.parser().encoding() == text_encoding::utf8);
  CHECK(reader.report().rows_rejected == 0);
}

TEST_CASE("gacc: a UTF-8 export with a BOM, read through a buffer smaller than its header, is still UTF-8",
          "[data][gacc]") {
  std::ifstream in(gacc_fixture("monthly_by_partner.csv"), std::ios::binary);
  REQUIRE(in);
  std::string text =
      "\xEF\xBB\xBF" + std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  std::istringstream stream(text);
  // 65 bytes end inside 商 of 商品编码: the detection must not call that cut GBK.
  auto reader = read_gacc(byte_source::from_stream(stream, "bom.csv", 65), trade_flow::imports);
  const auto rows = read_all(reader);
  CHECK(reader.parser().encoding() == text_encoding::utf8);
  CHECK(rows.size() == 4);
  CHECK(reader.report().rows_rejected == 0);
}

TEST_CASE("gacc: a projection fills only its fields and does not read the other columns",
          "[data][gacc][projection]") {
  const std::string text =
      "\"数据年月\",\"贸易伙伴编码\",\"贸易伙伴名称\",\"注册地编码\",\"注册地名称\",\"人民币\",\n"
      "\"202301\",\"402\",\"阿根廷\",\"9x\",\"?\",\"4,000,000\",\n";
  auto full = read_gacc(byte_source::from_memory(text, "g.csv"), trade_flow::imports);
  CHECK(read_all(full).empty());
  CHECK(full.report().rejected(reject_reason::unknown_code) == 1);  // the bad region code
  auto projected = read_gacc(byte_source::from_memory(text, "g.csv"), trade_flow::imports,
                             {.common = {.fields = {record_field::period, record_field::flow,
                                                    record_field::partner, record_field::value_cny}}});
  const std::vector<record> rows = read_all(projected);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == record{.period = month{2023, 1},
                          .flow = trade_flow::imports,
                          .partner = gacc_partner(402),
                          .value_cny = money<CNY>{4'000'000}});
}

TEST_CASE("gacc: a GBK file cannot be read in byte ranges", "[data][gacc][gbk]") {
  CHECK_THROWS_WITH(read_gacc(gacc_fixture("gbk_by_partner_mode_region.csv"), trade_flow::exports,
                              {.period = year{2024}, .common = {.bytes = {10, byte_range::to_end}}}),
                    test::contains("a GBK file cannot be read in byte ranges"));
  // The whole range is the whole file: read as before.
  auto whole = read_gacc(gacc_fixture("gbk_by_partner_mode_region.csv"), trade_flow::exports,
                         {.period = year{2024}, .common = {.bytes = {}}});
  CHECK(read_all(whole).size() == 3);
}

TEST_CASE("gacc: a closing quote lost at a row's end costs that row only, and the next row is read",
          "[data][gacc][resync]") {
  // Every GACC field is quoted: without its last closing quote, line 4's value runs on to the first
  // quote of line 5; reading resumes at line 5.
  const std::string text =
      "\"数据年月\",\"贸易伙伴编码\",\"人民币\",\n\"202301\",\"502\",\"1\",\n\"202302\",\"502\",\"20\",\n"
      "\"202303\",\"502\",\"300,\n\"202304\",\"502\",\"4,000\",\n\"202305\",\"502\",\"50,000\",\n";
  for (const bool chunked : {false, true}) {
    std::istringstream in(text);
    auto reader = chunked ? read_gacc(byte_source::from_stream(in, "q.csv", 16), trade_flow::exports)
                          : read_gacc(byte_source::from_memory(text, "q.csv"), trade_flow::exports);
    const std::vector<record> kept = tradestat::test::read_one_damaged(reader, 5, 4, 4);
    money<CNY> total{};
    for (const record& r : kept) total += *r.value_cny;
    CHECK(total == money<CNY>{54'021});
  }
}

TEST_CASE("gacc: the real sample with one closing quote lost loses that row's value only",
          "[data][gacc][sample][resync]") {
  const std::optional<std::filesystem::path> found =
      tradestat::test::shared_sample("gacc", "gacc_soy_import_2023.csv");
  if (!found) return;
  const std::filesystem::path& sample = *found;
  std::string text = tradestat::test::file_bytes(sample);
  // Line 20 ends "39,071,668,075", (Brazil, June 2023): drop the quote that closes the value.
  const std::string line20_end = "\"39,071,668,075\",";
  const std::size_t at = text.find(line20_end);
  REQUIRE(at != std::string::npos);
  text.erase(at + line20_end.size() - 2, 1);
  auto reader = read_gacc(byte_source::from_memory(text, "damaged.csv"), trade_flow::imports);
  const std::vector<record> kept = tradestat::test::read_one_damaged(reader, 40, 39, 20);
  money<CNY> total{};
  for (const record& r : kept) total += *r.value_cny;
  CHECK(total == money<CNY>{402'526'956'940 - 39'071'668'075});  // samples/README.md, less line 20
}

TEST_CASE("gacc: a stray byte that is not GBK next to a quote is an encoding error, not bad quoting",
          "[data][gacc][gbk]") {
  // 数据年月,贸易伙伴编码,人民币 in GBK; 0xFF after the closing quote of line 3's partner code and
  // before the opening quote of line 4's month.
  const std::string text =
      "\xCA\xFD\xBE\xDD\xC4\xEA\xD4\xC2,\xC3\xB3\xD2\xD7\xBB\xEF\xB0\xE9\xB1\xE0\xC2\xEB,"
      "\xC8\xCB\xC3\xF1\xB1\xD2\n"
      "202301,502,7\n"
      "202302,\"502\"\xFF,1\n"
      "\xFF\"202303\",502,2\n"
      "202304,502,3\n";
  auto reader = read_gacc(byte_source::from_memory(text, "stray.csv"), trade_flow::imports);
  const auto rows = read_all(reader);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].value_cny == money<CNY>{3});
  const read_report& report = reader.report();
  CHECK(report.rows_rejected == 2);
  CHECK(report.rejected_by_reason[static_cast<std::size_t>(reject_reason::encoding_error)] == 2);
  CHECK(report.rejected_by_reason[static_cast<std::size_t>(reject_reason::bad_quoting)] == 0);
  REQUIRE(report.rejections.size() == 2);
  CHECK(report.rejections[0].line == 3);
  CHECK(report.rejections[0].field == "贸易伙伴编码");
  CHECK(report.rejections[1].line == 4);
  CHECK(report.rejections[1].field == "数据年月");
  CHECK(report.rejections[0].message() ==
        "stray.csv:3: 贸易伙伴编码: encoding error: the bytes are not GBK, the encoding the file is read in: "
        "check that the export was not edited and saved in another encoding (export it again), or drop the "
        "stray bytes with iconv -c -f GBK -t UTF-8");
  // A quoting error on a line without such bytes stays bad quoting.
  const std::string quote_text = text.substr(0, text.find("202302")) + "202302,\"502\"x,1\n";
  auto quoting = read_gacc(byte_source::from_memory(quote_text, "quote.csv"), trade_flow::imports);
  read_all(quoting);
  CHECK(quoting.report().rejected_by_reason[static_cast<std::size_t>(reject_reason::bad_quoting)] == 1);
}
