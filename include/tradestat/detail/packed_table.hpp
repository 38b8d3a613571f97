// The generated catalogues' tables as string literals: a column of fixed-width entries is one
// literal, a column of texts of different lengths is one literal of the texts end to end beside a
// fixed-width column of their offsets. g++ reads a string literal as one token, where an array of
// numbers or of structs costs it some 12,000 instructions an element in every translation unit
// (measured: docs/performance.md, "Compile time"); the lookups read a few digits instead.
#ifndef TRADESTAT_DETAIL_PACKED_TABLE_HPP
#define TRADESTAT_DETAIL_PACKED_TABLE_HPP

#include <tradestat/detail/digits.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace tradestat::detail {

/** A column of `size()` entries of `width` characters each, written end to end in one literal.
 *  Numbers are written in decimal, zero-padded; a code column writes a missing code as spaces, a
 *  number column a missing number as '-'.
 *  Example: `packed_column{"AWAF  ", 2}.code(1)` // "AF" */
class packed_column {
 public:
  template <std::size_t N>
  constexpr packed_column(const char (&text)[N], std::size_t width) noexcept
      : text_(text), width_(width), size_((N - 1) / width) {}

  constexpr std::size_t size() const noexcept { return size_; }
  constexpr std::size_t width() const noexcept { return width_; }
  /** Entry i as written, padding included. */
  constexpr std::string_view operator[](std::size_t i) const noexcept { return {text_ + i * width_, width_}; }
  /** Entry i of a code column: empty where the row has no code. */
  constexpr std::string_view code(std::size_t i) const noexcept {
    return text_[i * width_] == ' ' ? std::string_view{} : (*this)[i];
  }
  /** Entry i of a number column: -1 where the row has no number. */
  constexpr int number(std::size_t i) const noexcept {
    return text_[i * width_] == '-' ? -1 : digits_value<int>((*this)[i]);
  }
  /** The position of `key` in a column sorted ascending, or nothing. */
  constexpr std::optional<std::size_t> find(std::string_view key) const noexcept {
    if (key.size() != width_) return std::nullopt;
    std::size_t lo = 0, hi = size_;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if ((*this)[mid] < key)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < size_ && (*this)[lo] == key) return lo;
    return std::nullopt;
  }

 private:
  const char* text_;
  std::size_t width_;
  std::size_t size_;
};

/** A column of texts of any length: the texts end to end in one literal, and the offset of each
 *  in a number column, with one offset more for the end of the last.
 *  Example: `packed_texts{"ArubaAfghanistan", {"00000" "00005" "00016", 5}}[1]` // "Afghanistan" */
class packed_texts {
 public:
  constexpr packed_texts(const char* text, packed_column offsets) noexcept : text_(text), offsets_(offsets) {}

  constexpr std::size_t size() const noexcept { return offsets_.size() - 1; }
  constexpr std::string_view operator[](std::size_t i) const noexcept {
    const auto begin = static_cast<std::size_t>(offsets_.number(i));
    return {text_ + begin, static_cast<std::size_t>(offsets_.number(i + 1)) - begin};
  }

 private:
  const char* text_;
  packed_column offsets_;
};

}  // namespace tradestat::detail

#endif  // TRADESTAT_DETAIL_PACKED_TABLE_HPP
