// Byte sources: mapped files, pipes read in chunks, streams and memory.
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/canonical_csv.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "catch.hpp"
#include "fixtures.hpp"

using namespace tradestat;

namespace {

std::string drain(byte_source& s) {
  std::string out;
  for (;;) {
    const std::string_view w = s.window();
    out.append(w);
    s.consume(w.size());
    if (!s.fill()) return out;
  }
}

}  // namespace

TEST_CASE("byte source: a regular file is memory-mapped and gives its bytes", "[data][source]") {
  auto s = byte_source::from_path(tradestat::test::fixture("canonical/header_only.csv"));
  CHECK(s.is_mapped());
  CHECK(drain(s) == "period,flow,partner,value_cny\n");
}

TEST_CASE("byte source: a file path comes from text, a std::filesystem::path or a directory entry",
          "[data][source]") {
  const std::string name = tradestat::test::fixture("canonical/header_only.csv");
  CHECK(file_path(name).string() == name);
  CHECK(file_path(std::filesystem::path(name)).string() == name);
  // A directory listing's entries read as files: the way users read every file of a folder.
  const std::filesystem::path folder = std::filesystem::path(name).parent_path();
  bool found = false;
  for (const std::filesystem::directory_entry& e : std::filesystem::directory_iterator(folder)) {
    if (e.path().filename() != "header_only.csv") continue;
    found = true;
    CHECK(file_path(e).string() == e.path().string());
    auto s = byte_source::from_path(e);
    CHECK(drain(s) == "period,flow,partner,value_cny\n");
  }
  CHECK(found);
}

TEST_CASE("byte source: an empty regular file gives no bytes", "[data][source]") {
  auto s = byte_source::from_path(tradestat::test::fixture("canonical/empty.csv"));
  CHECK(drain(s).empty());
}

TEST_CASE("byte source: a pipe is read in chunks and a reader sees every row", "[data][source]") {
  const std::filesystem::path fifo =
      std::filesystem::temp_directory_path() / ("tradestat_fifo_" + std::to_string(::getpid()));
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] {
    std::ofstream out(fifo);
    out << "period,flow,value_cny\n";
    for (int i = 1; i <= 1000; ++i) out << "2025-03,export," << i << "\n";
  });
  money<CNY> total{};
  std::size_t rows = 0;
  {
    auto reader = read_canonical(fifo);
    for (const record& r : reader) total += *r.value_cny;
    rows = reader.report().rows_accepted;
    CHECK(reader.report().balanced());
  }
  writer.join();
  std::filesystem::remove(fifo);
  CHECK(rows == 1000);
  CHECK(total == money<CNY>{500'500});  // 1 + 2 + ... + 1000
}

TEST_CASE("byte source: a directory or a missing file is a read_error naming it", "[data][source]") {
  const std::string dir = std::string(TRADESTAT_SOURCE_DIR) + "/tests";
  CHECK_THROWS_WITH(byte_source::from_path(dir), dir + ": is a directory");
  CHECK_THROWS_AS(byte_source::from_path(dir + "/no such file"), read_error);
  try {
    (void)byte_source::from_path(dir + "/no such file");
    FAIL("a missing file opened");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::bad_data);
    CHECK_THAT(std::string(e.what()), test::contains("no such file: cannot open: "));
  }
}

TEST_CASE("byte source: filling a stream keeps the unread bytes at the window's start", "[data][source]") {
  std::istringstream in("abcdefghij");
  auto s = byte_source::from_stream(in, "s", 64);
  s.ensure_capacity(64);
  CHECK(s.window().empty());
  CHECK(s.fill());
  CHECK(s.window() == "abcdefghij");
  s.consume(4);
  CHECK(s.window() == "efghij");
  CHECK(!s.fill());  // the end of the stream
  CHECK(s.window() == "efghij");
}
