// The reader as a range: range-for, range-v3 and std::ranges views, and its accounting.
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/record_reader.hpp>

#include <ranges>
#include <string>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;

namespace {
const std::string text =
    "period,flow,partner,value_cny\n"
    "2025-01,export,gacc:502,10\n"
    "2025-01,import,gacc:502,20\n"
    "2025-02,export,gacc:145,40\n"
    "2025-02,export,gacc:145,bad\n";
}  // namespace

TEST_CASE("record reader: range-v3 views filter and transform the streaming records", "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(text, "t.csv"));
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
  auto rows = read_canonical(byte_source::from_memory(text, "t.csv"));
  money<CNY> kazakhstan{};
  for (const record& r : rows | std::views::filter([](const record& r) {
                           return to_string(r.partner->country) == "Kazakhstan";
                         }))
    kazakhstan += *r.value_cny;
  CHECK(kazakhstan == money<CNY>{40});
}
#endif

TEST_CASE("record reader: the report is complete only once the end is reached", "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(text, "t.csv"));
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
  auto rows = read_canonical(byte_source::from_memory(text, "t.csv"), {.mode = read_mode::strict});
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
  for (const record& r : read_canonical(byte_source::from_memory(text, "t.csv")) |
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
  auto view = read_canonical(byte_source::from_memory(text, "t.csv")) |
              std::views::filter([](const record& r) { return r.flow == trade_flow::imports; }) |
              std::views::transform([](const record& r) { return *r.value_cny; });
  for (money<CNY> v : view) imports += v;
  CHECK(imports == money<CNY>{20});
}
#endif

TEST_CASE("record reader: copies are handles on one pass; a default reader is empty", "[data][reader]") {
  auto rows = read_canonical(byte_source::from_memory(text, "t.csv"));
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
