// The GBK side of the readers: guessing a file's encoding, and converting GBK to UTF-8 as it
// streams (the conversion itself is the platform's, in detail/platform.hpp). Users choose the
// encoding with `text_encoding` (data/encoding.hpp) and never name these.
#ifndef TRADESTAT_DATA_DETAIL_GBK_INPUT_HPP
#define TRADESTAT_DATA_DETAIL_GBK_INPUT_HPP

#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/detail/platform.hpp>
#include <tradestat/data/detail/utf8.hpp>
#include <tradestat/data/encoding.hpp>
#include <tradestat/data/read_report.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <istream>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat::detail {

/** What a row's bytes that are not GBK in a file read as GBK are, and what to do about them. */
inline constexpr std::string_view not_gbk =
    "the bytes are not GBK, the encoding the file is read in: check that the export was not edited and "
    "saved in another encoding (export it again), or drop the stray bytes with iconv -c -f GBK -t UTF-8";

/** Guesses a source's encoding from its first line without consuming anything: UTF-8 when the
 *  line (at most 64 KiB of it, or what the source's buffer holds) is valid UTF-8, GBK otherwise. */
inline text_encoding detect_encoding(byte_source& source) {
  constexpr std::size_t probe = std::size_t{64} << 10;
  for (;;) {
    const std::string_view w = source.window();
    const std::size_t nl = w.find('\n');
    if (nl != std::string_view::npos)
      return is_valid_utf8(w.substr(0, nl)) ? text_encoding::utf8 : text_encoding::gbk;
    if (w.size() >= probe || !source.fill()) {
      const std::string_view line = without_cut_character(source.window().substr(0, probe));
      return is_valid_utf8(line) ? text_encoding::utf8 : text_encoding::gbk;
    }
  }
}

/** A stream buffer that reads GBK bytes from a byte_source and gives them as UTF-8. Bytes that
 *  are not GBK (and a sequence cut short by the end of the input) each become U+FFFD; line ends,
 *  quotes and commas are ASCII and never part of a GBK character, so the CSV structure survives.
 *  It notes the lines where it met such bytes (`bad_line`), so that a row whose quoting a stray
 *  byte spoiled is said to be an encoding error. */
class gbk_to_utf8_buffer : public std::streambuf {
 public:
  explicit gbk_to_utf8_buffer(byte_source source) : source_(std::move(source)) {
    if (!converter_.is_open())
      throw read_error(source_.name(), "cannot convert from GBK: iconv_open failed: " + converter_.error());
    setg(out_, out_, out_);
  }
  gbk_to_utf8_buffer(const gbk_to_utf8_buffer&) = delete;
  gbk_to_utf8_buffer& operator=(const gbk_to_utf8_buffer&) = delete;

  /** The input's name, for messages. */
  const std::string& name() const noexcept { return source_.name(); }

  /** True when line `line` (1-based, of the text as converted so far) held bytes that are not
   *  GBK. Asked for lines in ascending order: the lines before `line` are forgotten. */
  bool bad_line(std::size_t line) {
    while (first_bad_ < bad_lines_.size() && bad_lines_[first_bad_] < line) ++first_bad_;
    return first_bad_ < bad_lines_.size() && bad_lines_[first_bad_] == line;
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    std::size_t produced = 0;
    std::size_t counted = 0;  // the bytes of out_ whose line ends are in line_
    auto count_lines = [&] {
      line_ += static_cast<std::size_t>(std::count(out_ + counted, out_ + produced, '\n'));
      counted = produced;
    };
    auto note_bad_line = [&] {
      count_lines();
      if (first_bad_ < bad_lines_.size() && bad_lines_.back() == line_) return;
      // Bounded: the reader asks about the lines just behind the conversion, not the oldest ones.
      if (bad_lines_.size() - first_bad_ == max_bad_lines) ++first_bad_;
      if (first_bad_ >= max_bad_lines || first_bad_ == bad_lines_.size()) {  // drop what was asked about
        bad_lines_.erase(bad_lines_.begin(), bad_lines_.begin() + static_cast<std::ptrdiff_t>(first_bad_));
        first_bad_ = 0;
      }
      bad_lines_.push_back(line_);
    };
    while (produced == 0) {
      std::string_view w = source_.window();
      if (w.empty() && !source_.fill()) return traits_type::eof();
      w = source_.window();
      const char* in = w.data();
      std::size_t in_left = w.size();
      char* out = out_;
      std::size_t out_left = sizeof(out_);
      using status = platform::gbk_to_utf8::status;
      const status step = converter_.convert(in, in_left, out, out_left);
      source_.consume(w.size() - in_left);
      produced = sizeof(out_) - out_left;
      if (step == status::done || step == status::output_full) continue;
      if (step == status::invalid_input) {
        // Not GBK: mark it and step over one byte, so that an ASCII byte after a bad lead byte
        // (a quote, a comma, a line end) still counts.
        if (out_left < replacement_character.size()) continue;  // room next time
        note_bad_line();
        std::memcpy(out_ + produced, replacement_character.data(), replacement_character.size());
        produced += replacement_character.size();
        source_.consume(1);
        continue;
      }
      if (step == status::incomplete_input) {  // a character cut by the end of the window
        if (produced > 0) continue;
        if (source_.fill()) continue;
        // The input ends inside a character.
        note_bad_line();
        std::memcpy(out_, replacement_character.data(), replacement_character.size());
        produced = replacement_character.size();
        source_.consume(source_.window().size());
        continue;
      }
      throw read_error(source_.name(), "cannot convert from GBK: " + converter_.error());
    }
    count_lines();
    setg(out_, out_, out_ + produced);
    return traits_type::to_int_type(*gptr());
  }

 private:
  static constexpr std::size_t max_bad_lines = std::size_t{1} << 16;
  std::size_t line_ = 1;                  // the line the converted text has reached
  // Lines with bytes that are not GBK, ascending; those from first_bad_ on are not yet asked about
  // (a queue in a vector: <deque> cost every translation unit of the umbrella 1 % of its compile).
  std::vector<std::size_t> bad_lines_;
  std::size_t first_bad_ = 0;
  byte_source source_;
  platform::gbk_to_utf8 converter_;
  char out_[std::size_t{64} << 10]{};
};

/** A GBK source as a UTF-8 byte_source: owns the conversion, which must outlive `utf8()`. */
class gbk_input {
 public:
  explicit gbk_input(byte_source gbk) : buffer_(std::move(gbk)), stream_(&buffer_) {}
  gbk_input(const gbk_input&) = delete;
  gbk_input& operator=(const gbk_input&) = delete;

  /** A byte_source reading the converted text; it keeps the original input's name. */
  byte_source utf8() { return byte_source::from_stream(stream_, buffer_.name()); }

  /** True when line `line` of the converted text held bytes that are not GBK (see
   *  gbk_to_utf8_buffer::bad_line; lines asked in ascending order). */
  bool bad_line(std::size_t line) { return buffer_.bad_line(line); }

 private:
  gbk_to_utf8_buffer buffer_;
  std::istream stream_;
};

}  // namespace tradestat::detail

#endif  // TRADESTAT_DATA_DETAIL_GBK_INPUT_HPP
