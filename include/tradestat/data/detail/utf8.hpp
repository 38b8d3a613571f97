// UTF-8 checks the tokenizer and the GBK conversion share; users never name them.
#ifndef TRADESTAT_DATA_DETAIL_UTF8_HPP
#define TRADESTAT_DATA_DETAIL_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace tradestat::detail {

/** What U+FFFD looks like in UTF-8: the mark a GBK conversion leaves for bytes that are not GBK. */
inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

/** True when `s` is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
constexpr bool is_valid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > n) return false;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 < lo || c1 > hi) return false;
    for (std::size_t k = 2; k < len; ++k) {
      const auto ck = static_cast<unsigned char>(s[i + k]);
      if (ck < 0x80 || ck > 0xBF) return false;
    }
    i += len;
  }
  return true;
}

/** The text without a UTF-8 sequence cut short at its end (a window may end inside a character). */
constexpr std::string_view without_cut_character(std::string_view s) noexcept {
  if (s.empty()) return s;
  std::size_t j = s.size() - 1;
  while (j > 0 && s.size() - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0U) == 0x80U) --j;
  const auto lead = static_cast<unsigned char>(s[j]);
  if (lead < 0xC0U) return s;
  const std::size_t need = lead >= 0xF0U ? 4 : lead >= 0xE0U ? 3 : 2;
  return s.size() - j < need ? s.substr(0, j) : s;
}

}  // namespace tradestat::detail

#endif  // TRADESTAT_DATA_DETAIL_UTF8_HPP
