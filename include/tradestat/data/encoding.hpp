// Text encodings of input files: UTF-8, or GBK as China Customs' query downloads it. A GBK input
// is converted to UTF-8 as it streams (glibc's iconv), so readers and the CSV tokenizer only ever
// see UTF-8; a byte sequence that is not GBK becomes U+FFFD, which the reader then rejects with
// the row's line and field. (The conversion is in detail/gbk_input.hpp, which the GACC reader includes.)
#ifndef TRADESTAT_DATA_ENCODING_HPP
#define TRADESTAT_DATA_ENCODING_HPP

#include <cstdint>
#include <string_view>

namespace tradestat {

/** The encoding of a text file. `detect` reads the first line: valid UTF-8 (or a UTF-8 BOM) means
 *  UTF-8, anything else GBK. Example: `text_encoding_name(text_encoding::gbk)` // "GBK" */
enum class text_encoding : std::uint8_t { detect, utf8, gbk };

/** The encoding's name as printed. Example: `text_encoding_name(text_encoding::utf8)` // "UTF-8" */
constexpr std::string_view text_encoding_name(text_encoding e) {
  switch (e) {
    case text_encoding::detect:
      return "detect";
    case text_encoding::utf8:
      return "UTF-8";
    case text_encoding::gbk:
      return "GBK";
  }
  return "";
}

}  // namespace tradestat

#endif  // TRADESTAT_DATA_ENCODING_HPP
