// One file as N readers over byte ranges that cover it exactly once, so that N threads read one
// file: every row belongs to the range it starts in (read_options::bytes, data/read_options.hpp),
// each reader knows the header, and the parts' reports add up to the whole's (read_report +=).
#ifndef TRADESTAT_DATA_SPLIT_HPP
#define TRADESTAT_DATA_SPLIT_HPP

#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/read_options.hpp>
#include <tradestat/data/read_report.hpp>

#include <concepts>
#include <cstddef>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace tradestat {

/** `n` byte ranges covering an input of `size` bytes exactly once, in order, of (nearly) equal
 *  size: [k·size/n, (k+1)·size/n), the first from 0, the last to the end (byte_range::to_end), so
 *  that one range is the whole input. Throws tradestat::error (invalid_argument) for n == 0.
 *  Example: `split_ranges(10, 3)` // {[0, 3), [3, 6), [6, to_end)} */
inline std::vector<byte_range> split_ranges(std::size_t size, std::size_t n) {
  if (n == 0) throw error(error_kind::invalid_argument, "tradestat: split_ranges: 0 parts: ask for 1 or more");
  std::vector<byte_range> out(n);
  auto at = [&](std::size_t k) { return size / n * k + size % n * k / n; };  // floor(k·size/n), no overflow
  for (std::size_t k = 0; k < n; ++k) out[k] = {at(k), k + 1 == n ? byte_range::to_end : at(k + 1)};
  return out;
}

/** Below this many bytes a part is not worth a thread of its own (default_part_count): 16 MiB, a
 *  few milliseconds of reading, against the header and the row-start search each part repeats. */
inline constexpr std::size_t default_min_part_bytes = std::size_t{16} << 20;

/** How many parts a read splits into when the caller does not say: one per processor, but no part
 *  smaller than `min_part_bytes`, and 1 for a source that cannot be split (a stream or pipe).
 *  Example: `default_part_count(1'000'000'000, true, 8)` // 8; `default_part_count(20'000'000, true, 8)` // 1 */
constexpr std::size_t default_part_count(std::size_t size, bool seekable, std::size_t processors,
                                         std::size_t min_part_bytes = default_min_part_bytes) noexcept {
  if (!seekable || processors <= 1 || min_part_bytes == 0) return 1;
  const std::size_t by_size = size / min_part_bytes;
  if (by_size <= 1) return 1;
  return by_size < processors ? by_size : processors;
}

/** The same for a source, on the processors this process may run on (its CPU affinity).
 *  Example: `read_canonical_parts(path)` reads a 1 GB file on every core, a 1 MB one on one thread */
inline std::size_t default_part_count(const byte_source& source) {
  return default_part_count(source.size(), source.seekable(), detail::platform::available_processors());
}

/** Splits a seekable source (memory, a regular file) into `n` readers: `make(part, range)`
 *  builds one from a byte_source over the same input and the part's byte range, e.g.
 *  `[](byte_source s, byte_range r) { return read_canonical(std::move(s), {.bytes = r}); }`. Memory:
 *  the parts share the bytes, which live as long as any of them. A regular file: the first part
 *  reads with `source` itself, the others with `source.reopen()` (the same open file, each with
 *  its own buffer, reading only its range). A stream or pipe can only be read whole: for n > 1
 *  it throws read_error.
 *  Example: `split_read(byte_source::from_memory(text), 4, make).size()` // 4 */
template <class Make>
requires std::invocable<Make&, byte_source, byte_range>
auto split_read(byte_source source, std::size_t n, Make make)
    -> std::vector<std::invoke_result_t<Make&, byte_source, byte_range>> {
  std::vector<std::invoke_result_t<Make&, byte_source, byte_range>> parts;
  if (n == 1) {
    parts.push_back(make(std::move(source), byte_range{}));
    return parts;
  }
  if (!source.seekable())
    throw read_error(source.name(), "cannot be split in byte ranges: it is read as a stream, not from memory "
                                    "or a regular file: read it whole (one part)");
  const std::vector<byte_range> ranges = split_ranges(source.size(), n);
  parts.reserve(n);
  if (!source.in_memory()) {
    std::vector<byte_source> others;
    others.reserve(n - 1);
    for (std::size_t k = 1; k < n; ++k) others.push_back(source.reopen());
    parts.push_back(make(std::move(source), ranges[0]));
    for (std::size_t k = 1; k < n; ++k) parts.push_back(make(std::move(others[k - 1]), ranges[k]));
    return parts;
  }
  const std::size_t size = source.size();
  const std::string name = source.name();
  const auto shared = std::make_shared<const byte_source>(std::move(source));
  for (const byte_range& r : ranges) {
    byte_source part = byte_source::from_memory(shared->bytes(0, size), name);
    part.keep_alive(shared);
    parts.push_back(make(std::move(part), r));
  }
  return parts;
}

/** Splits a file into `n` readers over byte ranges covering it exactly once: the file is opened
 *  once and each part reads its range of it with `pread` (see the byte_source overload).
 *  `make(part, range)` builds a reader, as for the byte_source overload. Throws read_error when
 *  the file cannot be opened, or is not a regular file and n > 1.
 *  Example: `auto parts = split_read("t.csv", 2, [](byte_source s, byte_range r) {`
 *  `  return read_canonical(std::move(s), {.bytes = r}); });` // two readers, run one per thread */
template <class Make>
requires std::invocable<Make&, byte_source, byte_range>
auto split_read(const file_path& path, std::size_t n, Make make)
    -> std::vector<std::invoke_result_t<Make&, byte_source, byte_range>> {
  return split_read(byte_source::from_path(path), n, std::move(make));
}

/** The reports of the parts of one read added up (read_report +=): the whole read's report.
 *  Example: `merged_report(parts).balanced()` // true */
template <class Readers>
read_report merged_report(const Readers& parts) {
  read_report total;
  bool first = true;
  for (const auto& p : parts) {
    if (first)
      total = p.report();
    else
      total += p.report();
    first = false;
  }
  return total;
}

}  // namespace tradestat

#endif  // TRADESTAT_DATA_SPLIT_HPP
