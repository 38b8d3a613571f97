// Where a reader's bytes come from: a file (memory-mapped when it is a regular file, read in
// chunks otherwise: pipes, devices), a std::istream (read in chunks), or bytes already in memory.
// Memory stays bounded: chunked sources hold one buffer, and a mapped file gives back the pages
// already read, so a reader's resident memory does not grow with the file.
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
 *  Example: `auto s = byte_source::from_memory("t,i\n"); s.window()` // "t,i\n" */
class byte_source {
 public:
  /** Opens a file: mapped when regular, read in chunks otherwise; throws read_error naming the
   *  file when it cannot be opened. Example: `byte_source::from_path("baci.csv").name()` // "baci.csv" */
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
      s.size_ = st.size;
      if (s.size_ > 0) {
        if (const char* p = detail::platform::map_read_only(s.fd_, s.size_)) {
          s.map_ = p;
          s.data_ = s.map_;
          detail::platform::close_file(s.fd_);
          s.fd_ = -1;
          return s;
        }
      } else {
        detail::platform::close_file(s.fd_);
        s.fd_ = -1;
        return s;
      }
    }
    s.size_ = 0;
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
    if (map_ != nullptr) detail::platform::unmap(map_, size_);
    if (fd_ >= 0) detail::platform::close_file(fd_);
  }

  /** The file name (or the name given to a stream or buffer), for messages. */
  const std::string& name() const noexcept { return name_; }

  /** The bytes available now, from the read position. */
  std::string_view window() const noexcept { return {data_ + pos_, size_ - pos_}; }

  /** The offset of the window's first byte from the start of the input. */
  std::size_t offset() const noexcept { return dropped_ + pos_; }

  /** True when the whole input is in memory (a mapped file or a buffer): `seek()` is a jump and
   *  `bytes()` can look behind the read position. */
  bool random_access() const noexcept { return buffer_ == nullptr; }

  /** The input's size in bytes (random-access sources; for chunked ones, the bytes read so far). */
  std::size_t size() const noexcept { return dropped_ + size_; }

  /** Bytes [from, from + n) of a random-access input, clipped to its end. */
  std::string_view bytes(std::size_t from, std::size_t n) const noexcept {
    if (!random_access() || from >= size_) return {};
    return {data_ + from, std::min(n, size_ - from)};
  }

  /** Moves the read position forward to `to` (a jump in memory, reading and dropping the bytes
   *  in between otherwise); never backwards. */
  void seek(std::size_t to) {
    if (to <= offset()) return;
    if (random_access()) {
      pos_ = std::min(to, size_);
      if (map_ != nullptr) released_ = std::max(released_, pos_ / detail::platform::page_size() * detail::platform::page_size());
      return;
    }
    while (offset() < to) {
      const std::size_t n = std::min(to - offset(), size_ - pos_);
      pos_ += n;
      if (offset() < to && !fill()) return;
    }
  }

  /** Keeps `owner` alive as long as the source: what a stream source reads from (a converter). */
  void keep_alive(std::shared_ptr<const void> owner) noexcept { owner_ = std::move(owner); }

  /** Marks `n` bytes of the window as used. */
  void consume(std::size_t n) noexcept {
    pos_ += n;
    if (map_ != nullptr && pos_ - released_ >= release_step) release();
  }

  /** Makes more bytes available after the current window, keeping the window's bytes (they may
   *  move: views into the old window are invalid afterwards). False when the input has ended or
   *  the buffer is full (the window already holds `capacity()` bytes).
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
    const std::size_t got = read_some(buffer_.get() + size_, capacity_ - size_);
    if (got == 0) {
      eof_ = true;
      return false;
    }
    size_ += got;
    return true;
  }

  /** The most bytes a window can hold: unbounded (the whole input) for mapped files and memory. */
  std::size_t capacity() const noexcept {
    return buffer_ == nullptr ? static_cast<std::size_t>(-1) : capacity_;
  }

  /** Makes chunked windows able to hold at least `n` bytes (a reader's longest row), keeping the
   *  window's bytes. Mapped files and memory need nothing. */
  void ensure_capacity(std::size_t n) {
    if (buffer_ == nullptr || capacity_ >= n) return;
    auto bigger = std::make_unique<char[]>(n);
    std::memcpy(bigger.get(), buffer_.get() + pos_, size_ - pos_);
    size_ -= pos_;
    dropped_ += pos_;
    pos_ = 0;
    buffer_ = std::move(bigger);
    data_ = buffer_.get();
    capacity_ = n;
  }

  /** True when the file was memory-mapped. */
  bool is_mapped() const noexcept { return map_ != nullptr; }

  static constexpr std::size_t default_chunk = std::size_t{1} << 20;

 private:
  byte_source() = default;

  void swap(byte_source& o) noexcept {
    std::swap(name_, o.name_);
    std::swap(fd_, o.fd_);
    std::swap(stream_, o.stream_);
    std::swap(map_, o.map_);
    std::swap(buffer_, o.buffer_);
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(pos_, o.pos_);
    std::swap(capacity_, o.capacity_);
    std::swap(released_, o.released_);
    std::swap(eof_, o.eof_);
    std::swap(dropped_, o.dropped_);
    std::swap(owner_, o.owner_);
  }

  void allocate(std::size_t chunk_bytes) {
    capacity_ = std::max<std::size_t>(chunk_bytes, 64);
    buffer_ = std::make_unique<char[]>(capacity_);
    data_ = buffer_.get();
  }

  std::size_t read_some(char* into, std::size_t n) {
    if (stream_ != nullptr) {
      stream_->read(into, static_cast<std::streamsize>(n));
      const auto got = static_cast<std::size_t>(stream_->gcount());
      if (stream_->bad()) throw read_error(name_, "read failed");
      return got;
    }
    const std::ptrdiff_t got = detail::platform::read_some(fd_, into, n);
    if (got < 0) throw read_error(name_, "read failed: " + detail::platform::last_error());
    return static_cast<std::size_t>(got);
  }

  // Drops the mapped pages already read from this process's resident set; they stay in the page
  // cache, so nothing is read twice.
  void release() noexcept {
    const std::size_t page = detail::platform::page_size();
    const std::size_t upto = pos_ / page * page;
    if (upto > released_) {
      detail::platform::release_pages(map_ + released_, upto - released_);
      released_ = upto;
    }
  }

  static constexpr std::size_t release_step = std::size_t{16} << 20;

  std::string name_;
  int fd_ = -1;
  std::istream* stream_ = nullptr;
  const char* map_ = nullptr;
  std::unique_ptr<char[]> buffer_;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t pos_ = 0;
  std::size_t capacity_ = 0;
  std::size_t released_ = 0;
  bool eof_ = false;
  std::size_t dropped_ = 0;            // chunked sources: bytes moved out of the buffer before pos_
  std::shared_ptr<const void> owner_;  // what the source reads from, kept alive (keep_alive)
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_BYTE_SOURCE_HPP
