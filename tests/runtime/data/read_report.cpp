// Rejection messages and the report's arithmetic.
#include <tradestat/data/read_report.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("read report: a rejection's message is file:line: field: reason: detail", "[data][report]") {
  const rejection r{"a.csv", 3, "value_cny", reject_reason::bad_number, "\"12x\" is not a whole number"};
  CHECK(r.message() == "a.csv:3: value_cny: bad number: \"12x\" is not a whole number");
  CHECK(std::string(read_error(r).what()) == r.message());
}

TEST_CASE("read report: every reason has its printed name", "[data][report]") {
  CHECK(to_string(reject_reason::bad_number) == "bad number");
  CHECK(to_string(reject_reason::unknown_code) == "unknown code");
  CHECK(to_string(reject_reason::wrong_column_count) == "wrong column count");
  CHECK(to_string(reject_reason::bad_quoting) == "bad quoting");
  CHECK(to_string(reject_reason::invalid_period) == "invalid period");
  CHECK(to_string(reject_reason::value_overflow) == "value overflow");
  CHECK(to_string(reject_reason::encoding_error) == "encoding error");
  CHECK(to_string(reject_reason::embedded_nul) == "embedded NUL");
  CHECK(to_string(reject_reason::line_too_long) == "line too long");
  CHECK(to_string(reject_reason::bad_line_end) == "bad line end");
  CHECK(to_string(reject_reason::missing_value) == "missing value");
}

TEST_CASE("read report: balanced means rows read equal rows accepted plus rows rejected", "[data][report]") {
  read_report rep;
  rep.file = "x.csv";
  rep.rows_read = 3;
  rep.rows_accepted = 2;
  rep.rows_rejected = 1;
  CHECK(rep.balanced());
  CHECK(rep.summary() == "x.csv: 3 rows read, 2 accepted, 1 rejected");
  rep.rows_read = 4;
  CHECK(!rep.balanced());
}

TEST_CASE("read report: a file-level read_error has the file and the detail", "[data][report]") {
  const read_error e("f.csv", "cannot open: No such file or directory");
  CHECK(std::string(e.what()) == "f.csv: cannot open: No such file or directory");
  CHECK(e.rejection().line == 0);
}

TEST_CASE("read report: a read_error is a tradestat::error of kind bad_data that keeps the rejection",
          "[data][report]") {
  const rejection r{"a.csv", 7, "period", reject_reason::invalid_period, "\"2025-13\" is not a month"};
  try {
    throw read_error(r);
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::bad_data);
    CHECK(std::string(e.what()) == "a.csv:7: period: invalid period: \"2025-13\" is not a month");
    const auto* as_read = dynamic_cast<const read_error*>(&e);
    REQUIRE(as_read != nullptr);
    CHECK(as_read->rejection().line == 7);
    CHECK(as_read->rejection().reason == reject_reason::invalid_period);
  }
  // The file-level form is bad data too, not another kind.
  CHECK(read_error("f.csv", "is a directory").kind() == error_kind::bad_data);
  CHECK(read_error("f.csv", "is a directory").kind() != error_kind::parse);
}

namespace {
read_report part(std::size_t accepted, std::vector<std::size_t> rejected_lines, std::size_t set_aside = 0) {
  read_report r;
  r.file = "f.csv";
  r.rows_accepted = accepted;
  r.rows_rejected = rejected_lines.size();
  r.rows_set_aside = set_aside;
  r.set_aside_by_reason[static_cast<std::size_t>(set_aside_reason::breakdown)] = set_aside;
  r.rows_read = accepted + rejected_lines.size() + set_aside;
  r.rejected_by_reason[static_cast<std::size_t>(reject_reason::bad_number)] = rejected_lines.size();
  for (const std::size_t line : rejected_lines)
    r.rejections.push_back({"f.csv", line, "value_cny", reject_reason::bad_number, "x"});
  r.blank_lines = 1;
  r.max_kept_rejections = 3;
  r.complete = true;
  return r;
}
std::vector<std::size_t> lines_of(const read_report& r) {
  std::vector<std::size_t> out;
  for (const rejection& x : r.rejections) out.push_back(x.line);
  return out;
}
}  // namespace

TEST_CASE("read report: reports add up, associatively, keeping the first rejections by line",
          "[data][report]") {
  const read_report a = part(2, {2, 9}), b = part(1, {12}, 4), c = part(5, {20, 21});
  const read_report ab_c = (a + b) + c, a_bc = a + (b + c);
  CHECK(ab_c == a_bc);
  CHECK(ab_c.rows_read == 2 + 2 + 1 + 1 + 4 + 5 + 2);
  CHECK(ab_c.rows_accepted == 8);
  CHECK(ab_c.rows_rejected == 5);
  CHECK(ab_c.rows_set_aside == 4);
  CHECK(ab_c.set_aside(set_aside_reason::breakdown) == 4);
  CHECK(ab_c.rejected(reject_reason::bad_number) == 5);
  CHECK(ab_c.blank_lines == 3);
  CHECK(ab_c.balanced());
  CHECK(ab_c.complete);
  CHECK(lines_of(ab_c) == std::vector<std::size_t>{2, 9, 12});  // the first 3 (max_kept_rejections)
  // Commutative on the counts, and the kept rejections are in line order either way.
  const read_report cba = c + b + a;
  CHECK(cba.rows_read == ab_c.rows_read);
  CHECK(cba.rejected_by_reason == ab_c.rejected_by_reason);
  CHECK(lines_of(cba) == lines_of(ab_c));
  // An incomplete part makes the whole incomplete.
  read_report unfinished = part(1, {});
  unfinished.complete = false;
  CHECK(!(a + unfinished).complete);
  CHECK((a + unfinished).summary() == "f.csv: 5 rows read, 3 accepted, 2 rejected");
  CHECK(b.summary() == "f.csv: 6 rows read, 1 accepted, 1 rejected, 4 set aside");
}

TEST_CASE("read report: set-aside reasons have their printed names", "[data][report]") {
  CHECK(to_string(set_aside_reason::breakdown) == "breakdown");
  CHECK(to_string(set_aside_reason::aggregate) == "aggregate");
  CHECK(to_string(set_aside_reason::detail) == "detail");
  CHECK(to_string(set_aside_reason::processing) == "processing");
}
