// The CSV tokenizer's fast path: the common row (no quotes, no CR, no NUL, ASCII only) split
// sixteen bytes at a time with SSE2 where the compiler offers it, else eight at a time in a 64-bit
// word. Users never name these; the tokenizer falls back to its careful path whenever they decline.
#ifndef TRADESTAT_DATA_DETAIL_CSV_SCAN_HPP
#define TRADESTAT_DATA_DETAIL_CSV_SCAN_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace tradestat::detail {

/** The fields of one row, written in place: a buffer that only grows (to the widest row seen).
 *  The fast path writes through a cursor held in its own locals, so that a field's store cannot
 *  alias the buffer's bookkeeping (the compiler would reload it after every field), and makes room
 *  once per block of bytes scanned (a std::vector checked its capacity on every field). */
class field_list {
 public:
  /** The next free slot and the end of the room. */
  struct cursor {
    std::string_view* at;
    std::string_view* limit;
  };

  void clear() noexcept { size_ = 0; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  void push_back(std::string_view v) {
    if (size_ == store_.size()) grow(1);
    store_[size_++] = v;
  }
  const std::string_view& operator[](std::size_t i) const noexcept { return store_[i]; }
  std::span<const std::string_view> view() const noexcept { return {store_.data(), size_}; }

  /** A cursor after the fields so far. */
  cursor open() noexcept { return {store_.data() + size_, store_.data() + store_.size()}; }
  /** Room for `k` more fields at the cursor (moving the buffer if it must grow). */
  void make_room(cursor& c, std::size_t k) {
    if (static_cast<std::size_t>(c.limit - c.at) >= k) return;
    close(c);
    grow(k);
    c = open();
  }
  /** Takes the fields written through the cursor. */
  void close(const cursor& c) noexcept { size_ = static_cast<std::size_t>(c.at - store_.data()); }

 private:
  [[gnu::noinline]] void grow(std::size_t k) { store_.resize(2 * store_.size() + k + 16); }

  std::vector<std::string_view> store_;
  std::size_t size_ = 0;
};

inline constexpr std::uint64_t swar_ones = 0x0101010101010101ULL, swar_highs = 0x8080808080808080ULL,
                                  swar_lows = 0x7F7F7F7F7F7F7F7FULL;

// The high bit of each byte of x that equals c, exactly (no carry crosses bytes).
constexpr std::uint64_t bytes_equal(std::uint64_t x, unsigned char c) noexcept {
  const std::uint64_t v = x ^ (swar_ones * c);
  return ~(((v & swar_lows) + swar_lows) | v | swar_lows);
}

// The high bit of bytes of v that are zero, exact up to the first (bytes above it may be flagged).
constexpr std::uint64_t first_hits(std::uint64_t v) noexcept { return (v - swar_ones) & ~v & swar_highs; }

// The common row: no quotes, no CR, no NUL, ASCII only, ended by '\n' inside the window. Split it
// eight bytes at a time; anything else (or a row reaching the window's end) goes the careful way.
[[gnu::always_inline]] inline std::size_t split_plain_row(const char* p, std::size_t m, char sep,
                                                        field_list& fields) {
  std::size_t i = 0, start = 0;
  field_list::cursor out = fields.open();
#if defined(__SSE2__)
  // Sixteen bytes at a time with SSE2 (every x86-64 has it): exact masks, one bit per byte. Written
  // with g++'s and clang++'s vector extensions, which compile to the instructions the SSE2
  // intrinsics would (pcmpeqb, pcmpgtb, por, pmovmskb; the same machine code at -O3), without
  // <emmintrin.h>: that header is 1 % of the umbrella's compile (docs/performance.md).
  using bytes = char __attribute__((vector_size(16)));
  using signed_bytes = signed char __attribute__((vector_size(16)));
  // The high bit of each byte of a comparison's result: bit k set where byte k compared true.
  const auto bits = [](auto v) {
    return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<bytes>(v)));
  };
  const bytes delimiter = bytes{} + sep, line_end = bytes{} + '\n', quote = bytes{} + '"';
  const signed_bytes space = signed_bytes{} + static_cast<signed char>(' ');
  while (i + 16 <= m) {
    bytes x;
    std::memcpy(&x, p + i, 16);
    auto delims = bits(x == delimiter);
    const auto ends = bits(x == line_end);
    // Signed bytes: below 0x20 are the control bytes and every non-ASCII byte (negative).
    auto bad = bits((x == quote) | (reinterpret_cast<signed_bytes>(x) < space));
    if (ends != 0) {
      const unsigned before = (ends & (~ends + 1)) - 1;  // bits below the first line end
      delims &= before;
      bad &= before;
    }
    if (bad != 0) {
      fields.clear();
      return 0;
    }
    fields.make_room(out, 17);  // at most 16 delimiters in the block, and the last field
    for (; delims != 0; delims &= delims - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(delims));
      *out.at++ = std::string_view(p + start, at - start);
      start = at + 1;
    }
    if (ends != 0) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(ends));
      *out.at++ = std::string_view(p + start, at - start);
      fields.close(out);
      return at + 1;
    }
    i += 16;
  }
#endif
  while (i + 8 <= m) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    // Delimiters must be exact (every one is used). For the rest only the first hit matters, and
    // the cheap test (which may also flag bytes above a true hit) is exact there: control bytes
    // (below 0x20: NUL, CR, the line end itself), quotes and non-ASCII bytes.
    std::uint64_t delims = bytes_equal(x, static_cast<unsigned char>(sep));
    const std::uint64_t ends = first_hits(x ^ (swar_ones * '\n'));
    std::uint64_t bad = ((x - swar_ones * 0x20) & ~x & swar_highs) | first_hits(x ^ (swar_ones * '"')) | (x & swar_highs);
    if (ends != 0) {
      const std::uint64_t before = (ends & (~ends + 1)) - 1;  // bits below the first line end
      delims &= before;
      bad &= before;  // the line end is a control byte too: it is not bad where it ends the row
    }
    if (bad != 0) {
      fields.clear();
      return 0;
    }
    fields.make_room(out, 9);  // at most 8 delimiters in the word, and the last field
    for (; delims != 0; delims &= delims - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctzll(delims)) / 8;
      *out.at++ = std::string_view(p + start, at - start);
      start = at + 1;
    }
    if (ends != 0) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctzll(ends)) / 8;
      *out.at++ = std::string_view(p + start, at - start);
      fields.close(out);
      return at + 1;
    }
    i += 8;
  }
  fields.clear();
  return 0;
}

// A mask with the high bit set in each byte of p[0..8) that is the delimiter, a line end, a
// quote, NUL or not ASCII (exact up to the first such byte, which is all the caller uses).
inline std::uint64_t special_bytes(const char* p, char sep) noexcept {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  auto zero_bytes = [](std::uint64_t v) { return (v - swar_ones) & ~v & swar_highs; };
  return zero_bytes(x ^ (swar_ones * static_cast<unsigned char>(sep))) | zero_bytes(x ^ (swar_ones * '\n')) |
         zero_bytes(x ^ (swar_ones * '\r')) | zero_bytes(x ^ (swar_ones * '"')) | zero_bytes(x) | (x & swar_highs);
}

}  // namespace tradestat::detail

#endif  // TRADESTAT_DATA_DETAIL_CSV_SCAN_HPP
