// Byte sources: regular files read with pread, pipes read in chunks, streams and memory.
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

// A file under the temporary directory holding `text`, removed when the test ends.
struct temp_file {
  explicit temp_file(const std::string& stem, const std::string& text)
      : path((std::filesystem::temp_directory_path() /
              ("tradestat_" + stem + "_" + std::to_string(::getpid()) + ".csv"))
                 .string()) {
    std::ofstream(path, std::ios::binary) << text;
  }
  temp_file(const temp_file&) = delete;
  temp_file& operator=(const temp_file&) = delete;
  ~temp_file() { std::filesystem::remove(path); }
  std::string path;
};

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

TEST_CASE("byte source: a regular file is seekable, not in memory, and gives its bytes", "[data][source]") {
  auto s = byte_source::from_path(tradestat::test::fixture("canonical/header_only.csv"));
  CHECK(s.seekable());
  CHECK(!s.in_memory());
  CHECK(s.size() == 30);  // its size before a byte is read
  CHECK(s.window().empty());
  CHECK(drain(s) == "period,flow,partner,value_cny\n");
  const std::string text = "abc";
  auto m = byte_source::from_memory(text);
  CHECK(m.seekable());
  CHECK(m.in_memory());
}

TEST_CASE("byte source: a regular file is read in chunks of the size asked for", "[data][source]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "line " + std::to_string(i) + "\n";
  const temp_file f("chunks", text);
  auto s = byte_source::from_path(f.path, 64);
  CHECK(s.capacity() == 64);
  CHECK(s.fill());
  CHECK(s.window() == std::string_view(text).substr(0, 64));
  CHECK(!s.fill());  // the buffer is full
  s.consume(10);
  CHECK(s.fill());  // the unread bytes move to the front and the next 10 follow
  CHECK(s.offset() == 10);
  CHECK(s.window() == std::string_view(text).substr(10, 64));
  s.consume(s.window().size());
  // Room for a longer row: the buffer grows, each fill still reads one chunk.
  s.ensure_capacity(256);
  CHECK(s.capacity() == 256);
  CHECK(s.fill());
  CHECK(s.window().size() == 64);
  CHECK(s.fill());
  CHECK(s.window().size() == 128);
  CHECK(s.offset() + drain(s).size() == text.size());
}

TEST_CASE("byte source: a seek in a regular file jumps, and read_at reads behind without moving",
          "[data][source]") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += std::to_string(i) + "\n";
  const temp_file f("seek", text);
  auto s = byte_source::from_path(f.path, 64);
  REQUIRE(s.fill());
  s.seek(20);  // inside the window: the window moves
  CHECK(s.offset() == 20);
  CHECK(s.window() == std::string_view(text).substr(20, 44));
  s.seek(2000);  // past the window: nothing is read until fill()
  CHECK(s.offset() == 2000);
  CHECK(s.window().empty());
  REQUIRE(s.fill());
  CHECK(s.window() == std::string_view(text).substr(2000, 64));
  s.seek(10);  // never backwards
  CHECK(s.offset() == 2000);
  // read_at: any range, in chunks of at most the capacity, clipped to the end; the window stays.
  std::string behind;
  std::size_t pieces = 0;
  s.read_at(5, 1500, [&](std::string_view b) {
    behind.append(b);
    ++pieces;
    CHECK(b.size() <= 64);
  });
  CHECK(behind == text.substr(5, 1500));
  CHECK(pieces == (1500 + 63) / 64);
  std::string tail;
  s.read_at(text.size() - 3, 100, [&](std::string_view b) { tail.append(b); });
  CHECK(tail == text.substr(text.size() - 3));
  CHECK(s.offset() == 2000);
  CHECK(s.window() == std::string_view(text).substr(2000, 64));
  s.seek(text.size() + 100);  // past the end: at the end
  CHECK(s.offset() == text.size());
  CHECK(!s.fill());
}

TEST_CASE("byte source: a regular file that shrinks while it is read ends with a read_error",
          "[data][source]") {
  const std::string text(1000, 'x');
  const temp_file f("shrinks", text);
  auto s = byte_source::from_path(f.path, 256);
  REQUIRE(s.fill());
  s.consume(s.window().size());
  std::filesystem::resize_file(f.path, 300);  // another process truncates it
  // The next chunk would be bytes [256, 512): only 44 are left.
  CHECK_THROWS_WITH(s.fill(), f.path + ": the file shrank while being read: 1000 bytes expected, 300 found");
  CHECK(!s.fill());  // the input has ended
  // Truncated to below the read position: nothing more is read.
  std::filesystem::resize_file(f.path, 1000);
  auto t = byte_source::from_path(f.path, 256);
  REQUIRE(t.fill());
  std::filesystem::resize_file(f.path, 100);
  t.seek(600);
  CHECK_THROWS_WITH(t.fill(), f.path + ": the file shrank while being read: 1000 bytes expected, 100 found");
  // A file that grows is read to the size it had when opened.
  std::filesystem::resize_file(f.path, 0);
  std::ofstream(f.path, std::ios::binary) << "abc\n";
  auto g = byte_source::from_path(f.path, 256);
  std::ofstream(f.path, std::ios::binary | std::ios::app) << "def\n";
  CHECK(g.size() == 4);
  CHECK(drain(g) == "abc\n");
}

TEST_CASE("byte source: a reader of a file that shrinks stops with a read_error, strict or lenient",
          "[data][source]") {
  std::string text = "period,flow,value_cny\n";
  for (int i = 1; i <= 200; ++i) text += "2025-03,export," + std::to_string(i) + "\n";
  const temp_file f("shrinks_reader", text);
  for (const read_mode mode : {read_mode::lenient, read_mode::strict}) {
    std::filesystem::resize_file(f.path, 0);
    std::ofstream(f.path, std::ios::binary) << text;
    // Rows of at most 64 bytes: the buffer stays at 128 bytes (the tokenizer widens it to the
    // longest row), so the reader reads the file in many chunks.
    auto reader = read_canonical(byte_source::from_path(f.path, 128), {.mode = mode, .max_row_bytes = 64});
    std::size_t rows = 0;
    try {
      for ([[maybe_unused]] const record& r : reader) {
        if (++rows == 3) std::filesystem::resize_file(f.path, 1000);
      }
      FAIL("the reader did not see the file shrink");
    } catch (const read_error& e) {
      CHECK(std::string(e.what()) == f.path + ": the file shrank while being read: " + std::to_string(text.size()) +
                                         " bytes expected, 1000 found");
    }
    CHECK(rows < 60);  // it stopped where the file ended, not at the expected end
  }
}

TEST_CASE("byte source: a part of a file jumps to its range and counts the lines skipped when asked",
          "[data][source]") {
  std::string text = "period,flow,value_cny\n";
  for (int i = 1; i <= 300; ++i) text += "2025-03,export," + std::to_string(i) + "\n";
  const std::size_t bad_at = text.size();
  text += "2025-03,export,x\n";  // line 302
  const temp_file f("ranged", text);
  // The part starting at the bad row's line: the 300 lines before it are not parsed, yet the
  // rejection names line 302 of the file (counted by reading the skipped bytes once).
  auto part = read_canonical(byte_source::from_path(f.path, 64),
                             {.max_row_bytes = 32, .bytes = {bad_at - 5, byte_range::to_end}});
  std::size_t rows = 0;
  for ([[maybe_unused]] const record& r : part) ++rows;
  CHECK(rows == 0);
  REQUIRE(part.report().rejections.size() == 1);
  CHECK(part.report().rejections[0].line == 302);
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
