// Splits CSV input (RFC 4180) into rows of fields, one row at a time, without copying unless a
// field holds doubled quotes. Handles a UTF-8 byte-order mark, LF and CRLF line ends, quoted fields
// spanning lines, a last row without a line end, and rejects embedded NULs, bad quoting, invalid
// UTF-8 and rows longer than a bound, each with the column where it happened.
#ifndef TRADESTAT_DATA_CSV_TOKENIZER_HPP
#define TRADESTAT_DATA_CSV_TOKENIZER_HPP

#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/detail/csv_scan.hpp>
#include <tradestat/data/detail/utf8.hpp>
#include <tradestat/data/read_report.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace tradestat {

/** The fields of one CSV row as the tokenizer split them, valid until it reads the next row. */
using csv_row = std::span<const std::string_view>;

/** A problem the tokenizer found in a row: the 0-based column and the reason. */
struct csv_error {
  std::size_t column = 0;
  reject_reason reason = reject_reason::bad_quoting;
  std::string detail;
};

/** What `csv_tokenizer::next()` found. */
enum class csv_status { row, blank, error, end };

/** Reads rows from a byte_source. After `next()` returns `row`, `fields()` holds the row's fields
 *  (valid until the next call) and `line()` the line it starts on; after `error`, `error()` says
 *  what and the row has been skipped up to the end of its line. An error found past a line end
 *  inside a quoted field (a quote left open to the end of the file or past the length bound) is
 *  reported at the row's first line, and reading resumes at the line after it: one damaged quote
 *  costs one row, never the rest of the file.
 *  Example: for input "a,\"b\"\"c\"\r\n", `next()` // csv_status::row, `fields()` // {"a", "b\"c"} */
class csv_tokenizer {
 public:
  explicit csv_tokenizer(byte_source& source, std::size_t max_row_bytes = std::size_t{1} << 20,
                         char delimiter = ',')
      : source_(&source), max_row_(max_row_bytes), delimiter_(delimiter) {
    // Unescaped text never exceeds the row's bytes, so views into scratch_ stay valid for a row.
    scratch_.reserve(max_row_ + 1);
    source_->ensure_capacity(max_row_ + 2);
    // One table lookup per byte finds everything that ends or spoils a plain field.
    for (const char c : {delimiter_, '\n', '\r', '"', '\0'})
      byte_class_[static_cast<unsigned char>(c)] = special;
    for (std::size_t b = 0x80; b < 0x100; ++b) byte_class_[b] = non_ascii;
  }

  csv_tokenizer(const csv_tokenizer&) = delete;
  csv_tokenizer& operator=(const csv_tokenizer&) = delete;

  /** Reads the next row. */
  csv_status next() {
    if (!started_) skip_bom();
    settle();
    for (;;) {
      row_offset_ = source_->offset();
      if (row_offset_ >= end_) return csv_status::end;
      std::string_view w = source_->window();
      if (w.empty() && !source_->fill()) return csv_status::end;
      w = source_->window();
      const bool at_eof = false;
      scan r = scan_row(w, at_eof);
      if (r.kind == scan::need_more) {
        if (source_->fill()) continue;
        w = source_->window();
        r = scan_row(w, true);
      }
      row_line_ = line_;
      multiline_ = r.lines > 1 || (r.kind == scan::failed && r.lines > 0) || embedded_line_end_;
      if (r.kind == scan::done) {
        // Consumed at the next call, so that resync() can still take the row back to its first line.
        pending_bytes_ = r.consumed;
        pending_lines_ = r.lines;
        if (high_) {
          for (std::size_t k = 0; k < fields_.size(); ++k) {
            if (!detail::is_valid_utf8(fields_[k])) {
              error_ = {k, reject_reason::encoding_error,
                        "the bytes are not valid UTF-8 (convert the file to UTF-8)"};
              return csv_status::error;
            }
          }
        }
        if (fields_.size() == 1 && fields_[0].empty() && !quoted_) return csv_status::blank;
        return csv_status::row;
      }
      if (r.lines > 0) {
        // The error lies past a line end inside a quoted field (a quote left open, a field past the
        // length bound, or what follows a quote that closed on a later line): the row is its first
        // physical line, and reading resumes at the line after it, so a damaged quote costs one row.
        multiline_ = false;
        skip_line(0);
        return csv_status::error;
      }
      // An error on the row's first line: skip to the end of that line.
      skip_line(r.consumed);
      return csv_status::error;
    }
  }

  /** The fields of the last row read. */
  csv_row fields() const noexcept { return fields_.view(); }
  /** The 1-based line where the last row (or error) starts, counted from the start of the input
   *  even after `skip_to_row_at()` (the lines skipped are counted the first time they are asked for). */
  std::size_t line() const { return row_line_ + skipped_lines(); }
  /** The offset from the start of the input where the last row (or error) starts. */
  std::size_t row_offset() const noexcept { return row_offset_; }
  /** True when the last row (or error) held a line end inside a quoted field. */
  bool multiline() const noexcept { return multiline_; }

  /** Takes back the last row, when it spans lines, to its first physical line: the next row starts
   *  on the line after the one where this row started. For a row found wrong after it was split
   *  (a value a reader rejects), when a quote that should have closed on its first line ran on into
   *  the next lines: resuming there loses only the damaged row. A row on one line is unchanged. */
  void resync() noexcept {
    if (!multiline_ || pending_bytes_ == 0) return;
    pending_bytes_ = 0;
    pending_lines_ = 0;
    resync_ = true;
    multiline_ = false;
  }

  /** Stops the rows at `end`: `next()` answers `end` for a row that would start at or after it. */
  void stop_at(std::size_t end) noexcept { end_ = end; }

  /** Moves to the first line start at or after `begin` (the start of a line: after a line end),
   *  when the read position is before it. A seekable source (memory, a regular file) jumps there,
   *  and the lines skipped are counted only if `line()` is asked for (a file's skipped bytes are
   *  then read once); those of a stream or pipe are counted as they are read through. */
  void skip_to_row_at(std::size_t begin) {
    if (!started_) skip_bom();
    settle();
    if (source_->offset() >= begin) return;
    if (source_->seekable()) {
      gap_from_ = source_->offset();
      source_->seek(begin - 1);
      gap_to_ = source_->offset();
    } else {
      while (source_->offset() + 1 < begin) {
        std::string_view w = source_->window();
        if (w.empty()) {
          if (!source_->fill()) return;
          continue;
        }
        w = w.substr(0, begin - 1 - source_->offset());
        for (const char c : w) line_ += c == '\n' ? 1u : 0u;
        source_->consume(w.size());
      }
    }
    // Now at begin - 1: a row starts at begin if this byte ends a line, else after the next line end.
    skip_line(0);
  }
  /** The last error. */
  const csv_error& error() const noexcept { return error_; }
  /** The source's name. */
  const std::string& source_name() const noexcept { return source_->name(); }

 private:
  struct scan {
    enum kind_t { done, need_more, failed } kind;
    std::size_t consumed;  // bytes of the row (done) or up to the error (failed)
    std::size_t lines;     // line ends inside the scanned bytes
  };

  void skip_bom() {
    started_ = true;
    while (source_->window().size() < 3 && source_->fill()) {
    }
    if (source_->window().substr(0, 3) == "\xEF\xBB\xBF") source_->consume(3);
  }

  // Consumes the last row: all of it, or (after resync()) its first line.
  void settle() {
    if (resync_) {
      resync_ = false;
      skip_line(0);
      return;
    }
    if (pending_bytes_ != 0) {
      source_->consume(pending_bytes_);
      line_ += pending_lines_;
      pending_bytes_ = 0;
      pending_lines_ = 0;
    }
  }

  // The lines in the bytes skipped by skip_to_row_at, counted once on first use (a file's are read
  // then: read_at throws read_error if it cannot).
  std::size_t skipped_lines() const {
    if (gap_to_ == gap_from_) return 0;
    if (!gap_counted_) {
      std::size_t lines = 0;
      source_->read_at(gap_from_, gap_to_ - gap_from_, [&](std::string_view b) {
        for (const char c : b) lines += c == '\n' ? 1u : 0u;
      });
      gap_lines_ = lines;
      gap_counted_ = true;
    }
    return gap_lines_;
  }

  scan fail(std::size_t column, reject_reason reason, std::string detail, std::size_t at, std::size_t lines) {
    error_ = {column, reason, std::move(detail)};
    return {scan::failed, at, lines};
  }

  // Scans one row at the start of w. Views into w stay valid until the source is consumed or filled.
  // The common row is split inline; anything else goes to careful_row().
  [[gnu::always_inline]] scan scan_row(std::string_view w, bool at_eof) {
    fields_.clear();
    scratch_.clear();
    high_ = false;
    quoted_ = false;
    embedded_line_end_ = false;
    const std::size_t m = w.size() > max_row_ ? max_row_ : w.size();
    if (const std::size_t used = detail::split_plain_row(w.data(), m, delimiter_, fields_); used != 0)
      return {scan::done, used, 1};
    return careful_row(w, at_eof);
  }

  // Scans one row at the start of w byte by byte: quotes, CR, NUL, non-ASCII, a row at the window's end.
  [[gnu::noinline]] scan careful_row(std::string_view w, bool at_eof) {
    const char* p = w.data();
    const std::size_t n = w.size();
    const bool bounded = n > max_row_;
    const std::size_t m = bounded ? max_row_ : n;
    std::size_t i = 0, lines = 0;
    auto at_end = [&](std::size_t column) -> scan {
      if (bounded || (m == max_row_ && !at_eof))
        return fail(
            column, reject_reason::line_too_long,
            "the row is longer than " + std::to_string(max_row_) + " bytes (read_options::max_row_bytes)", i,
            lines);
      return {scan::need_more, 0, 0};
    };
    // A line ends at "\n" or "\r\n" only, as it does for the row-start scan of ranged reads and
    // for line numbers; a bare "\r" (old Mac line ends, or a stray byte) rejects the row, and
    // reading resumes after the next "\n". A "\r" that is the file's last byte ends the last line.
    auto carriage_return = [&](std::size_t column, std::size_t at) -> scan {
      if (at + 1 < m) {
        if (p[at + 1] == '\n') return {scan::done, at + 2, lines + 1};
        return fail(column, reject_reason::bad_line_end,
                    "a carriage return not followed by a line feed (lines end in \"\\n\" or \"\\r\\n\"; "
                    "convert the file's line ends)",
                    at, lines);
      }
      if (!at_eof || bounded) return at_end(column);
      return {scan::done, at + 1, lines + 1};
    };
    for (;;) {
      const std::size_t column = fields_.size();
      if (i < m && p[i] == '"') {
        quoted_ = true;
        ++i;
        const std::size_t start = i;
        bool escaped = false;
        for (;;) {
          if (i >= m) {
            if (!at_eof || bounded) return at_end(column);
            return fail(column, reject_reason::bad_quoting,
                        "a quoted field is not closed before the end of the file", i, lines);
          }
          const char c = p[i];
          if (c == '"') {
            if (i + 1 < m && p[i + 1] == '"') {
              escaped = true;
              i += 2;
              continue;
            }
            if (i + 1 >= m && !at_eof) return at_end(column);
            break;
          }
          if (c == '\n') {
            ++lines;
            embedded_line_end_ = true;
          } else if (c == '\0')
            return fail(column, reject_reason::embedded_nul, "a NUL byte inside the field", i, lines);
          else if (static_cast<unsigned char>(c) >= 0x80)
            high_ = true;
          ++i;
        }
        const std::string_view raw{p + start, i - start};
        ++i;  // the closing quote
        fields_.push_back(escaped ? unescape(raw) : raw);
        if (i >= m) {
          if (!at_eof || bounded) return at_end(column);
          return {scan::done, i, lines};
        }
        const char c = p[i];
        if (c == delimiter_) {
          ++i;
          continue;
        }
        if (c == '\n') return {scan::done, i + 1, lines + 1};
        if (c == '\r') return carriage_return(column, i);
        return fail(column, reject_reason::bad_quoting, "text after the closing quote of a quoted field", i,
                    lines);
      }
      const std::size_t start = i;
      char c = 0;
      // Eight bytes at a time while the field is plain ASCII; the table decides at the first byte
      // that is not.
      while (i + 8 <= m) {
        const std::uint64_t hits = detail::special_bytes(p + i, delimiter_);
        if (hits != 0) {
          i += static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
          break;
        }
        i += 8;
      }
      while (i < m) {
        const std::uint8_t k = byte_class_[static_cast<unsigned char>(p[i])];
        if (k == plain) {
          ++i;
          continue;
        }
        if (k == non_ascii) {
          high_ = true;
          ++i;
          continue;
        }
        c = p[i];
        if (c == delimiter_ || c == '\n' || c == '\r') break;
        if (c == '"')
          return fail(column, reject_reason::bad_quoting,
                      "a quote inside an unquoted field (quote the field and double the quote)", i, lines);
        return fail(column, reject_reason::embedded_nul, "a NUL byte inside the field", i, lines);
      }
      fields_.push_back(std::string_view(p + start, i - start));
      if (i >= m) {
        if (!at_eof || bounded) return at_end(column);
        return {scan::done, i, lines};
      }
      if (c == delimiter_) {
        ++i;
        continue;
      }
      if (c == '\r') return carriage_return(column, i);
      return {scan::done, i + 1, lines + 1};  // '\n'
    }
  }

  std::string_view unescape(std::string_view raw) {
    const std::size_t start = scratch_.size();
    for (std::size_t k = 0; k < raw.size(); ++k) {
      scratch_.push_back(raw[k]);
      if (raw[k] == '"') ++k;  // the second quote of a doubled pair
    }
    return {scratch_.data() + start, scratch_.size() - start};
  }

  // Drops the bytes from the row's start through the next line end after `from`.
  void skip_line(std::size_t from) {
    source_->consume(from);
    for (;;) {
      const std::string_view w = source_->window();
      const std::size_t nl = w.find('\n');
      if (nl != std::string_view::npos) {
        source_->consume(nl + 1);
        ++line_;
        return;
      }
      source_->consume(w.size());
      if (!source_->fill()) return;
    }
  }

  static constexpr std::uint8_t plain = 0, special = 1, non_ascii = 2;

  byte_source* source_;
  std::array<std::uint8_t, 256> byte_class_{};
  std::size_t max_row_;
  char delimiter_;
  detail::field_list fields_;
  std::string scratch_;
  csv_error error_;
  std::size_t line_ = 1;
  std::size_t row_line_ = 1;
  std::size_t row_offset_ = 0;
  std::size_t end_ = static_cast<std::size_t>(-1);
  std::size_t gap_from_ = 0, gap_to_ = 0;  // bytes a seekable source jumped over (skip_to_row_at)
  mutable std::size_t gap_lines_ = 0;
  mutable bool gap_counted_ = false;
  bool started_ = false;
  bool high_ = false;
  bool quoted_ = false;
  bool embedded_line_end_ = false;
  bool multiline_ = false;
  std::size_t pending_bytes_ = 0;  // the last row's bytes, consumed by the next call (settle)
  std::size_t pending_lines_ = 0;
  bool resync_ = false;  // the next call resumes at the line after the last row's start
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_CSV_TOKENIZER_HPP
