// Byte ranges and splitting: the parts of a file give, together, exactly the whole read's records
// in order and, merged, the whole read's report; line numbers stay the file's.
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/split.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;

namespace {

// A canonical CSV of `rows` rows drawn from good rows, bad cells, blank lines, bad quoting, wrong
// column counts, quoted commas, a bare carriage return inside a row, LF and CRLF line ends; sometimes a byte-order mark, blank lines
// before the header, no line end after the last row.
std::string generated_file(unsigned seed, int rows) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::string s;
  if (pick(4) == 0) s += "\xEF\xBB\xBF";
  const bool crlf_file = pick(2) == 0;
  auto end_line = [&] { s += (crlf_file || pick(5) == 0) ? "\r\n" : "\n"; };
  if (pick(4) == 0) end_line();  // a blank line before the header
  s += "period,flow,partner,value_cny,quantity,quantity_unit";
  end_line();
  for (int i = 0; i < rows; ++i) {
    const int month = 1 + pick(12);
    const std::string period = "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
    switch (pick(10)) {
      case 0:  // a bad number
        s += period + ",import,gacc:502,12x,,";
        break;
      case 1:  // a blank line
        break;
      case 2:  // a quote inside an unquoted field
        s += period + ",export,gacc:5\"02,7,,";
        break;
      case 3:  // too few fields
        s += period + ",export";
        break;
      case 4:  // a quoted comma in the unit
        s += period + ",export,gacc:142," + std::to_string(pick(1000)) + ",3,\"box,large\"";
        break;
      case 5:  // an unknown partner
        s += period + ",export,gacc:999,1,,";
        break;
      case 6:  // a carriage return not followed by a line feed: the row is rejected
        s += period + ",export,gacc:502,4\r2,,";
        break;
      default:
        s += period + (pick(2) == 0 ? ",export," : ",import,") + (pick(2) == 0 ? "gacc:502" : "iso3:KAZ") + "," +
             std::to_string(pick(100000)) + ",,";
    }
    if (i + 1 < rows || pick(3) != 0) end_line();
  }
  return s;
}

std::vector<record> records_of(canonical_reader& reader) {
  std::vector<record> out;
  for (const record& r : reader) out.push_back(r);
  return out;
}

// Reads the parts in order, as N threads would each read one.
void check_parts_match_whole(const std::string& text, std::vector<canonical_reader> parts,
                             read_options options = {}, const std::string& name = "g.csv") {
  canonical_reader whole = read_canonical(byte_source::from_memory(text, name), options);
  const std::vector<record> expected = records_of(whole);
  std::vector<record> got;
  for (canonical_reader& part : parts)
    for (const record& r : part) got.push_back(r);
  CHECK(got == expected);
  const read_report merged = merged_report(parts);
  CHECK(merged.balanced());
  CHECK(merged.complete);
  CHECK(merged == whole.report());
}

}  // namespace

TEST_CASE("split: the ranges cover the input exactly once, in order", "[data][split]") {
  const std::vector<byte_range> r = split_ranges(10, 3);
  REQUIRE(r.size() == 3);
  CHECK(r[0] == byte_range{0, 3});
  CHECK(r[1] == byte_range{3, 6});
  CHECK(r[2] == byte_range{6, byte_range::to_end});
  CHECK(split_ranges(10, 1)[0].whole());
  const std::vector<byte_range> tiny = split_ranges(2, 4);  // more parts than bytes: some are empty
  CHECK(tiny[0] == byte_range{0, 0});
  CHECK(tiny[1] == byte_range{0, 1});
  CHECK(tiny[2] == byte_range{1, 1});
  CHECK(tiny[3] == byte_range{1, byte_range::to_end});
  CHECK_THROWS_AS(split_ranges(10, 0), tradestat::error);
}

TEST_CASE("split: N parts from 1 to 8 give the whole read's records in order and its report",
          "[data][split][property]") {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    const std::string text = generated_file(seed, 1 + static_cast<int>(seed % 30));
    for (std::size_t n = 1; n <= 8; ++n) {
      INFO("seed " << seed << ", " << n << " parts");
      check_parts_match_whole(text, read_canonical_parts(byte_source::from_memory(text, "g.csv"), n));
    }
  }
}

TEST_CASE("split: two parts split at every byte give the whole read", "[data][split][property]") {
  for (unsigned seed = 100; seed < 112; ++seed) {
    const std::string text = generated_file(seed, 12);
    for (std::size_t at = 0; at <= text.size() + 1; ++at) {
      INFO("seed " << seed << ", split at byte " << at);
      std::vector<canonical_reader> parts;
      parts.push_back(read_canonical(byte_source::from_memory(text, "g.csv"), {.bytes = {0, at}}));
      parts.push_back(read_canonical(byte_source::from_memory(text, "g.csv"), {.bytes = {at, byte_range::to_end}}));
      check_parts_match_whole(text, std::move(parts));
    }
  }
}

TEST_CASE("split: kept rejections merge in line order, cut to max_kept_rejections", "[data][split]") {
  const read_options options{.max_kept_rejections = 2};
  for (unsigned seed = 200; seed < 210; ++seed) {
    const std::string text = generated_file(seed, 25);
    for (std::size_t n = 2; n <= 5; ++n) {
      INFO("seed " << seed << ", " << n << " parts");
      check_parts_match_whole(text, read_canonical_parts(byte_source::from_memory(text, "g.csv"), n, options),
                              options);
    }
  }
}

TEST_CASE("split: a range's rejections carry the file's line numbers", "[data][split]") {
  const std::string text =
      "period,flow,value_cny\n"  // line 1
      "2025-01,export,1\n"       // 2, at byte 22
      "\n"                       // 3
      "2025-02,export,x\n"       // 4
      "2025-03,export,3\n"       // 5
      "2025-04,export,y\n";      // 6
  auto part = read_canonical(byte_source::from_memory(text, "l.csv"), {.bytes = {23, byte_range::to_end}});
  const std::vector<record> rows = records_of(part);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].period == record_period{month{2025, 3}});
  REQUIRE(part.report().rejections.size() == 2);
  CHECK(part.report().rejections[0].line == 4);
  CHECK(part.report().rejections[1].line == 6);
  CHECK(part.report().header_lines == 0);  // the header starts before the range
  CHECK(part.report().blank_lines == 1);
  // Strict: the error names the true line too.
  auto strict = read_canonical(byte_source::from_memory(text, "l.csv"),
                               {.mode = read_mode::strict, .bytes = {40, byte_range::to_end}});
  CHECK_THROWS_WITH(records_of(strict), "l.csv:4: value_cny: bad number: \"x\" is not a whole number");
}

TEST_CASE("split: a stream can be read in a byte range (read through), but not split", "[data][split]") {
  const std::string text = generated_file(7, 20);
  for (std::size_t at = 0; at <= text.size(); at += 7) {
    INFO("split at byte " << at);
    std::istringstream in1(text), in2(text);
    std::vector<canonical_reader> parts;
    parts.push_back(read_canonical(byte_source::from_stream(in1, "g.csv", 64), {.bytes = {0, at}}));
    parts.push_back(read_canonical(byte_source::from_stream(in2, "g.csv", 64), {.bytes = {at, byte_range::to_end}}));
    check_parts_match_whole(text, std::move(parts));
  }
  std::istringstream in(text);
  CHECK_THROWS_AS(read_canonical_parts(byte_source::from_stream(in, "g.csv"), 2), read_error);
  std::istringstream one(text);
  CHECK(read_canonical_parts(byte_source::from_stream(one, "g.csv"), 1).size() == 1);  // one part: read whole
}

TEST_CASE("split: a file with a line end inside a quoted field is read whole, refused in ranges",
          "[data][split]") {
  const std::string text =
      "period,flow,value_cny,quantity,quantity_unit\n"
      "2025-01,export,1,2,\"two\nlines\"\n"
      "2025-02,export,2,,\n";
  auto whole = read_canonical_parts(byte_source::from_memory(text, "q.csv"), 1);
  CHECK(records_of(whole[0]).size() == 2);
  auto parts = read_canonical_parts(byte_source::from_memory(text, "q.csv"), 2);
  CHECK_THROWS_WITH(records_of(parts[0]), "q.csv: line 2: a quoted field holds a line end, so the file cannot be "
                                          "read in byte ranges (rows are split at line ends): read it whole");
}

TEST_CASE("split: a file splits into parts that each read their range of it", "[data][split]") {
  const std::string path = test::fixture("canonical/good_bom_crlf_quoted.csv");
  canonical_reader whole = read_canonical(path);
  const std::vector<record> expected = records_of(whole);
  REQUIRE(!expected.empty());
  for (std::size_t n = 1; n <= 4; ++n) {
    std::vector<canonical_reader> parts = read_canonical_parts(path, n);
    REQUIRE(parts.size() == n);
    std::vector<record> got;
    for (canonical_reader& p : parts)
      for (const record& r : p) got.push_back(r);
    CHECK(got == expected);
    CHECK(merged_report(parts) == whole.report());
  }
  CHECK_THROWS_AS(read_canonical_parts(path + ".missing", 2), read_error);
}

TEST_CASE("split: a file read in small chunks splits at every byte into parts that give the whole read",
          "[data][split][property]") {
  const std::string text = generated_file(11, 30);
  const std::string path =
      (std::filesystem::temp_directory_path() / ("tradestat_split_" + std::to_string(::getpid()) + ".csv")).string();
  std::ofstream(path, std::ios::binary) << text;
  const read_options small{.max_row_bytes = 100};  // the 128-byte buffers stay that small
  for (std::size_t at = 0; at <= text.size(); at += 5) {
    INFO("split at byte " << at);
    byte_source first = byte_source::from_path(path, 128);
    byte_source second = first.reopen();
    read_options a = small, b = small;
    a.bytes = {0, at};
    b.bytes = {at, byte_range::to_end};
    std::vector<canonical_reader> parts;
    parts.push_back(read_canonical(std::move(first), a));
    parts.push_back(read_canonical(std::move(second), b));
    check_parts_match_whole(text, std::move(parts), small, path);
  }
  for (std::size_t n = 1; n <= 5; ++n) {
    INFO(n << " parts");
    auto parts = split_read(byte_source::from_path(path, 128), n, [&](byte_source s, byte_range r) {
      read_options o = small;
      o.bytes = r;
      return read_canonical(std::move(s), o);
    });
    check_parts_match_whole(text, std::move(parts), small, path);
  }
  std::filesystem::remove(path);
}

TEST_CASE("split: the default part count is one per processor, no part under the minimum, 1 for a stream",
          "[data][split][default]") {
  constexpr std::size_t mib = std::size_t{1} << 20;
  static_assert(default_min_part_bytes == 16 * mib);
  CHECK(default_part_count(0, true, 8) == 1);
  CHECK(default_part_count(32 * mib - 1, true, 8) == 1);  // two parts would be under 16 MiB
  CHECK(default_part_count(32 * mib, true, 8) == 2);
  CHECK(default_part_count(100 * mib, true, 8) == 6);
  CHECK(default_part_count(1000 * mib, true, 8) == 8);  // one per processor
  CHECK(default_part_count(1000 * mib, true, 1) == 1);
  CHECK(default_part_count(1000 * mib, true, 0) == 1);
  CHECK(default_part_count(1000 * mib, false, 8) == 1);  // a stream is read whole
  CHECK(default_part_count(10 * mib, true, 4, 1 * mib) == 4);
  CHECK(default_part_count(10 * mib, true, 4, 0) == 1);
}

TEST_CASE("split: read_canonical_parts without a count reads a large input on every processor, a small one whole",
          "[data][split][default]") {
  const std::size_t processors = detail::platform::available_processors();
  CHECK(processors >= 1);
  const std::string small = generated_file(3, 20);
  CHECK(read_canonical_parts(byte_source::from_memory(small, "g.csv")).size() == 1);
  std::istringstream stream(small);
  CHECK(read_canonical_parts(byte_source::from_stream(stream, "g.csv")).size() == 1);
  // 34 MiB of rows: two parts of at least 16 MiB when the process may run on two processors or more.
  std::string large = "period,flow,partner,value_cny\n";
  const std::string row = "2025-03,export,gacc:502,123456789\n";
  while (large.size() < 34 * (std::size_t{1} << 20)) large += row;
  std::vector<canonical_reader> parts = read_canonical_parts(byte_source::from_memory(large, "large.csv"));
  CHECK(parts.size() == (processors >= 2 ? 2u : 1u));
  std::size_t rows = 0;
  for (canonical_reader& part : parts)
    for (const record& r : part) rows += r.value_cny == money<CNY>{123456789} ? std::size_t{1} : std::size_t{0};
  CHECK(rows == (large.size() - 30) / row.size());
  CHECK(merged_report(parts).rows_accepted == rows);
}
