// The UN Comtrade reader: the current and the legacy layout, the canonical slice by default,
// aggregate partners kept apart, breakdown rows on request, the bad-input suite, and the real
// sample in ../shared/samples/comtrade/ when it is there.
#include <tradestat/data/comtrade.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;
using tradestat::test::bad_case;
using tradestat::test::check_one_bad_row;
using tradestat::test::read_all;

namespace {
std::string comtrade_fixture(const std::string& relative) {
  return tradestat::test::fixture(relative, "comtrade");
}
coded_country comtrade_partner(int code) {
  return tradestat::test::coded_partner<code_scheme::comtrade>(code);
}

money<USD> total_usd(const std::vector<record>& rows) {
  money<USD> total{};
  for (const record& r : rows) total += *r.value_usd;
  return total;
}

// The accounting of a Comtrade read: every row accepted (given), rejected or set aside, and the
// rows set aside add up by reason.
void check_accounting(const comtrade_reader& reader, std::size_t given) {
  const read_report& rep = reader.report();
  CHECK(rep.complete);
  CHECK(rep.balanced());
  CHECK(rep.rows_read == rep.rows_accepted + rep.rows_rejected + rep.rows_set_aside);
  CHECK(rep.rows_accepted == given);
  std::size_t by_reason = 0;
  for (const std::size_t n : rep.set_aside_by_reason) by_reason += n;
  CHECK(rep.rows_set_aside == by_reason);
}

}  // namespace

TEST_CASE("comtrade: by default only the canonical slice is given, so the total is counted once",
          "[data][comtrade]") {
  comtrade_reader reader = read_comtrade(comtrade_fixture("breakdown_doubles.csv"));
  std::vector<record> rows;
  for (const record& r : reader) rows.push_back(r);
  check_accounting(reader, rows.size());
  CHECK(reader.parser().layout() == comtrade_layout::current);
  CHECK(reader.report().rows_read == 5);
  CHECK(reader.report().rows_rejected == 0);
  CHECK(reader.report().set_aside(set_aside_reason::breakdown) == 3);
  REQUIRE(rows.size() == 2);
  const record& a = rows[0];
  CHECK(a.period == record_period{year{2016}});  // refMonth 52: a year
  CHECK(a.flow == trade_flow::imports);
  CHECK(a.reporter == comtrade_partner(156));
  CHECK(a.partner == comtrade_partner(842));
  CHECK(to_string(a.partner->country) == "United States");
  CHECK(a.commodity == hs_code{"8542", hs_version::hs2012});  // H4
  CHECK(a.value_usd == money<USD>{1'000'000});
  CHECK(!a.value_cny);
  CHECK(a.net_weight == kilograms_of(500));  // 500.4 kg, half up
  CHECK(a.estimated);                        // isNetWgtEstimated True
  CHECK(!a.aggregate);
  const record& b = rows[1];
  CHECK(b.period == record_period{year{2017}});
  CHECK(b.partner == comtrade_partner(842));                  // " 842": the stray space trimmed
  CHECK(b.commodity == hs_code{"8542", hs_version::hs2017});  // H5
  CHECK(b.net_weight == kilograms_of(1'201));                 // 1200.5 kg, half up
  CHECK(total_usd(rows) == money<USD>{3'000'000});
}

TEST_CASE("comtrade: breakdown rows come on request, and summing them with the total doubles it",
          "[data][comtrade]") {
  comtrade_reader reader =
      read_comtrade(comtrade_fixture("breakdown_doubles.csv"), {.rows = comtrade_rows::all});
  std::vector<record> rows;
  std::vector<comtrade_breakdown> breakdowns;
  for (const record& r : reader) {
    rows.push_back(r);
    breakdowns.push_back(reader.parser().breakdown());
  }
  check_accounting(reader, rows.size());
  REQUIRE(rows.size() == 5);
  CHECK(reader.report().rows_set_aside == 0);
  CHECK(total_usd(rows) == money<USD>{6'000'000});  // twice the 3,000,000 of the canonical rows
  CHECK(breakdowns[0].canonical());
  CHECK(!breakdowns[1].canonical());
  CHECK(breakdowns[1].partner2 == comtrade_partner(826));  // the United Kingdom as second partner
  CHECK(breakdowns[2].partner2 == comtrade_partner(608));
  CHECK(breakdowns[3].canonical());
  CHECK(breakdowns[4].customs_code == "C20");
  CHECK(!breakdowns[4].canonical());
}

TEST_CASE(
    "comtrade: World, nes areas and TOTAL rows are set aside by default and never summed with countries",
    "[data][comtrade][aggregate]") {
  comtrade_reader reader = read_comtrade(comtrade_fixture("world_and_partners.csv"));
  std::vector<record> rows;
  for (const record& r : reader) rows.push_back(r);
  check_accounting(reader, rows.size());
  CHECK(reader.report().rows_read == 6);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].partner == comtrade_partner(842));
  CHECK(rows[1].partner == comtrade_partner(392));
  CHECK(rows[0].period == record_period{month{2024, 3}});
  CHECK(rows[0].flow == trade_flow::exports);
  CHECK(rows[0].commodity == hs_code{"8542", hs_version::hs2022});
  CHECK(total_usd(rows) == money<USD>{9'000});
  CHECK(reader.report().set_aside(set_aside_reason::aggregate) == 3);   // World, Areas nes, TOTAL
  CHECK(reader.report().set_aside(set_aside_reason::processing) == 1);  // MIP, a part of M
}

TEST_CASE("comtrade: aggregate rows can be asked for alone, or together with detail rows and flagged",
          "[data][comtrade][aggregate]") {
  comtrade_reader only =
      read_comtrade(comtrade_fixture("world_and_partners.csv"), {.aggregates = comtrade_aggregates::only});
  std::vector<record> totals;
  for (const record& r : only) totals.push_back(r);
  check_accounting(only, totals.size());
  REQUIRE(totals.size() == 3);
  CHECK(totals[0].partner == comtrade_partner(0));
  CHECK(to_string(totals[0].partner->country) == "World");
  CHECK(totals[0].value_usd == money<USD>{10'000});
  CHECK(totals[1].partner == comtrade_partner(899));  // Areas, nes
  CHECK(!totals[2].commodity);                        // TOTAL: all commodities
  CHECK(totals[2].value_usd == money<USD>{50'000});
  for (const record& r : totals) CHECK(r.aggregate);
  CHECK(only.report().set_aside(set_aside_reason::detail) == 2);

  comtrade_reader both =
      read_comtrade(comtrade_fixture("world_and_partners.csv"), {.aggregates = comtrade_aggregates::include});
  std::vector<record> rows;
  for (const record& r : both) rows.push_back(r);
  check_accounting(both, rows.size());
  REQUIRE(rows.size() == 5);
  money<USD> countries{};
  std::size_t flagged = 0;
  for (const record& r : rows) {
    if (r.aggregate)
      ++flagged;
    else
      countries += *r.value_usd;
  }
  CHECK(flagged == 3);
  CHECK(countries == money<USD>{9'000});
}

TEST_CASE("comtrade: the legacy layout is recognised from its header and read the same way",
          "[data][comtrade][legacy]") {
  comtrade_reader reader = read_comtrade(comtrade_fixture("legacy.csv"));
  std::vector<record> rows;
  for (const record& r : reader) rows.push_back(r);
  check_accounting(reader, rows.size());
  CHECK(reader.parser().layout() == comtrade_layout::legacy);
  CHECK(reader.report().rows_read == 4);
  CHECK(reader.report().set_aside(set_aside_reason::aggregate) == 1);  // partner 0, World
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].flow == trade_flow::imports);  // Trade Flow Code 1
  CHECK(rows[0].period == record_period{year{2016}});
  CHECK(rows[0].commodity == hs_code{"8542", hs_version::hs2012});
  CHECK(rows[0].value_usd == money<USD>{5'000});
  CHECK(rows[1].flow == trade_flow::exports);  // 2
  CHECK(rows[1].net_weight == kilograms_of(12));
  CHECK(rows[2].period == record_period{month{2016, 3}});  // Period 201603
  CHECK(rows[2].partner == comtrade_partner(392));
  CHECK(rows[2].commodity == hs_code{"854231", hs_version::hs2012});
  CHECK(total_usd(rows) == money<USD>{12'900});
}

TEST_CASE("comtrade: a header-only file and an empty file give no rows", "[data][comtrade]") {
  comtrade_reader header_only = read_comtrade(comtrade_fixture("header_only.csv"));
  CHECK(read_all(header_only).empty());
  CHECK(header_only.report().header_lines == 1);
  CHECK(header_only.report().rows_read == 0);
  comtrade_reader empty = read_comtrade(byte_source::from_memory("", "empty.csv"));
  CHECK(read_all(empty).empty());
  CHECK(empty.report().rows_read == 0);
}

TEST_CASE("comtrade: each malformed row is rejected with its file, line, field and reason",
          "[data][comtrade][bad]") {
  const bad_case cases[] = {
      {"bad_ref_month", "3: refMonth: invalid period: \"13\" is not a month (1-12) or 52 (a year)"},
      {"annual_month_mismatch",
       "3: refMonth: invalid period: an annual row (freqCode A) has refMonth 52, not \"3\""},
      {"bad_frequency", "3: freqCode: invalid period: \"Q\" is not a frequency (A or M)"},
      {"unknown_reporter", "3: reporterCode: unknown code: \"997\" is not a known Comtrade country code"},
      {"unknown_partner", "3: partnerCode: unknown code: \"998\" is not a known Comtrade country code"},
      {"bad_flow",
       "3: flowCode: unknown code: \"Z\" is not a Comtrade flow (M, X, RM, RX, MIP, XIP, MOP, XOP; legacy 1 "
       "to 4)"},
      {"bad_classification", "3: classificationCode: unknown code: \"S4\" is not an HS edition (H0 to H6)"},
      {"bad_commodity",
       "3: cmdCode: unknown code: \"85A2\" is not an HS code (2, 4, 6, 8 or 10 digits, chapter 01-99) or "
       "TOTAL"},
      {"cents_value",
       "3: primaryValue: bad number: \"12.34\" is not a non-negative whole number of US dollars"},
      {"negative_value",
       "3: primaryValue: bad number: \"-5.0\" is not a non-negative whole number of US dollars"},
      {"value_overflow",
       "3: primaryValue: value overflow: \"99999999999999999999.0\" does not fit a 64-bit count of US "
       "dollars"},
      {"missing_value", "3: primaryValue: missing value: the row has no trade value"},
      {"bad_weight", "3: netWgt: bad number: \"abc\" is not a non-negative number of kilograms"},
      {"bad_mode_of_transport",
       "3: motCode: unknown code: \"x\" is not a mode of transport code (digits, 0 for all)"},
      {"wrong_column_count",
       "3: isAggregate: wrong column count: expected 47 fields as in the header, found 46"},
      {"legacy_bad_period", "3: Period: invalid period: \"2016Q1\" is not a year (YYYY) or a month (YYYYMM)"},
      {"legacy_bad_flow",
       "3: Trade Flow Code: unknown code: \"5\" is not a Comtrade flow (M, X, RM, RX, MIP, XIP, MOP, XOP; "
       "legacy 1 to 4)"},
  };
  for (const bad_case& c : cases) {
    const std::string path = comtrade_fixture(std::string("bad/") + c.file + ".csv");
    INFO(path);
    comtrade_reader reader = read_comtrade(path);
    comtrade_reader strict = read_comtrade(path, {.common = {.mode = read_mode::strict}});
    check_one_bad_row(reader, strict, path + ":" + c.expected);
  }
}

TEST_CASE("comtrade: a header that is not Comtrade's stops the read with the reason",
          "[data][comtrade][bad]") {
  const std::string other = comtrade_fixture("bad/not_comtrade.csv");
  comtrade_reader a = read_comtrade(other);
  CHECK_THROWS_WITH(
      read_all(a), other +
                       ": line 1: not a UN Comtrade header: it has neither primaryValue (the current layout) "
                       "nor Trade Value (US$) (the legacy layout)");
  const std::string no_cmd = comtrade_fixture("bad/header_without_cmdcode.csv");
  comtrade_reader b = read_comtrade(no_cmd);
  CHECK_THROWS_WITH(
      read_all(b),
      no_cmd + ": line 1: the header has no \"cmdCode\" column, which the current Comtrade layout has");
}

TEST_CASE(
    "comtrade: the real sample of China's imports of HS 8542 from the USA gives the published canonical "
    "totals",
    "[data][comtrade][sample]") {
  const std::optional<std::filesystem::path> found =
      tradestat::test::shared_sample("comtrade", "comtrade_china_imports_8542_from_usa_2016_2024.csv");
  if (!found) return;
  const std::filesystem::path& sample = *found;
  // samples/README.md: the canonical totals, USD.
  const std::map<int, std::int64_t> expected{
      {2016, 8'696'121'253},  {2017, 10'211'618'367}, {2018, 12'018'316'937},
      {2019, 13'571'791'401}, {2020, 14'223'455'156}, {2021, 15'734'159'486},
      {2022, 12'181'956'717}, {2023, 8'306'920'666},  {2024, 11'754'177'020}};
  comtrade_reader reader = read_comtrade(sample, {.common = {.mode = read_mode::strict}});
  std::map<int, std::int64_t> by_year;
  std::size_t given = 0;
  for (const record& r : reader) {
    by_year[std::get<year>(r.period).year_number()] += r.value_usd->count();
    CHECK(r.partner == comtrade_partner(842));
    ++given;
  }
  check_accounting(reader, given);
  CHECK(reader.report().rows_rejected == 0);
  CHECK(given == 9);
  CHECK(by_year == expected);

  comtrade_reader all =
      read_comtrade(sample, {.rows = comtrade_rows::all, .common = {.mode = read_mode::strict}});
  std::map<int, std::int64_t> naive;
  std::size_t rows = 0;
  for (const record& r : all) {
    naive[std::get<year>(r.period).year_number()] += r.value_usd->count();
    ++rows;
  }
  check_accounting(all, rows);
  CHECK(rows == all.report().rows_read);
  CHECK(naive[2016] == 2 * expected.at(2016));  // the breakdown rows add up to the total again
  CHECK(naive[2017] == 2 * expected.at(2017));
}

TEST_CASE("comtrade: Italy is read from 380, as current files write it, and from the table's 381",
          "[data][comtrade]") {
  const std::string text =
      "freqCode,refYear,refMonth,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,"
      "customsCode,motCode,primaryValue\n"
      "A,2020,52,156,M,380,0,H5,8542,C00,0,10\n"
      "A,2020,52,156,M,381,0,H5,8542,C00,0,20\n";
  comtrade_reader reader = read_comtrade(byte_source::from_memory(text, "it.csv"));
  std::vector<record> rows;
  for (const record& r : reader) rows.push_back(r);
  check_accounting(reader, rows.size());
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].partner == comtrade_partner(381));
  CHECK(to_string(rows[0].partner->country) == "Italy");
  CHECK(rows[1].partner == rows[0].partner);
}

TEST_CASE("comtrade: a reader moved during its pass keeps its place and its counts", "[data][comtrade]") {
  comtrade_reader first = read_comtrade(comtrade_fixture("world_and_partners.csv"));
  auto it = first.begin();
  REQUIRE(!(it == first.end()));
  CHECK(it->partner == comtrade_partner(842));
  comtrade_reader moved = std::move(first);
  ++it;
  REQUIRE(!(it == moved.end()));
  CHECK(it->partner == comtrade_partner(392));
  ++it;
  CHECK(it == moved.end());
  check_accounting(moved, 2);
  CHECK(moved.report().set_aside(set_aside_reason::aggregate) == 3);
}

TEST_CASE("comtrade: a projection fills only its fields; the selection still reads its columns",
          "[data][comtrade][projection]") {
  const std::string text =
      "freqCode,refYear,refMonth,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,"
      "customsCode,motCode,netWgt,primaryValue\n"
      "A,2020,52,156,M,842,0,H5,8542,C00,0,12x,10\n"
      "A,2020,52,156,M,842,0,H5,8542,C01,0,1,20\n";  // a breakdown row: set aside
  comtrade_reader full = read_comtrade(byte_source::from_memory(text, "p.csv"));
  std::vector<record> none;
  for (const record& r : full) none.push_back(r);
  CHECK(none.empty());
  CHECK(full.report().rejected(reject_reason::bad_number) == 1);  // netWgt 12x
  comtrade_reader projected = read_comtrade(
      byte_source::from_memory(text, "p.csv"),
      {.common = {.fields = {record_field::period, record_field::flow, record_field::value_usd}}});
  std::vector<record> rows;
  for (const record& r : projected) rows.push_back(r);
  check_accounting(projected, rows.size());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == record{.period = year{2020}, .flow = trade_flow::imports, .value_usd = money<USD>{10}});
  CHECK(projected.report().set_aside(set_aside_reason::breakdown) == 1);
}

TEST_CASE("comtrade: a second primaryValue column is refused naming both positions, not read first",
          "[data][comtrade][bad]") {
  // The current layout with an extra primaryValue at column 3: the real one moves to 45. Before,
  // the reader took the first copy (1 dollar) as the value.
  const std::string header =
      "typeCode,freqCode,primaryValue,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,"
      "flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,"
      "classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,"
      "customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,"
      "altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
      "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate\n";
  const std::string row =
      "C,A,1.0,20160101,2016,52,2016,156,,,M,,842,,,0,,,H4,HS,True,8542,,,,C00,,0,0,,-1,,0.0,False,-1,,0.0,"
      "False,500.0,False,0.0,False,0.0,0.0,1000000.0,0,False,True\n";
  // The header with its extra column at 3 named `extra`, then the row, read as `file`.
  const auto refused = [&](std::string_view extra, const char* file, const std::string& message) {
    std::string text = header;
    text.replace(text.find("primaryValue,refPeriodId"), 12, extra);
    text += row;
    comtrade_reader reader = read_comtrade(byte_source::from_memory(text, file));
    tradestat::test::check_header_refused(reader, message);
  };
  refused("primaryValue", "dup.csv", "dup.csv: line 1: column \"primaryValue\" appears twice, at columns 3 and 45");
  // Compared as the reader finds its columns (without case, spaces or punctuation), and also a
  // column the reader does not use (cmdDesc): which copy is right cannot be told.
  refused("Primary Value", "spelled.csv",
          "spelled.csv: line 1: column \"Primary Value\" appears twice, at columns 3 and 45 (as \"primaryValue\")");
  refused("cmdDesc", "unused.csv", "unused.csv: line 1: column \"cmdDesc\" appears twice, at columns 3 and 23");
}

TEST_CASE("comtrade: a quote left open costs its row only, and reading resumes at the next line",
          "[data][comtrade][resync]") {
  const std::string header =
      "freqCode,refYear,refMonth,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,"
      "customsCode,motCode,primaryValue\n";
  std::string text = header;
  for (const char* value : {"1", "20", "300", "4000", "50000"})
    text += std::string("A,2020,52,156,M,842,0,H5,8542,C00,0,") + value + "\n";
  text.insert(text.find("842,0,H5,8542,C00,0,300"), "\"");
  comtrade_reader reader = read_comtrade(byte_source::from_memory(text, "q.csv"));
  const std::vector<record> kept = tradestat::test::read_one_damaged(reader, 5, 4, 4);
  CHECK(total_usd(kept) == money<USD>{54'021});
}

TEST_CASE("comtrade: the real sample with one quote left open loses no canonical row", "[data][comtrade][sample][resync]") {
  const std::optional<std::filesystem::path> found =
      tradestat::test::shared_sample("comtrade", "comtrade_china_imports_8542_from_usa_2016_2024.csv");
  if (!found) return;
  const std::filesystem::path& sample = *found;
  const std::string whole = tradestat::test::file_bytes(sample);
  auto line_start = [&](std::size_t line) {
    std::size_t at = 0;
    for (std::size_t k = 1; k < line; ++k) at = whole.find('\n', at) + 1;
    return at;
  };
  // Line 67 is a breakdown row (2017, by partner 2) and line 111 the canonical 2020 row; samples/README.md
  // gives the canonical totals, 106,698,517,003 USD over 2016-2024, 14,223,455,156 of it in 2020.
  for (const auto& [line, canonical_total] :
       {std::pair<std::size_t, std::int64_t>{67, 106'698'517'003}, {111, 106'698'517'003 - 14'223'455'156}}) {
    CAPTURE(line);
    std::string text = whole;
    text.insert(line_start(line) + 2, "\"");  // "C,"A,... : the frequency's quote never closes
    comtrade_reader reader = read_comtrade(byte_source::from_memory(text, "damaged.csv"));
    std::int64_t total = 0;
    for (const record& r : reader) total += r.value_usd->count();
    const read_report& rep = reader.report();
    CHECK(rep.complete);
    CHECK(rep.balanced());
    CHECK(rep.rows_read == 114);
    CHECK(rep.rows_rejected == 1);
    REQUIRE(rep.rejections.size() == 1);
    CHECK(rep.rejections[0].line == line);
    CHECK(total == canonical_total);
  }
}
