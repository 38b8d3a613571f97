// The machinery every CSV reader shares: a streaming input range of records over a byte_source,
// driven by a format's row parser, accounting for every row in a read_report.
//
// To add a format, write a row parser (see `row_parser` below): it reads the header row (or says
// the first row is data), turns a row's fields into a record or names the column and reason that
// stop it, and names columns for messages; it may set accepted rows aside (`set_aside()`, see
// Comtrade's). record_reader does the rest: tokenizing, blank lines, strict and lenient modes,
// byte ranges, the report. The canonical and BACI readers are the models. Every reader of the
// library is a record_reader<its row parser>.
#ifndef TRADESTAT_DATA_RECORD_READER_HPP
#define TRADESTAT_DATA_RECORD_READER_HPP

#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/csv_tokenizer.hpp>
#include <tradestat/data/read_options.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>

#include <concepts>
#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Only range-v3's forward declarations (ranges::view_base), not its concepts or views: a reader is
// a range-v3 view by deriving from view_base, and a std::ranges::view by deriving from
// std::ranges::view_base, which <iterator> already declares.
#include <range/v3/range_fwd.hpp>

namespace tradestat {

/** Why a row parser refused a row: the 0-based column, the reason and what was found.
 *  Example: `field_error{4, reject_reason::bad_number, "\"12x\" is not a whole number"}` */
struct field_error {
  std::size_t column = 0;
  reject_reason reason = reject_reason::bad_number;
  std::string detail;
};

/** A format's row parser. `read_header(fields, file)` sees the first row and answers true when it
 *  was a header (it may throw read_error for a header the format cannot read); `parse(fields, r)`
 *  fills a default-constructed record or returns the error; `column_name(i)` names column i.
 *  A parser may also have `std::optional<set_aside_reason> set_aside() const`: after a row it
 *  parsed, a reason sets the row aside (accepted, counted, not given).
 *  Example: `static_assert(row_parser<canonical_row_parser>);` */
template <class P>
concept row_parser = std::movable<P> &&
    requires(P& p, const P& cp, csv_row fields, record& r,
             const std::string& file, std::size_t i) {
  { p.read_header(fields, file) } -> std::same_as<bool>;
  { p.parse(fields, r) } -> std::same_as<std::optional<field_error>>;
  { cp.column_name(i) } -> std::convertible_to<std::string>;
};

/** A row parser that can set accepted rows aside (Comtrade's breakdown and aggregate rows). */
template <class P>
concept setting_aside_parser = row_parser<P> && requires(const P& p) {
  { p.set_aside() } -> std::same_as<std::optional<set_aside_reason>>;
};

/** A row parser that can say better what a row the tokenizer could not split is:
 *  `explain(e, line)` gives the error to report instead of `e` for the row starting on `line`, or
 *  nothing (GACC's: a byte that is not GBK next to a quote is an encoding error, not bad quoting).
 *  Asked for ascending lines. */
template <class P>
concept explaining_parser = row_parser<P> && requires(const P& p, const csv_error& e, std::size_t line) {
  { p.explain(e, line) } -> std::same_as<std::optional<csv_error>>;
};

/** A streaming input range of records: one pass, memory independent of the file. It is a view
 *  (std::ranges::view and range-v3's ranges::view_), so it pipes into std::views and
 *  ranges::views as an rvalue: `read_canonical(path) | ranges::views::filter(f)`. Copies are
 *  handles on the same pass (as with an istream view): iterating one advances them all, and the
 *  file stays open while any copy lives. A default-constructed reader is empty. Afterwards
 *  `report()` accounts for every row. In strict mode the iteration throws read_error at the first
 *  bad row.
 *  Example: `auto rows = read_canonical("t.csv"); for (const record& r : rows) {} rows.report().balanced()`
 * // true */
template <row_parser Parser>
class record_reader : public std::ranges::view_base, public ranges::view_base {
  struct state {
    byte_source source;
    csv_tokenizer tokenizer;
    Parser parser;
    read_options options;
    read_report report;
    record current;
    bool header_seen = false;
    bool done = false;
    bool started = false;

    state(byte_source s, Parser p, read_options o)
        : source(std::move(s)), tokenizer(source, o.max_row_bytes), parser(std::move(p)), options(o) {
      report.file = source.name();
      report.max_kept_rejections = o.max_kept_rejections;
    }

    void reject(std::size_t column, reject_reason reason, std::string detail) {
      ++report.rows_rejected;
      ++report.rejected_by_reason[static_cast<std::size_t>(reason)];
      rejection r{report.file, tokenizer.line(), std::string(parser.column_name(column)), reason,
                  std::move(detail)};
      if (options.mode == read_mode::strict) throw read_error(std::move(r));
      if (report.rejections.size() < options.max_kept_rejections) report.rejections.push_back(std::move(r));
    }

    // The rows up to the header (blank lines, the header, a first data row in a format without a
    // header) are read by every byte range but counted by the range they start in; then the read
    // moves to the range's first row.
    [[gnu::noinline]] void start_rows() {
      header_seen = true;
      tokenizer.skip_to_row_at(options.bytes.begin);
      tokenizer.stop_at(options.bytes.end);
    }

    // In a byte range, a row cannot span lines: the range's first row was found at a line start.
    [[gnu::noinline]] void refuse_multiline() const {
      throw read_error(report.file, "line " + std::to_string(tokenizer.line()) +
                                        ": a quoted field holds a line end, so the file cannot be read in "
                                        "byte ranges (rows are split at line ends): read it whole");
    }

    void advance() {
      for (;;) {
        switch (tokenizer.next()) {
          case csv_status::end:
            done = true;
            report.complete = true;
            return;
          case csv_status::blank:
            if (header_seen || options.bytes.holds(tokenizer.row_offset())) ++report.blank_lines;
            continue;
          case csv_status::error: {
            csv_error e = tokenizer.error();
            if constexpr (explaining_parser<Parser>) {
              if (std::optional<csv_error> better = parser.explain(e, tokenizer.line())) e = std::move(*better);
            }
            if (!header_seen) {
              // Without its first row the format cannot tell a header from data: nothing can be read.
              done = true;
              throw read_error(rejection{report.file, tokenizer.line(),
                                         std::string(parser.column_name(e.column)), e.reason,
                                         e.detail + " (in the first row, so the file cannot be read)"});
            }
            if (tokenizer.multiline() && !options.bytes.whole()) refuse_multiline();
            ++report.rows_read;
            reject(e.column, e.reason, e.detail);
            continue;
          }
          case csv_status::row:
            break;
        }
        if (!header_seen) {
          const bool mine = options.bytes.holds(tokenizer.row_offset());
          if (parser.read_header(tokenizer.fields(), report.file)) {
            if (mine) ++report.header_lines;
            start_rows();
            continue;
          }
          // The first row is data: the range it starts in reads it.
          if (!mine) {
            start_rows();
            continue;
          }
          start_rows();
        } else if (tokenizer.multiline() && !options.bytes.whole()) {
          refuse_multiline();
        }
        ++report.rows_read;
        current = record{};
        if (std::optional<field_error> e = parser.parse(tokenizer.fields(), current)) {
          reject(e->column, e->reason, std::move(e->detail));
          // A wrong row that spans lines is most likely a quote left open on its first line: resume
          // at the next physical line, so that the rows the quote ran into are read, not lost.
          tokenizer.resync();
          continue;
        }
        if constexpr (setting_aside_parser<Parser>) {
          if (const std::optional<set_aside_reason> why = parser.set_aside()) {
            ++report.rows_set_aside;
            ++report.set_aside_by_reason[static_cast<std::size_t>(*why)];
            continue;
          }
        }
        ++report.rows_accepted;
        return;
      }
    }
  };

 public:
  /** An empty reader: no rows, an empty report. */
  record_reader() = default;
  record_reader(byte_source source, Parser parser, read_options options = {})
      : state_(std::make_shared<state>(std::move(source), std::move(parser), options)) {}

  /** An input iterator over the records; `*it` is valid until the next increment. */
  class iterator {
   public:
    using value_type = record;
    using difference_type = std::ptrdiff_t;
    using reference = const record&;
    using pointer = const record*;
    using iterator_concept = std::input_iterator_tag;
    using iterator_category = std::input_iterator_tag;

    iterator() = default;
    const record& operator*() const noexcept { return s_->current; }
    const record* operator->() const noexcept { return &s_->current; }
    iterator& operator++() {
      s_->advance();
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) noexcept {
      return it.s_ == nullptr || it.s_->done;
    }

   private:
    friend class record_reader;
    explicit iterator(state* s) : s_(s) {}
    state* s_ = nullptr;
  };

  /** Starts the pass (reads up to the first accepted record); a second call continues where the
   *  pass is, it does not restart. */
  iterator begin() {
    if (state_ == nullptr) return iterator();
    if (!state_->started) {
      state_->started = true;
      state_->advance();
    }
    return iterator(state_.get());
  }
  std::default_sentinel_t end() const noexcept { return {}; }

  /** The accounting so far; complete once the iteration has reached the end. */
  const read_report& report() const noexcept {
    static const read_report empty{};
    return state_ == nullptr ? empty : state_->report;
  }

  /** The row parser, e.g. to ask what the header held (not for a default-constructed reader). */
  const Parser& parser() const noexcept { return state_->parser; }

  /** Where the record just given lies, to name it in a message about its data: the 1-based line
   *  its row starts on (0 before the pass starts), and its row's fields as the file spells them
   *  (`parser().column_name(i)` names field i), valid until the pass moves on. In a byte range of
   *  a file, the first call reads the lines before the range to count them (read_error if that
   *  read fails).
   *  Example: `for (const record& r : rows) if (!r.value_cny) std::cerr << rows.line();` // 3 */
  std::size_t line() const { return state_ == nullptr || !state_->started ? 0 : state_->tokenizer.line(); }
  csv_row fields() const noexcept { return state_ == nullptr ? csv_row{} : state_->tokenizer.fields(); }

 private:
  std::shared_ptr<state> state_;
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_RECORD_READER_HPP
