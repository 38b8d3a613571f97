// How every reader reads: strict or lenient, the bounds that keep memory independent of the file,
// the record fields to read (a projection) and the bytes of the input to read (a byte range). A
// format that needs more takes its own options struct holding these as its `common` member
// (gacc_options, comtrade_options); the others take read_options itself.
#ifndef TRADESTAT_DATA_READ_OPTIONS_HPP
#define TRADESTAT_DATA_READ_OPTIONS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace tradestat {

/** Strict: the first rejection throws read_error. Lenient: rejections are collected and reading goes on.
 *  Example: `read_options{.mode = read_mode::strict}` */
enum class read_mode : std::uint8_t { lenient, strict };

/** The fields of a record (data/record.hpp), one each: `commodity` is the HS code with its
 *  edition, `quantity` the counted quantity with its unit, `estimated` and `aggregate` the flags.
 *  Example: `to_string(record_field::value_cny)` // "value_cny" */
enum class record_field : std::uint8_t {
  period,
  flow,
  reporter,
  partner,
  commodity,
  mode,
  enterprise,
  region,
  district,
  brand,
  value_cny,
  value_usd,
  net_weight,
  quantity,
  estimated,
  aggregate,
};

inline constexpr std::size_t record_field_count = 16;

/** The field's name, as the record's member is called. Example: `to_string(record_field::net_weight)` //
 * "net_weight" */
constexpr std::string_view to_string(record_field f) {
  constexpr std::array<std::string_view, record_field_count> names{
      "period", "flow",  "reporter",  "partner",   "commodity",  "mode",     "enterprise", "region",
      "district", "brand", "value_cny", "value_usd", "net_weight", "quantity", "estimated",  "aggregate"};
  return names[static_cast<std::size_t>(f)];
}

/** A set of record fields: what a reader fills (read_options::fields). `record_fields{}` is empty,
 *  `record_fields::all()` has every field.
 *  Example: `record_fields{record_field::period, record_field::value_cny}.contains(record_field::partner)` //
 * false */
class record_fields {
 public:
  constexpr record_fields() noexcept = default;
  constexpr record_fields(std::initializer_list<record_field> fields) noexcept {
    for (const record_field f : fields) bits_ |= bit(f);
  }
  /** Every field. */
  static constexpr record_fields all() noexcept { return from_bits((std::uint32_t{1} << record_field_count) - 1); }

  constexpr bool contains(record_field f) const noexcept { return (bits_ & bit(f)) != 0; }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  /** The number of fields in the set. */
  constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (std::uint32_t b = bits_; b != 0; b &= b - 1) ++n;
    return n;
  }
  /** One bit per field, bit `static_cast<unsigned>(f)` for field f. */
  constexpr std::uint32_t bits() const noexcept { return bits_; }
  static constexpr record_fields from_bits(std::uint32_t b) noexcept {
    record_fields s;
    s.bits_ = b & ((std::uint32_t{1} << record_field_count) - 1);
    return s;
  }

  friend constexpr record_fields operator|(record_fields a, record_fields b) noexcept {
    return from_bits(a.bits_ | b.bits_);
  }
  friend constexpr record_fields operator&(record_fields a, record_fields b) noexcept {
    return from_bits(a.bits_ & b.bits_);
  }
  constexpr record_fields& operator|=(record_fields o) noexcept { return *this = *this | o; }
  friend constexpr bool operator==(record_fields, record_fields) = default;

 private:
  static constexpr std::uint32_t bit(record_field f) noexcept { return std::uint32_t{1} << static_cast<unsigned>(f); }
  std::uint32_t bits_ = 0;
};

/** Bytes [begin, end) of an input, split at row boundaries: a reader over a byte range reads the
 *  header from the start of the input, then every row that starts at or after `begin` and before
 *  `end` (a row that starts in the range is read to its end, past `end` if it goes on). Rows start
 *  after a line end; the default range is the whole input.
 *  Example: `read_options{.bytes = {.begin = 1 << 20, .end = 2 << 20}}` // the rows starting in the second MiB */
struct byte_range {
  static constexpr std::size_t to_end = static_cast<std::size_t>(-1);
  std::size_t begin = 0;
  std::size_t end = to_end;

  /** True for the whole input ([0, to_end)). */
  constexpr bool whole() const noexcept { return begin == 0 && end == to_end; }
  /** True when a row starting at `offset` belongs to the range. */
  constexpr bool holds(std::size_t offset) const noexcept { return offset >= begin && offset < end; }
  friend constexpr bool operator==(const byte_range&, const byte_range&) = default;
};

/** How to read a file. The bounds keep memory independent of the file: rows longer than
 *  `max_row_bytes` are rejected (line too long), and a lenient read keeps the first
 *  `max_kept_rejections` rejections in full while counting all of them. `fields` is the
 *  projection: fields left out stay empty (period and flow, never optional, keep their default
 *  values), and the columns only they need are neither parsed nor validated, so a bad cell there
 *  is not a rejection. `bytes` reads a byte range of the input (see byte_range).
 *  Example: `read_options{.mode = read_mode::strict, .fields = {record_field::period, record_field::value_cny}}` */
struct read_options {
  read_mode mode = read_mode::lenient;
  std::size_t max_row_bytes = std::size_t{1} << 20;
  std::size_t max_kept_rejections = 1000;
  record_fields fields = record_fields::all();
  byte_range bytes{};
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_READ_OPTIONS_HPP
