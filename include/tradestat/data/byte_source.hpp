// Where a reader's bytes come from: a file (a regular file read with pread, anything else -- pipes,
// devices -- with read, in chunks), a std::istream (read in chunks), or bytes already in memory.
// Memory stays bounded: a file or stream source holds one reused buffer, so a reader's resident
// memory does not grow with the file. Files are not memory-mapped: a mapped file that shrinks
// while it is read kills the process with SIGBUS, and its pages stay in the resident set; pread
// turns a shrinking file into a read_error (docs/architecture.md, "Reading files").
#ifndef TRADESTAT_DATA_BYTE_SOURCE_HPP
#define TRADESTAT_DATA_BYTE_SOURCE_HPP

#include <tradestat/data/detail/platform.hpp>
#include <tradestat/data/read_report.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstring>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace tradestat {

/** A file name as the readers take it: a C string, a std::string or std::string_view, or a
 *  std::filesystem::path or directory_entry (anything whose `c_str()`, or whose `path().c_str()`,
 *  is the name's `const char*`), so that the readers' headers need no <filesystem> (0.3 s of every
 *  compile that includes them); a caller that has a path has included <filesystem> already.
 *  Example: `file_path{std::filesystem::path{"data"} / "trade.csv"}.string()` // "data/trade.csv" */
class file_path {
 public:
  // Implicit, as std::filesystem::path's: read_canonical("trade.csv") reads a file.
  file_path(const char* name) : name_(name) {}
  file_path(std::string name) : name_(std::move(name)) {}
  file_path(std::string_view name) : name_(name) {}
  template <class P>
    requires(!std::convertible_to<const P&, std::string_view> && requires(const P& p) {
      { p.c_str() } -> std::convertible_to<const char*>;
    })
  file_path(const P& path) : name_(path.c_str()) {}
  template <class E>
    requires(!std::convertible_to<const E&, std::string_view> && requires(const E& e) {
      { e.path().c_str() } -> std::convertible_to<const char*>;
    })
  file_path(const E& entry) : name_(entry.path().c_str()) {}

  /** The name, as given. */
  const std::string& string() const noexcept { return name_; }
  const char* c_str() const noexcept { return name_.c_str(); }

 private:
  std::string name_;
};

/** A forward-only window on an input's bytes. Readers look at `window()`, `consume()` what they
 *  used and call `fill()` when a row runs past the window's end.
 *
 *  Two properties matter to byte ranges, and they differ: a source is *seekable* when `seek()` is
 *  a jump and `size()` is the whole input's size (memory, and a regular file: its bytes are read
 *  with `pread` at any offset); it is *in memory* when the whole input is there to look at
 *  (`bytes()`: memory only). A regular file is seekable but not in memory: `read_at()` reads any
 *  range of it without moving the read position.
 *  Example: `auto s = byte_source::from_memory("t,i\n"); s.window()` // "t,i\n" */
class byte_source {
 public:
  /** Opens a file: a regular file is read with `pread` in chunks of `chunk_bytes` into one reused
   *  buffer (seekable; its size is the one `fstat` gave at opening: bytes appended later are not
   *  read, and a file that turns out shorter ends the read with a read_error), anything else (a
   *  pipe, a device) with `read` in chunks. Throws read_error naming the file when it cannot be
   *  opened. Example: `byte_source::from_path("baci.csv").name()` // "baci.csv" */
  static byte_source from_path(const file_path& path, std::size_t chunk_bytes = default_chunk) {
    byte_source s;
    s.name_ = path.string();
    s.fd_ = detail::platform::open_read_only(path.c_str());
    if (s.fd_ < 0) throw read_error(s.name_, "cannot open: " + detail::platform::last_error());
    detail::platform::file_status st;
    if (!detail::platform::status_of(s.fd_, st))
      throw read_error(s.name_, "cannot stat: " + detail::platform::last_error());
    if (st.directory) throw read_error(s.name_, "is a directory");
    if (st.regular) {
      s.regular_ = true;
      s.file_size_ = st.size;
      detail::platform::advise_sequential(s.fd_);
    }
    s.allocate(chunk_bytes);
    return s;
  }

  /** Reads a stream in chunks; the stream must outlive the source.
   *  Example: `std::istringstream in("t\n"); byte_source::from_stream(in, "in").name()` // "in" */
  static byte_source from_stream(std::istream& in, std::string name = "<stream>",
                                 std::size_t chunk_bytes = default_chunk) {
    byte_source s;
    s.name_ = std::move(name);
    s.stream_ = &in;
    s.allocate(chunk_bytes);
    return s;
  }

  /** Bytes already in memory, not copied: they must outlive the source.
   *  Example: `byte_source::from_memory("a,b\n", "inline").window().size()` // 4 */
  static byte_source from_memory(std::string_view bytes, std::string name = "<memory>") {
    byte_source s;
    s.name_ = std::move(name);
    s.data_ = bytes.data();
    s.size_ = bytes.size();
    return s;
  }

  // Deleted: the bytes of a temporary string would be gone before the reader reads them; keep the
  // string in a variable and pass it (or a string_view of it).
  template <class S>
  requires std::same_as<S, std::string>
  static byte_source from_memory(S&& bytes, std::string name = "<memory>") = delete;

  byte_source(byte_source&& o) noexcept { swap(o); }
  byte_source& operator=(byte_source&& o) noexcept {
    byte_source tmp(std::move(o));
    swap(tmp);
    return *this;
  }
  byte_source(const byte_source&) = delete;
  byte_source& operator=(const byte_source&) = delete;
  ~byte_source() {
    if (fd_ >= 0) detail::platform::close_file(fd_);
  }

  /** The file name (or the name given to a stream or buffer), for messages. */
  const std::string& name() const noexcept { return name_; }

  /** The bytes available now, from the read position. */
  std::string_view window() const noexcept { return {data_ + pos_, size_ - pos_}; }

  /** The offset of the window's first byte from the start of the input. */
  std::size_t offset() const noexcept { return dropped_ + pos_; }

  /** True when `seek()` is a jump and `size()` the whole input's size: memory, a regular file. */
  bool seekable() const noexcept { return in_memory() || regular_; }

  /** True when the whole input is in memory: `bytes()` can look anywhere, behind the read
   *  position too (memory sources only; a regular file is seekable, not in memory). */
  bool in_memory() const noexcept { return buffer_ == nullptr; }

  /** The input's size in bytes: the whole input for seekable sources (a regular file's size when
   *  it was opened), the bytes read so far for the others. */
  std::size_t size() const noexcept { return regular_ ? file_size_ : dropped_ + size_; }

  /** Bytes [from, from + n) of an input in memory, clipped to its end; empty for other sources. */
  std::string_view bytes(std::size_t from, std::size_t n) const noexcept {
    if (!in_memory() || from >= size_) return {};
    return {data_ + from, std::min(n, size_ - from)};
  }

  /** Calls `visit(std::string_view)` with the bytes [from, from + n) of a seekable input, clipped
   *  to its end, in pieces: one view for memory, chunks read with `pread` for a regular file (the
   *  read position and the window do not move). Nothing for other sources. Throws read_error when
   *  the file cannot be read or has shrunk.
   *  Example: `std::size_t lines = 0; s.read_at(0, 100, [&](std::string_view b) { lines += std::ranges::count(b, '\n'); });` */
  template <class Visit>
  void read_at(std::size_t from, std::size_t n, Visit&& visit) const {
    if (in_memory()) {
      if (const std::string_view b = bytes(from, n); !b.empty()) visit(b);
      return;
    }
    if (!regular_ || from >= file_size_) return;
    std::size_t left = std::min(n, file_size_ - from);
    const auto piece = std::make_unique_for_overwrite<char[]>(std::min(left, capacity_));
    while (left > 0) {
      const std::size_t want = std::min(left, capacity_);
      const std::size_t got = read_file_at(from, piece.get(), want);
      if (got < want) throw shrank(from + got);
      visit(std::string_view{piece.get(), got});
      from += got;
      left -= got;
    }
  }

  /** Moves the read position forward to `to`, never backwards: a jump for seekable sources (a
   *  regular file's next read starts there; nothing in between is read), reading and dropping the
   *  bytes in between otherwise. */
  void seek(std::size_t to) {
    if (to <= offset()) return;
    if (in_memory()) {
      pos_ = std::min(to, size_);
      return;
    }
    if (regular_) {
      to = std::min(to, file_size_);
      if (to <= dropped_ + size_) {
        pos_ = to - dropped_;
      } else {
        dropped_ = to;
        size_ = 0;
        pos_ = 0;
      }
      return;
    }
    while (offset() < to) {
      const std::size_t n = std::min(to - offset(), size_ - pos_);
      pos_ += n;
      if (offset() < to && !fill()) return;
    }
  }

  /** A second source over the same input, read from its start on its own: what a split read gives
   *  each part. Memory: the same bytes (kept alive by the caller). A regular file: the same open
   *  file (a duplicated descriptor: the same file even if its name has since been given to another)
   *  and the same size. Throws read_error for a source that is not seekable (a stream, a pipe). */
  byte_source reopen() const {
    if (in_memory()) return from_memory(std::string_view{data_, size_}, name_);
    if (!regular_)
      throw read_error(name_, "cannot be read twice: it is read as a stream, not from memory or a regular file");
    byte_source s;
    s.name_ = name_;
    s.fd_ = detail::platform::duplicate(fd_);
    if (s.fd_ < 0) throw read_error(name_, "cannot reopen: " + detail::platform::last_error());
    s.regular_ = true;
    s.file_size_ = file_size_;
    s.allocate(step_);
    return s;
  }

  /** Keeps `owner` alive as long as the source: what a stream source reads from (a converter). */
  void keep_alive(std::shared_ptr<const void> owner) noexcept { owner_ = std::move(owner); }

  /** Marks `n` bytes of the window as used. */
  void consume(std::size_t n) noexcept { pos_ += n; }

  /** Makes more bytes available after the current window (at most the chunk size the source was
   *  made with, even when `ensure_capacity` made room for more), keeping the window's bytes (they
   *  may move: views into the old window are invalid afterwards). False when the input has ended
   *  or the buffer is full (the window already holds `capacity()` bytes). A regular file ends at the
   *  size it had when opened; when it ends sooner (it shrank while being read) fill() throws
   *  read_error naming the file, the size expected and the bytes read, and the input ends there.
   *  Example: a memory source always answers false. */
  bool fill() {
    if (buffer_ == nullptr || eof_) return false;
    if (pos_ > 0) {
      std::memmove(buffer_.get(), buffer_.get() + pos_, size_ - pos_);
      size_ -= pos_;
      dropped_ += pos_;
      pos_ = 0;
    }
    if (size_ == capacity_) return false;
    const std::size_t got = read_some(buffer_.get() + size_, std::min(capacity_ - size_, step_));
    if (got == 0) {
      eof_ = true;
      return false;
    }
    size_ += got;
    return true;
  }

  /** The most bytes a window can hold: unbounded (the whole input) for memory. */
  std::size_t capacity() const noexcept {
    return buffer_ == nullptr ? static_cast<std::size_t>(-1) : capacity_;
  }

  /** Makes chunked windows able to hold at least `n` bytes (a reader's longest row), keeping the
   *  window's bytes. Memory needs nothing. */
  void ensure_capacity(std::size_t n) {
    if (buffer_ == nullptr || capacity_ >= n) return;
    auto bigger = std::make_unique_for_overwrite<char[]>(n);
    std::memcpy(bigger.get(), buffer_.get() + pos_, size_ - pos_);
    size_ -= pos_;
    dropped_ += pos_;
    pos_ = 0;
    buffer_ = std::move(bigger);
    data_ = buffer_.get();
    capacity_ = n;
  }

  // 256 KiB: small enough that the bytes read stay in the core's cache while they are parsed
  // (reading a file in 128-256 KiB chunks took 10-15 % less CPU than in 1 MiB chunks or mapped,
  // docs/performance.md, "Reading with pread").
  static constexpr std::size_t default_chunk = std::size_t{256} << 10;

 private:
  byte_source() = default;

  void swap(byte_source& o) noexcept {
    std::swap(name_, o.name_);
    std::swap(fd_, o.fd_);
    std::swap(stream_, o.stream_);
    std::swap(regular_, o.regular_);
    std::swap(file_size_, o.file_size_);
    std::swap(buffer_, o.buffer_);
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(pos_, o.pos_);
    std::swap(capacity_, o.capacity_);
    std::swap(step_, o.step_);
    std::swap(eof_, o.eof_);
    std::swap(dropped_, o.dropped_);
    std::swap(owner_, o.owner_);
  }

  void allocate(std::size_t chunk_bytes) {
    capacity_ = std::max<std::size_t>(chunk_bytes, 64);
    step_ = capacity_;
    buffer_ = std::make_unique_for_overwrite<char[]>(capacity_);
    data_ = buffer_.get();
  }

  std::size_t read_some(char* into, std::size_t n) {
    if (stream_ != nullptr) {
      stream_->read(into, static_cast<std::streamsize>(n));
      const auto got = static_cast<std::size_t>(stream_->gcount());
      if (stream_->bad()) throw read_error(name_, "read failed");
      return got;
    }
    if (regular_) {
      // The buffer holds the file's bytes [dropped_, dropped_ + size_): the next read starts there.
      const std::size_t at = dropped_ + size_;
      if (at >= file_size_) return 0;
      const std::size_t want = std::min(n, file_size_ - at);
      const std::size_t got = read_file_at(at, into, want);
      if (got < want) {
        eof_ = true;
        throw shrank(at + got);
      }
      return got;
    }
    const std::ptrdiff_t got = detail::platform::read_some(fd_, into, n);
    if (got < 0) throw read_error(name_, "read failed: " + detail::platform::last_error());
    return static_cast<std::size_t>(got);
  }

  // Reads n bytes of the file at `at`, fewer only at its end.
  std::size_t read_file_at(std::size_t at, char* into, std::size_t n) const {
    std::size_t got = 0;
    while (got < n) {
      const std::ptrdiff_t r = detail::platform::read_at(fd_, into + got, n - got, at + got);
      if (r < 0)
        throw read_error(name_, "read failed at byte " + std::to_string(at + got) + ": " +
                                    detail::platform::last_error());
      if (r == 0) break;
      got += static_cast<std::size_t>(r);
    }
    return got;
  }

  // The error for a file that ended at `end`, before the size it had when opened: it names the
  // size it has now when fstat can tell (a part that jumped past the new end read nothing).
  read_error shrank(std::size_t end) const {
    if (detail::platform::file_status st; detail::platform::status_of(fd_, st)) end = std::min(end, st.size);
    return read_error(name_, "the file shrank while being read: " + std::to_string(file_size_) +
                                 " bytes expected, " + std::to_string(end) + " found");
  }

  std::string name_;
  int fd_ = -1;
  std::istream* stream_ = nullptr;
  bool regular_ = false;       // a regular file, read with pread
  std::size_t file_size_ = 0;  // regular files: the size fstat gave at opening
  std::unique_ptr<char[]> buffer_;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t pos_ = 0;
  std::size_t capacity_ = 0;
  std::size_t step_ = 0;  // the most bytes one fill() reads: the chunk size asked for
  bool eof_ = false;
  std::size_t dropped_ = 0;            // chunked sources: the input's bytes before the buffer's first
  std::shared_ptr<const void> owner_;  // what the source reads from, kept alive (keep_alive)
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_BYTE_SOURCE_HPP
