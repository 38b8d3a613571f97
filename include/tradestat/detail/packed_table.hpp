// The generated catalogues' tables as string literals: a column of fixed-width entries is one
// literal, a column of texts of different lengths is one literal of the texts end to end beside a
// fixed-width column of their offsets. g++ reads a string literal as one token, where an array of
// numbers or of structs costs it some 12,000 instructions an element in every translation unit
// (measured: docs/performance.md, "Compile time"); the lookups read a few digits instead.
#ifndef TRADESTAT_DETAIL_PACKED_TABLE_HPP
#define TRADESTAT_DETAIL_PACKED_TABLE_HPP

#include <cstddef>
#include <optional>
#include <string_view>

namespace tradestat::detail {

/** A column of `size()` entries of `Width` characters each, written end to end in one literal.
 *  Numbers are written in decimal, zero-padded; a code column writes a missing code as spaces, a
 *  number column a missing number as '-'. The width is a template argument so that reading an
 *  entry is a fixed number of loads and comparisons.
 *  Example: `packed_column<2>{"AWAF  "}.code(1)` // "AF" */
template <std::size_t Width>
class packed_column {
 public:
  static_assert(Width > 0 && Width <= 9, "a packed column's entries are 1 to 9 characters wide");
  template <std::size_t N>
  // NOLINTNEXTLINE(google-explicit-constructor): a generated table initialises its columns from literals
  constexpr packed_column(const char (&text)[N]) noexcept : text_(text), size_((N - 1) / Width) {}

  constexpr std::size_t size() const noexcept { return size_; }
  /** Entry i as written, padding included. */
  constexpr std::string_view operator[](std::size_t i) const noexcept { return {text_ + i * Width, Width}; }
  /** Entry i of a code column: empty where the row has no code. */
  constexpr std::string_view code(std::size_t i) const noexcept {
    return text_[i * Width] == ' ' ? std::string_view{} : (*this)[i];
  }
  /** Entry i of a number column: -1 where the row has no number. */
  constexpr int number(std::size_t i) const noexcept {
    const char* p = text_ + i * Width;
    if (*p == '-') return -1;
    int v = 0;
    for (std::size_t k = 0; k < Width; ++k) v = v * 10 + (p[k] - '0');
    return v;
  }
  /** The position of `key` in a column sorted ascending, or nothing. */
  constexpr std::optional<std::size_t> find(std::string_view key) const noexcept {
    if (key.size() != Width) return std::nullopt;
    std::size_t lo = 0, hi = size_;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (before(text_ + mid * Width, key.data()))
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < size_ && !before(key.data(), text_ + lo * Width)) return lo;
    return std::nullopt;
  }

 private:
  // a < b, byte by byte as unsigned (std::string_view's order), over the fixed width. (A
  // __builtin_memcmp of the constant width is a library call here, twice as slow.)
  static constexpr bool before(const char* a, const char* b) noexcept {
    for (std::size_t k = 0; k < Width; ++k)
      if (a[k] != b[k]) return static_cast<unsigned char>(a[k]) < static_cast<unsigned char>(b[k]);
    return false;
  }

  const char* text_;
  std::size_t size_;
};

/** A column of texts of any length: the texts end to end in one literal, and the offset of each
 *  (5 digits) in a number column, with one offset more for the end of the last.
 *  Example: `packed_texts{"ArubaAfghanistan", {"00000" "00005" "00016"}}[1]` // "Afghanistan" */
class packed_texts {
 public:
  constexpr packed_texts(const char* text, packed_column<5> offsets) noexcept
      : text_(text), offsets_(offsets) {}

  constexpr std::size_t size() const noexcept { return offsets_.size() - 1; }
  constexpr std::string_view operator[](std::size_t i) const noexcept {
    const auto begin = static_cast<std::size_t>(offsets_.number(i));
    return {text_ + begin, static_cast<std::size_t>(offsets_.number(i + 1)) - begin};
  }

 private:
  const char* text_;
  packed_column<5> offsets_;
};

}  // namespace tradestat::detail

#endif  // TRADESTAT_DETAIL_PACKED_TABLE_HPP
