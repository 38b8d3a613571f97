// Rejection messages and the report's arithmetic.
#include <tradestat/data/read_report.hpp>

#include <string>

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
