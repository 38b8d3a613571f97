// The reader as a range: range-for, range-v3 and std::ranges views, and its accounting.
#include <tradestat/data/baci.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/comtrade.hpp>
#include <tradestat/data/gacc.hpp>
#include <tradestat/data/record_reader.hpp>

#include <ranges>
#include <string>
#include <vector>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;

namespace {
const std::string four_rows =
    "period,flow,partner,value_cny\n"
    "2025-01,export,gacc:502,10\n"
    "2025-01,import,gacc:502,20\n"
    "2025-02,export,gacc:145,40\n"
    "2025-02,export,gacc:145,bad\n";
}  // namespace

TEST_CASE("record reader: range-v3 views filter and transform the streaming records", "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(four_rows, "t.csv"));
  money<CNY> exports{};
  for (money<CNY> v : rows | ranges::views::filter([](const record& r) {
                        return r.flow == trade_flow::exports;
                      }) | ranges::views::transform([](const record& r) { return *r.value_cny; }))
    exports += v;
  CHECK(exports == money<CNY>{50});  // 10 + 40
  CHECK(rows.report().rows_read == 4);
  CHECK(rows.report().rows_rejected == 1);
  CHECK(rows.report().balanced());
}

// clang++ 14 cannot compile libstdc++ 12's std::views at all (even over a std::vector), so this
// case is for g++ and newer clang.
#if !defined(__clang__) || __clang_major__ >= 15
TEST_CASE("record reader: std::ranges views work on it too", "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(four_rows, "t.csv"));
  money<CNY> kazakhstan{};
  for (const record& r : rows | std::views::filter([](const record& r) {
                           return to_string(r.partner->country) == "Kazakhstan";
                         }))
    kazakhstan += *r.value_cny;
  CHECK(kazakhstan == money<CNY>{40});
}
#endif

TEST_CASE("record reader: the report is complete only once the end is reached", "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(four_rows, "t.csv"));
  auto it = rows.begin();
  CHECK(it->value_cny == money<CNY>{10});
  CHECK(!rows.report().complete);
  CHECK(rows.report().rows_read == 1);
  while (it != rows.end()) ++it;
  CHECK(rows.report().complete);
  CHECK(rows.report().summary() == "t.csv: 4 rows read, 3 accepted, 1 rejected");
}

TEST_CASE("record reader: strict mode throws at the first bad row with the rows before it accounted",
          "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(four_rows, "t.csv"), {.mode = read_mode::strict});
  money<CNY> total{};
  try {
    for (const record& r : rows) total += *r.value_cny;
    FAIL("no read_error");
  } catch (const read_error& e) {
    CHECK(std::string(e.what()) == "t.csv:5: value_cny: bad number: \"bad\" is not a whole number");
    CHECK(e.rejection().line == 5);
    CHECK(e.rejection().field == "value_cny");
    CHECK(e.rejection().reason == reject_reason::bad_number);
  }
  CHECK(total == money<CNY>{70});
  CHECK(rows.report().rows_accepted == 3);
  CHECK(rows.report().rows_rejected == 1);
}

TEST_CASE(
    "record reader: a bad first row cannot be told from a bad header, so it stops the read naming the column "
    "by number",
    "[data][reader]") {
  const std::string broken = "period,\"flow\n";
  auto rows = read_canonical(byte_source::from_memory(broken, "h.csv"));
  CHECK_THROWS_WITH(tradestat::test::read_all(rows),
                    "h.csv:1: column 2: bad quoting: a quoted field is not closed before the end of the file "
                    "(in the first row, so the file cannot be read)");
}

TEST_CASE("record reader: an rvalue reader pipes into range-v3 views", "[data][reader]") {
  money<CNY> exports{};
  std::size_t n = 0;
  for (const record& r : read_canonical(byte_source::from_memory(four_rows, "t.csv")) |
                             ranges::views::filter([](const record& r) { return r.flow == trade_flow::exports; })) {
    exports += *r.value_cny;
    ++n;
  }
  CHECK(n == 2);
  CHECK(exports == money<CNY>{50});
}

#if !defined(__clang__) || __clang_major__ >= 15
TEST_CASE("record reader: an rvalue reader pipes into std::views", "[data][reader]") {
  money<CNY> imports{};
  auto view = read_canonical(byte_source::from_memory(four_rows, "t.csv")) |
              std::views::filter([](const record& r) { return r.flow == trade_flow::imports; }) |
              std::views::transform([](const record& r) { return *r.value_cny; });
  for (money<CNY> v : view) imports += v;
  CHECK(imports == money<CNY>{20});
}
#endif

TEST_CASE("record reader: copies are handles on one pass; a default reader is empty", "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(four_rows, "t.csv"));
  auto copy = rows;
  auto it = rows.begin();
  CHECK(it->value_cny == money<CNY>{10});
  ++it;
  auto other = copy.begin();  // continues the same pass
  CHECK(other->value_cny == money<CNY>{20});
  std::size_t left = 0;
  for (auto i = copy.begin(); i != copy.end(); ++i) ++left;
  CHECK(left == 2);  // 20 (still current) and 40; the bad row is rejected
  CHECK(rows.report().complete);
  CHECK(rows.report().rows_read == 4);

  canonical_reader empty;
  CHECK(empty.begin() == empty.end());
  CHECK(empty.report().rows_read == 0);
  CHECK(!empty.report().complete);
}

TEST_CASE("record reader: every format's reader pipes into views as an rvalue", "[data][reader]") {
  auto big = [](const record& r) { return r.value_usd && r.value_usd->count() > 1000; };
  const std::string baci = "t,i,j,k,v,q\n2022,4,8,010121,5.2,NA\n2022,4,8,010121,0.5,NA\n";
  std::size_t n = 0;
  for (const record& r : read_baci(byte_source::from_memory(baci, "b.csv"), hs_version::hs2017) |
                             ranges::views::filter(big)) {
    CHECK(r.value_usd == money<USD>{5200});
    ++n;
  }
  CHECK(n == 1);
  const std::string comtrade =
      "freqCode,refYear,refMonth,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,"
      "customsCode,motCode,primaryValue\n"
      "A,2020,52,156,M,842,0,H5,8542,C00,0,5000\n"
      "A,2020,52,156,M,842,0,H5,8542,C01,0,7000\n"  // set aside: a breakdown
      "A,2020,52,156,M,392,0,H5,8542,C00,0,10\n";
  n = 0;
  for (const record& r : read_comtrade(byte_source::from_memory(comtrade, "c.csv")) | ranges::views::filter(big)) {
    CHECK(r.value_usd == money<USD>{5000});
    ++n;
  }
  CHECK(n == 1);
  const std::string gacc = "\"数据年月\",\"美元\",\n\"202301\",\"5,000\",\n\"202302\",\"10\",\n";
  n = 0;
  for (const record& r : read_gacc(byte_source::from_memory(gacc, "g.csv"), trade_flow::exports) |
                             ranges::views::filter(big)) {
    CHECK(r.period == record_period{month{2023, 1}});
    ++n;
  }
  CHECK(n == 1);
}

TEST_CASE("record reader: line() and fields() say where the record just given lies", "[data][reader]") {
  // After a blank line and a rejected row held over two lines by a quoted field.
  auto rows = read_canonical(byte_source::from_memory("period,flow,partner,value_cny\n"
                                                      "2025-01,export,gacc:502,10\n"
                                                      "\n"
                                                      "2025-01,import,\"gacc:\n502\",20\n"
                                                      "2025-01,import,gacc:502,20\n"
                                                      "2025-02,export,gacc:145,\n",
                                                      "t.csv"));
  CHECK(rows.line() == 0);
  std::vector<std::size_t> lines;
  std::vector<std::string> cells;
  for (const record& r : rows) {
    (void)r;
    lines.push_back(rows.line());
    REQUIRE(rows.fields().size() > 3);
    cells.emplace_back(rows.fields()[3]);
  }
  CHECK(lines == std::vector<std::size_t>{2, 6, 7});
  // The two-line row is rejected (its partner holds a line end), and reading resumes at its second
  // line, which is rejected on its own (a quote inside an unquoted field).
  CHECK(rows.report().rows_rejected == 2);
  CHECK(cells == std::vector<std::string>{"10", "20", ""});
  CHECK(rows.parser().column_name(3) == "value_cny");
  const record_reader<canonical_row_parser> none;
  CHECK(none.line() == 0);
  CHECK(none.fields().empty());
}
