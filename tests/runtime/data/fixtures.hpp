// Where the data layer's test fixtures live (tests/fixtures/data/), and a helper that reads a
// whole file with a reader and checks the row accounting, as every test read must.
#ifndef TRADESTAT_TESTS_DATA_FIXTURES_HPP
#define TRADESTAT_TESTS_DATA_FIXTURES_HPP

#include <tradestat/codes/country.hpp>
#include <tradestat/codes/partner_code.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "catch.hpp"

namespace tradestat::test {

/** A fixture file: `relative` under tests/fixtures/<folder>/ (data, gacc, comtrade, ...). */
inline std::string fixture(const std::string& relative, const std::string& folder = "data") {
  return std::string(TRADESTAT_SOURCE_DIR) + "/tests/fixtures/" + folder + "/" + relative;
}

/** The real sample `../shared/samples/<folder>/<name>` beside the repository, or nothing (after a
 *  printed reason: the test skips) when it is not there. */
inline std::optional<std::filesystem::path> shared_sample(const std::string& folder, const std::string& name) {
  std::filesystem::path sample =
      std::filesystem::path(TRADESTAT_SOURCE_DIR) / ".." / "shared" / "samples" / folder / name;
  if (std::filesystem::exists(sample)) return sample;
  WARN("skipped: the real sample is not at " + sample.string() + " (it sits beside the repository in ../shared)");
  SUCCEED("nothing to read");
  return std::nullopt;
}

/** A file's bytes. */
inline std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

/** The partner a reader gives for `code` in `Scheme`, e.g. `coded_partner<code_scheme::gacc>(502)`. */
template <code_scheme Scheme>
coded_country coded_partner(int code) {
  return coded_country{country_from(partner_code<Scheme>{code}), Scheme};
}

/** Every record of a reader, with the accounting checked: rows read = accepted + rejected + set aside. */
template <class Reader>
std::vector<record> read_all(Reader& reader) {
  std::vector<record> out;
  for (const record& r : reader) out.push_back(r);
  const read_report& rep = reader.report();
  CHECK(rep.complete);
  CHECK(rep.rows_read == rep.rows_accepted + rep.rows_rejected + rep.rows_set_aside);
  CHECK(rep.rows_accepted == out.size());
  return out;
}

/** A lenient read of a file with one damaged row: the records kept, checked against the row
 *  accounting a test states (rows read and accepted; exactly one row rejected, at `damaged_line`),
 *  so that a damaged row costs that row and nothing else. */
template <class Reader>
std::vector<record> read_one_damaged(Reader& reader, std::size_t rows_read, std::size_t rows_accepted,
                                     std::size_t damaged_line) {
  std::vector<record> out = read_all(reader);
  const read_report& rep = reader.report();
  CHECK(rep.rows_read == rows_read);
  CHECK(rep.rows_accepted == rows_accepted);
  CHECK(rep.rows_rejected == 1);
  REQUIRE(rep.rejections.size() == 1);
  CHECK(rep.rejections[0].line == damaged_line);
  return out;
}

/** A file of one good row and one bad one: read leniently, the good row is kept and the bad one
 *  reported with `message`; read strictly, the same message is thrown at the bad row. */
template <class Reader>
void check_one_bad_row(Reader& lenient, Reader& strict, const std::string& message) {
  CHECK(read_all(lenient).size() == 1);
  const read_report& rep = lenient.report();
  CHECK(rep.rows_read == 2);
  CHECK(rep.rows_accepted == 1);
  CHECK(rep.rows_rejected == 1);
  REQUIRE(rep.rejections.size() == 1);
  CHECK(rep.rejections[0].message() == message);
  CHECK_THROWS_WITH(read_all(strict), message);
}

/** Reading the whole of `reader` fails on the header: a read_error of kind bad_data whose message
 *  is `message` (the file-level form: line 0, no field). */
template <class Reader>
void check_header_refused(Reader& reader, const std::string& message) {
  try {
    for ([[maybe_unused]] const record& r : reader) {
    }
    FAIL("the header was accepted");
  } catch (const read_error& e) {
    CHECK(e.kind() == error_kind::bad_data);
    CHECK(std::string(e.what()) == message);
    CHECK(e.rejection().line == 0);
  }
}

/** A malformed file and the message expected after its path ("<path>:<line>:..."). */
struct bad_case {
  const char* file;
  const char* expected;
};

}  // namespace tradestat::test

#endif  // TRADESTAT_TESTS_DATA_FIXTURES_HPP
