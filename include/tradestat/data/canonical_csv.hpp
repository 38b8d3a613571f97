// The canonical CSV: tradestat's own format for records (docs/reference/canonical-csv.md), with a
// streaming reader and a writer that round-trip exactly. A header names the columns, in any order;
// a file holds the columns it needs; an empty cell is an absent field.
#ifndef TRADESTAT_DATA_CANONICAL_CSV_HPP
#define TRADESTAT_DATA_CANONICAL_CSV_HPP

#include <tradestat/calendar/period_io.hpp>
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/detail/field_parse.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_reader.hpp>
#include <tradestat/data/split.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** The columns of the canonical CSV, in the order the writer puts them.
 *  Example: `canonical_column_name(canonical_column::value_cny)` // "value_cny" */
enum class canonical_column : std::uint8_t {
  period,
  flow,
  reporter,
  partner,
  hs,
  hs_version,
  trade_mode,
  enterprise_type,
  region,
  customs_district,
  brand_type,
  value_cny,
  value_usd,
  net_weight_kg,
  quantity,
  quantity_unit,
  flags,
};

inline constexpr std::size_t canonical_column_count = 17;

/** The column's name in the header. Example: `canonical_column_name(canonical_column::net_weight_kg)` //
 * "net_weight_kg" */
constexpr std::string_view canonical_column_name(canonical_column c) {
  constexpr std::array<std::string_view, canonical_column_count> names{
      "period",        "flow",       "reporter",        "partner",       "hs",
      "hs_version",    "trade_mode", "enterprise_type", "region",        "customs_district",
      "brand_type",    "value_cny",  "value_usd",       "net_weight_kg", "quantity",
      "quantity_unit", "flags"};
  return names[static_cast<std::size_t>(c)];
}

/** Every column, in the writer's order. */
inline constexpr std::array<canonical_column, canonical_column_count> all_canonical_columns{
    canonical_column::period,     canonical_column::flow,
    canonical_column::reporter,   canonical_column::partner,
    canonical_column::hs,         canonical_column::hs_version,
    canonical_column::trade_mode, canonical_column::enterprise_type,
    canonical_column::region,     canonical_column::customs_district,
    canonical_column::brand_type, canonical_column::value_cny,
    canonical_column::value_usd,  canonical_column::net_weight_kg,
    canonical_column::quantity,   canonical_column::quantity_unit,
    canonical_column::flags};

namespace detail {

// The prefix of a coded country's cell: "gacc:502", "iso3:USA", "cepii:842".
constexpr std::string_view scheme_prefix(code_scheme s) {
  switch (s) {
    case code_scheme::iso_alpha2:
      return "iso2";
    case code_scheme::iso_alpha3:
      return "iso3";
    case code_scheme::iso_numeric:
      return "isonum";
    case code_scheme::gacc:
      return "gacc";
    case code_scheme::gacc_alpha3:
      return "gacc3";
    case code_scheme::comtrade:
      return "comtrade";
    case code_scheme::cepii:
      return "cepii";
  }
  return "";
}

template <code_scheme S>
std::optional<country> find_numeric(std::string_view code) {
  int n = 0;
  if (!parse_digits(code, 3, n) || (S == code_scheme::gacc && n < 100)) return std::nullopt;
  return find_country(partner_code<S>(n));
}

/** True when `s` starts with `p`; written out so that short literals compile to a few compares. */
constexpr bool starts_with_text(std::string_view s, std::string_view p) noexcept {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (s[i] != p[i]) return false;
  return true;
}

/** Remembers letter-code lookups (ISO alpha-2/alpha-3, GACC declaration codes): the tables are
 *  searched by string comparison, and a file names the same few dozen partners millions of times.
 *  A slot per possible code (26^3 for three letters), filled on first use. */
class letter_code_cache {
 public:
  template <code_scheme S>
  std::optional<country> find(std::string_view code) {
    if (code.size() != alpha_length(S)) return std::nullopt;
    std::size_t key = 0;
    for (const char c : code) {
      if (c < 'A' || c > 'Z') return std::nullopt;
      key = key * 26 + static_cast<std::size_t>(c - 'A');
    }
    std::vector<std::uint16_t>& slots = slots_[static_cast<std::size_t>(S == code_scheme::iso_alpha2   ? 0
                                                                        : S == code_scheme::iso_alpha3 ? 1
                                                                                                       : 2)];
    if (slots.empty()) slots.assign(S == code_scheme::iso_alpha2 ? 26 * 26 : 26 * 26 * 26, 0);
    std::uint16_t& slot = slots[key];
    if (slot == 0) {
      const std::optional<country> c = find_country(partner_code<S>(code));
      slot = c ? static_cast<std::uint16_t>(c->index() + 2) : std::uint16_t{1};
    }
    if (slot == 1) return std::nullopt;
    return country::from_index(std::size_t{slot} - 2);
  }

 private:
  std::array<std::vector<std::uint16_t>, 3> slots_;  // 0: unknown yet, 1: no such code, else index + 2
};

/** Remembers what a short cell's text was read as, so that the next time the same text comes the
 *  value is copied instead of checked again: a file repeats the same few hundred partner and HS
 *  codes millions of times. Exact: the key is the whole text (1 to 16 bytes), its length and a
 *  salt. Direct-mapped: one slot per hash value, a newer text takes the slot of an older one.
 *  Example: `m.remember(m.key_of("gacc:502"), c); *m.find(m.key_of("gacc:502"))` // c */
template <class T, std::size_t Slots>
class text_memo {
  static_assert(Slots > 1 && (Slots & (Slots - 1)) == 0, "a power of two");

 public:
  struct key {
    std::uint64_t head = 0, tail = 0;
    std::uint64_t size = 0;  // the text's length plus the salt times 256; 0 for an empty slot
  };

  /** True when `text` can be a key (1 to 16 bytes). */
  static constexpr bool fits(std::string_view text) noexcept { return !text.empty() && text.size() <= 16; }

  /** The key of a text that fits: its first and last eight (or four) bytes determine it, given its length. */
  static constexpr key key_of(std::string_view text, std::uint64_t salt = 0) noexcept {
    const char* p = text.data();
    const std::size_t n = text.size();
    const std::uint64_t size = n + (salt << 8);
    if (n >= 8) return {load_little_endian(p, 8), load_little_endian(p + n - 8, 8), size};
    if (n >= 4) return {load_little_endian(p, 4), load_little_endian(p + n - 4, 4), size};
    return {load_little_endian(p, n), 0, size};
  }

  /** The value remembered for the key, or null. */
  const T* find(const key& k) const noexcept {
    if (slots_.empty()) return nullptr;
    const entry& e = slots_[slot_of(k)];
    if (e.k.size == k.size && e.k.head == k.head && e.k.tail == k.tail) return &*e.value;
    return nullptr;
  }

  /** Remembers the value for the key (pointers from find() are invalid afterwards). */
  void remember(const key& k, const T& value) {
    if (slots_.empty()) slots_.resize(Slots);
    entry& e = slots_[slot_of(k)];
    e.k = k;
    e.value = value;
  }

 private:
  struct entry {
    key k{};
    std::optional<T> value{};
  };

  static constexpr std::size_t slot_of(const key& k) noexcept {
    // One multiplication carries every input bit up to the top bits, which pick the slot.
    const std::uint64_t h = (k.head ^ std::rotl(k.tail, 29) ^ (k.size << 48)) * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(h >> (64 - std::countr_zero(Slots)));
  }

  std::vector<entry> slots_;
};

/** Reads a "scheme:code" cell into `out`; on failure false (and `out` untouched), and `why` says what is
 * wrong. Written with early returns and no optional held across branches: it runs for every row. */
inline bool parse_coded_country(std::string_view cell, std::optional<coded_country>& out, std::string& why,
                                letter_code_cache& letters) {
  code_scheme scheme{};
  auto found = [&](std::optional<country> c) {
    if (!c) {
      why = "\"" + std::string(cell) + "\" is not a known " + std::string(to_string(scheme)) +
            " partner code";
      return false;
    }
    out.emplace(coded_country{*c, scheme});  // straight into the record: nothing to copy back
    return true;
  };
  auto take = [&](std::string_view prefix, code_scheme s) {
    if (!starts_with_text(cell, prefix)) return false;
    scheme = s;
    return true;
  };
  // The first letter settles most comparisons.
  switch (cell.empty() ? '\0' : cell[0]) {
    case 'g':
      if (take("gacc:", code_scheme::gacc)) return found(find_numeric<code_scheme::gacc>(cell.substr(5)));
      if (take("gacc3:", code_scheme::gacc_alpha3))
        return found(letters.find<code_scheme::gacc_alpha3>(cell.substr(6)));
      break;
    case 'i':
      if (take("iso3:", code_scheme::iso_alpha3))
        return found(letters.find<code_scheme::iso_alpha3>(cell.substr(5)));
      if (take("iso2:", code_scheme::iso_alpha2))
        return found(letters.find<code_scheme::iso_alpha2>(cell.substr(5)));
      if (take("isonum:", code_scheme::iso_numeric))
        return found(find_numeric<code_scheme::iso_numeric>(cell.substr(7)));
      break;
    case 'c':
      if (take("cepii:", code_scheme::cepii)) return found(find_numeric<code_scheme::cepii>(cell.substr(6)));
      if (take("comtrade:", code_scheme::comtrade))
        return found(find_numeric<code_scheme::comtrade>(cell.substr(9)));
      break;
    default:
      break;
  }
  const std::size_t colon = cell.find(':');
  if (colon == std::string_view::npos)
    why = "\"" + std::string(cell) + "\" is not scheme:code (e.g. gacc:502, iso3:USA, cepii:842)";
  else
    why = "\"" + std::string(cell.substr(0, colon)) +
          "\" is not a code scheme (gacc, gacc3, iso2, iso3, isonum, comtrade, cepii)";
  return false;
}

/** A valid HS digit string (2, 4, 6, 8 or 10 digits, chapter 01-99). */
constexpr bool is_hs_digits(std::string_view d) noexcept {
  if (d.size() < 2 || d.size() > 10 || d.size() % 2 != 0) return false;
  for (const char c : d)
    if (c < '0' || c > '9') return false;
  return !(d[0] == '0' && d[1] == '0');
}

constexpr std::string_view enterprise_word(enterprise_type t) {
  switch (t) {
    case enterprise_type::state_owned:
      return "state_owned";
    case enterprise_type::foreign_invested:
      return "foreign_invested";
    case enterprise_type::private_enterprise:
      return "private";
    case enterprise_type::other:
      return "other";
  }
  return "";
}

constexpr std::string_view brand_word(brand_type b) {
  switch (b) {
    case brand_type::no_brand:
      return "no_brand";
    case brand_type::domestic_own:
      return "domestic_own";
    case brand_type::domestic_acquired:
      return "domestic_acquired";
    case brand_type::overseas_oem:
      return "overseas_oem";
    case brand_type::overseas_other:
      return "overseas_other";
  }
  return "";
}

// The value whose word is `w`, the length compared first: once inlined the words' lengths are
// constants, so a row pays one comparison of known length (a plain loop over the words called an
// out-of-line compare for every word of every row).
template <class E, std::size_t N, class Word>
constexpr std::optional<E> value_of_word(std::string_view w, const E (&values)[N], Word word) noexcept {
  for (const E v : values) {
    const std::string_view candidate = word(v);
    if (w.size() == candidate.size() && w == candidate) return v;
  }
  return std::nullopt;
}

constexpr std::optional<enterprise_type> enterprise_of(std::string_view w) noexcept {
  constexpr enterprise_type values[] = {enterprise_type::state_owned, enterprise_type::foreign_invested,
                                        enterprise_type::private_enterprise, enterprise_type::other};
  return value_of_word(w, values, [](enterprise_type t) { return enterprise_word(t); });
}

constexpr std::optional<brand_type> brand_of(std::string_view w) noexcept {
  constexpr brand_type values[] = {brand_type::no_brand, brand_type::domestic_own,
                                   brand_type::domestic_acquired, brand_type::overseas_oem,
                                   brand_type::overseas_other};
  return value_of_word(w, values, [](brand_type b) { return brand_word(b); });
}

// The number's error as a field_error.
inline field_error number_error(std::size_t column, number_status s, std::string_view cell,
                                std::string_view expected) {
  if (s == number_status::overflow)
    return {column, reject_reason::value_overflow, quoted(cell) + " does not fit a 64-bit count"};
  return {column, reject_reason::bad_number, quoted(cell) + " is not " + std::string(expected)};
}

}  // namespace detail

/** The canonical CSV's row parser (see record_reader). After the header it knows which columns
 *  the file has: `has(canonical_column::value_usd)`. Given a projection (read_options::fields) it
 *  reads only the columns of those fields: hs and hs_version for commodity, quantity and
 *  quantity_unit for quantity, flags for estimated and aggregate. */
template <class = void>
class basic_canonical_row_parser {
 public:
  basic_canonical_row_parser() = default;
  explicit basic_canonical_row_parser(record_fields fields) : wanted_(columns_of(fields)) {
    partial_flags_ = fields.contains(record_field::estimated) != fields.contains(record_field::aggregate);
    keep_estimated_ = fields.contains(record_field::estimated);
  }

  bool read_header(csv_row fields, const std::string& file) {
    slots_.assign(fields.size(), -1);
    names_.assign(fields.begin(), fields.end());
    position_.fill(-1);
    if (fields.size() > 1 && fields.back().empty()) {  // a trailing comma
      names_.pop_back();
      slots_.pop_back();
    }
    if (auto twice = detail::duplicate_column(names_, [](std::string_view n) { return n; }))
      throw read_error(file, std::move(*twice));
    for (std::size_t i = 0; i < names_.size(); ++i) {
      bool known = false;
      for (std::size_t c = 0; c < canonical_column_count; ++c) {
        if (canonical_column_name(static_cast<canonical_column>(c)) == fields[i]) {
          position_[c] = static_cast<int>(i);
          slots_[i] = static_cast<int>(c);
          known = true;
        }
      }
      if (!known)
        throw read_error(file, "line 1: \"" + std::string(fields[i]) +
                                   "\" is not a canonical CSV column (see docs/reference/canonical-csv.md)");
    }
    auto need = [&](canonical_column c, const char* why) {
      if (!has(c))
        throw read_error(
            file, "line 1: the header has no \"" + std::string(canonical_column_name(c)) + "\" column" + why);
    };
    present_ = 0;
    for (std::size_t c = 0; c < canonical_column_count; ++c)
      if (position_[c] >= 0) present_ |= std::uint32_t{1} << c;
    present_ &= wanted_;  // the columns of fields left out are not read
    need(canonical_column::period, "");
    need(canonical_column::flow, "");
    if (has(canonical_column::hs)) need(canonical_column::hs_version, " (an HS code needs its edition)");
    if (has(canonical_column::hs_version))
      need(canonical_column::hs, " (an HS edition goes with an HS code)");
    if (has(canonical_column::quantity))
      need(canonical_column::quantity_unit, " (a quantity needs its unit)");
    if (has(canonical_column::quantity_unit))
      need(canonical_column::quantity, " (a unit goes with a quantity)");
    return true;
  }

  std::optional<field_error> parse(csv_row f, record& r) {
    const std::size_t n = names_.size();
    if (f.size() != n && !(f.size() == n + 1 && f.back().empty())) {
      const std::size_t column = f.size() < n ? f.size() : n;
      return field_error{
          column, reject_reason::wrong_column_count,
          "expected " + std::to_string(n) + " fields as in the header, found " + std::to_string(f.size())};
    }
    pending p;
    const std::string_view* const cells = f.data();  // locals: stores into the record cannot change them
    const std::uint32_t present = present_;
    // One block per column, in the canonical order, each with its column fixed at compile time:
    // a file's columns are the same on every row, so each "has this column" test is predicted
    // perfectly, where a switch on the column would be an indirect jump that data-dependent
    // branches in between keep the processor from predicting.
    // Columns a file often lacks are skipped a group at a time.
    using enum canonical_column;
    constexpr auto bit = [](canonical_column c) { return std::uint32_t{1} << static_cast<unsigned>(c); };
    constexpr std::uint32_t details =
        bit(trade_mode) | bit(enterprise_type) | bit(region) | bit(customs_district) | bit(brand_type);
    constexpr std::uint32_t amounts = bit(value_usd) | bit(net_weight_kg) | bit(quantity) | bit(quantity_unit);
    bool good = cell<period>(cells, present, r, p) && cell<flow>(cells, present, r, p) &&
                cell<reporter>(cells, present, r, p) && cell<partner>(cells, present, r, p) &&
                cell<hs>(cells, present, r, p) && cell<hs_version>(cells, present, r, p);
    if (good && (present & details) != 0)
      good = cell<trade_mode>(cells, present, r, p) && cell<enterprise_type>(cells, present, r, p) &&
             cell<region>(cells, present, r, p) && cell<customs_district>(cells, present, r, p) &&
             cell<brand_type>(cells, present, r, p);
    good = good && cell<value_cny>(cells, present, r, p);
    if (good && (present & amounts) != 0)
      good = cell<value_usd>(cells, present, r, p) && cell<net_weight_kg>(cells, present, r, p) &&
             cell<quantity>(cells, present, r, p) && cell<quantity_unit>(cells, present, r, p);
    good = good && cell<flags>(cells, present, r, p);
    if (!good) return std::move(error_);
    if (p.has_hs != p.has_edition) {
      const canonical_column empty = p.has_hs ? canonical_column::hs_version : canonical_column::hs;
      return field_error{index_of(empty), reject_reason::missing_value, "hs and hs_version go together"};
    }
    if (p.has_hs) {
      if (p.hs_known != nullptr && p.hs_known->version() == p.edition) {
        r.commodity = *p.hs_known;
      } else {
        r.commodity = hs_code(p.hs_digits, p.edition);
        memo_.hs.remember(hs_memo::key_of(p.hs_digits), *r.commodity);  // valid HS digits: 2 to 10 bytes
      }
    }
    if (p.has_quantity != r.quantity.has_value()) {
      const canonical_column empty =
          p.has_quantity ? canonical_column::quantity_unit : canonical_column::quantity;
      return field_error{index_of(empty), reject_reason::missing_value,
                         "quantity and quantity_unit go together"};
    }
    if (p.has_quantity) r.quantity->amount = p.quantity_amount;
    if (partial_flags_) {  // the flags column was read for one of its two fields
      if (keep_estimated_)
        r.aggregate = false;
      else
        r.estimated = false;
    }
    return std::nullopt;
  }

  std::string column_name(std::size_t i) const {
    if (i < names_.size()) return std::string(names_[i]);
    return "column " + std::to_string(i + 1);
  }

  /** True when the file's header has the column. */
  bool has(canonical_column c) const noexcept { return position_[static_cast<std::size_t>(c)] >= 0; }

 private:
  using country_memo = detail::text_memo<coded_country, 1024>;
  using hs_memo = detail::text_memo<hs_code, 16384>;  // 8,000 codes of a year's file fit with few collisions
  // What the cells of earlier rows were read as: partner and HS codes repeat all through a file.
  struct memos {
    detail::letter_code_cache letters;
    country_memo countries;
    hs_memo hs;
  };

  // Cells that make a field only together with another cell.
  // Plain members, not optionals: filled for every row, they should cost plain stores.
  struct pending {
    std::string_view hs_digits{};
    const hs_code* hs_known = nullptr;  // the code remembered for these digits, maybe in another edition
    std::int64_t quantity_amount = 0;
    hs_version edition = hs_version::hs2022;
    bool has_hs = false, has_edition = false, has_quantity = false;
  };

  // The columns a projection reads.
  static constexpr std::uint32_t columns_of(record_fields f) noexcept {
    using enum canonical_column;
    constexpr auto bit = [](canonical_column c) { return std::uint32_t{1} << static_cast<unsigned>(c); };
    std::uint32_t m = 0;
    auto with = [&](record_field field, std::uint32_t columns) {
      if (f.contains(field)) m |= columns;
    };
    with(record_field::period, bit(period));
    with(record_field::flow, bit(flow));
    with(record_field::reporter, bit(reporter));
    with(record_field::partner, bit(partner));
    with(record_field::commodity, bit(hs) | bit(hs_version));
    with(record_field::mode, bit(trade_mode));
    with(record_field::enterprise, bit(enterprise_type));
    with(record_field::region, bit(region));
    with(record_field::district, bit(customs_district));
    with(record_field::brand, bit(brand_type));
    with(record_field::value_cny, bit(value_cny));
    with(record_field::value_usd, bit(value_usd));
    with(record_field::net_weight, bit(net_weight_kg));
    with(record_field::quantity, bit(quantity) | bit(quantity_unit));
    with(record_field::estimated, bit(flags));
    with(record_field::aggregate, bit(flags));
    return m;
  }

  std::size_t index_of(canonical_column c) const noexcept {
    return static_cast<std::size_t>(position_[static_cast<std::size_t>(c)]);
  }

  static bool fail(field_error& err, field_error e) {
    err = std::move(e);
    return false;
  }

  // Reads one cell into the record; false with `err` set when it cannot.
  // The cell of column C, if the file has the column; false with error_ set when it is bad.
  template <canonical_column C>
  [[gnu::always_inline]] bool cell(const std::string_view* cells, std::uint32_t present, record& r,
                                   pending& p) {
    if ((present & (std::uint32_t{1} << static_cast<unsigned>(C))) == 0) return true;
    const auto i = static_cast<std::size_t>(position_[static_cast<std::size_t>(C)]);
    const std::string_view text = cells[i];
    if (text.empty()) {
      if constexpr (C == canonical_column::period || C == canonical_column::flow)
        return fail(error_, field_error{i, reject_reason::missing_value, "the column must have a value"});
      return true;
    }
    return parse_cell(C, i, text, r, p, error_, memo_);
  }

  // Inlined into the row loop: a call per cell costs as much as reading a short cell.
  [[gnu::always_inline]] static bool parse_cell(canonical_column column, std::size_t i, std::string_view cell,
                                                record& r, pending& p, field_error& err, memos& memo) {
    using detail::quoted;
    switch (column) {
      case canonical_column::period: {
        int y = 0, m = 0;
        if (cell.size() == 7) {  // YYYY-MM, each digit checked without a loop
          auto digit = [&](std::size_t k) {
            return static_cast<unsigned>(static_cast<unsigned char>(cell[k])) - unsigned{'0'};
          };
          const unsigned d0 = digit(0), d1 = digit(1), d2 = digit(2), d3 = digit(3), d5 = digit(5), d6 = digit(6);
          const bool digits = (d0 < 10) & (d1 < 10) & (d2 < 10) & (d3 < 10) & (d5 < 10) & (d6 < 10);
          y = static_cast<int>(d0 * 1000 + d1 * 100 + d2 * 10 + d3);
          m = static_cast<int>(d5 * 10 + d6);
          if (digits && cell[4] == '-' && y >= 1 && m >= 1 && m <= 12) {
            r.period = month::from_index(y * 12LL + m - 1);  // checked above; month{y, m} would check again
            return true;
          }
        }
        if (cell.size() == 4 && detail::parse_digits(cell, 4, y) && y >= 1) {
          r.period = year{y};
          return true;
        }
        return fail(err, field_error{i, reject_reason::invalid_period,
                                     quoted(cell) + " is not a month (YYYY-MM) or a year (YYYY)"});
      }
      case canonical_column::flow: {
        // Which word to expect is chosen without a branch on the data (exports and imports
        // alternate unpredictably in real files); one comparison then confirms it.
        const bool re = cell.size() == 9;
        const bool in = cell.size() > (re ? 3u : 0u) && cell[re ? 3 : 0] == 'i';
        constexpr std::string_view words[4] = {"export", "import", "re-expor", "re-impor"};  // + 't' 
        constexpr trade_flow flows[4] = {trade_flow::exports, trade_flow::imports, trade_flow::re_exports,
                                         trade_flow::re_imports};
        const std::size_t k = (re ? 2u : 0u) + (in ? 1u : 0u);
        // The first (up to) eight bytes as one number against the word's, then the ninth if any.
        constexpr std::uint64_t heads[4] = {
            detail::load_little_endian(words[0].data(), 6), detail::load_little_endian(words[1].data(), 6),
            detail::load_little_endian(words[2].data(), 8), detail::load_little_endian(words[3].data(), 8)};
        const bool matches = re ? detail::load_little_endian(cell.data(), 8) == heads[k] && cell[8] == 't'
                                : cell.size() == 6 && detail::load_little_endian(cell.data(), 6) == heads[k];
        if (!matches)
          return fail(err,
                      field_error{i, reject_reason::unknown_code,
                                  quoted(cell) + " is not a flow (export, import, re-export, re-import)"});
        r.flow = flows[k];
        return true;
      }
      case canonical_column::reporter:
      case canonical_column::partner: {
        std::optional<coded_country>& who = column == canonical_column::reporter ? r.reporter : r.partner;
        const bool short_text = country_memo::fits(cell);
        country_memo::key k{};
        if (short_text) {
          k = country_memo::key_of(cell);
          if (const coded_country* known = memo.countries.find(k)) {
            who.emplace(*known);
            return true;
          }
        }
        if (!detail::parse_coded_country(cell, who, err.detail, memo.letters))
          return fail(err, field_error{i, reject_reason::unknown_code, std::move(err.detail)});
        if (short_text) memo.countries.remember(k, *who);
        return true;
      }
      case canonical_column::hs:
        p.hs_digits = cell;
        if (hs_memo::fits(cell)) {  // digits already checked once: the code made then, in some edition
          p.hs_known = memo.hs.find(hs_memo::key_of(cell));
          if (p.hs_known != nullptr) {
            p.has_hs = true;
            return true;
          }
        }
        if (!detail::is_hs_digits(cell))
          return fail(
              err, field_error{i, reject_reason::unknown_code,
                               quoted(cell) + " is not an HS code (2, 4, 6, 8 or 10 digits, chapter 01-99)"});
        p.has_hs = true;
        return true;
      case canonical_column::hs_version:
        if (cell.size() == 2 && cell[0] == 'H' && cell[1] >= '0' && cell[1] <= '6') {
          p.edition = static_cast<hs_version>(cell[1] - '0');
          p.has_edition = true;
          return true;
        }
        return fail(err, field_error{i, reject_reason::unknown_code,
                                     quoted(cell) + " is not an HS edition (H0 to H6)"});
      case canonical_column::trade_mode: {
        int code = 0;
        if (cell.size() != 2 || !detail::parse_digits(cell, 2, code) || code < 10)
          return fail(err, field_error{i, reject_reason::unknown_code,
                                       quoted(cell) + " is not a two-digit trade mode code (10-99)"});
        r.mode = trade_mode(code);
        return true;
      }
      case canonical_column::enterprise_type:
        if (const std::optional<enterprise_type> t = detail::enterprise_of(cell)) {
          r.enterprise = *t;
          return true;
        }
        return fail(
            err,
            field_error{
                i, reject_reason::unknown_code,
                quoted(cell) + " is not an enterprise type (state_owned, foreign_invested, private, other)"});
      case canonical_column::region: {
        int code = 0;
        if (cell.size() == 2 && detail::parse_digits(cell, 2, code)) {
          if (const std::optional<province> found = province::find_gb2260(code)) {
            r.region = *found;
            return true;
          }
        }
        return fail(err, field_error{i, reject_reason::unknown_code,
                                     quoted(cell) + " is not a GB/T 2260 province code"});
      }
      case canonical_column::customs_district: {
        int code = 0;
        if (cell.size() != 4 || !detail::parse_digits(cell, 4, code))
          return fail(err, field_error{i, reject_reason::unknown_code,
                                       quoted(cell) + " is not a four-digit customs district code"});
        r.district = customs_district(cell);
        return true;
      }
      case canonical_column::brand_type:
        if (const std::optional<brand_type> b = detail::brand_of(cell)) {
          r.brand = *b;
          return true;
        }
        return fail(err, field_error{i, reject_reason::unknown_code,
                                     quoted(cell) + " is not a brand type (no_brand, domestic_own, "
                                                    "domestic_acquired, overseas_oem, overseas_other)"});
      case canonical_column::value_cny:
      case canonical_column::value_usd: {
        std::int64_t v = 0;
        if (auto s = detail::parse_whole(cell, true, v); s != detail::number_status::ok)
          return fail(err, detail::number_error(i, s, cell, "a whole number"));
        if (column == canonical_column::value_cny)
          r.value_cny = money<CNY>(v);
        else
          r.value_usd = money<USD>(v);
        return true;
      }
      case canonical_column::net_weight_kg: {
        std::int64_t v = 0;
        if (auto s = detail::parse_whole(cell, false, v); s != detail::number_status::ok)
          return fail(err, detail::number_error(i, s, cell, "a whole non-negative number of kilograms"));
        r.net_weight = kilograms_of(v);
        return true;
      }
      case canonical_column::quantity: {
        std::int64_t v = 0;
        if (auto s = detail::parse_whole(cell, false, v); s != detail::number_status::ok)
          return fail(err, detail::number_error(i, s, cell, "a whole non-negative number"));
        p.quantity_amount = v;
        p.has_quantity = true;
        return true;
      }
      case canonical_column::quantity_unit:
        if (cell.size() > quantity_unit::max_size)
          return fail(err,
                      field_error{i, reject_reason::unknown_code, quoted(cell) + " is longer than 15 bytes"});
        r.quantity = counted_quantity{0, quantity_unit(cell)};
        return true;
      case canonical_column::flags:
        for (const char c : cell) {
          if (c == 'E')
            r.estimated = true;
          else if (c == 'A')
            r.aggregate = true;
          else
            return fail(err, field_error{i, reject_reason::unknown_code,
                                         quoted(cell) + " is not a set of flags (E estimated, A aggregate)"});
        }
        return true;
    }
    return true;
  }

  field_error error_;  // reused, so that good cells construct nothing
  memos memo_;
  std::vector<int> slots_;                              // canonical_column of each field
  std::vector<std::string> names_;                      // header names, for messages
  std::array<int, canonical_column_count> position_{};  // field of each column, -1 when absent
  std::uint32_t present_ = 0;                           // bit c set when the file has column c and it is read
  std::uint32_t wanted_ = (std::uint32_t{1} << canonical_column_count) - 1;  // the projection's columns
  bool partial_flags_ = false, keep_estimated_ = true;
};

// A template, with the read functions below, only so that it is compiled where it is used
// (docs/architecture.md, "Compiled when used").
using canonical_row_parser = basic_canonical_row_parser<>;

/** The reader's type: a streaming range of records. */
using canonical_reader = record_reader<canonical_row_parser>;

/** Reads canonical CSV from any byte source (a stream, memory).
 *  Example: `read_canonical(byte_source::from_memory("period,flow,value_cny\n2025-03,export,7\n"))` // one
 * record */
template <class = void>
inline canonical_reader read_canonical(byte_source source, read_options options = {}) {
  return canonical_reader(std::move(source), canonical_row_parser{options.fields}, options);
}

/** Reads a canonical CSV file as a streaming range of records (read with pread when regular).
 *  Example: `for (const record& r : read_canonical("trade.csv")) total += *r.value_cny;` */
template <class = void>
inline canonical_reader read_canonical(const file_path& path, read_options options = {}) {
  return read_canonical(byte_source::from_path(path), options);
}

/** Reads canonical CSV from a seekable byte source (in memory or over a regular file) as `n`
 *  readers over byte ranges covering it exactly once (see split_read), one per thread: the union of
 *  their records is the whole read's, in order, and `merged_report(parts)` its report.
 *  `options.bytes` is replaced by each part's range.
 *  Example: `read_canonical_parts(byte_source::from_memory(text), 2)` // two readers, one per thread */
template <class = void>
inline std::vector<canonical_reader> read_canonical_parts(byte_source source, std::size_t n,
                                                          read_options options = {}) {
  return split_read(std::move(source), n, [&](byte_source s, byte_range r) {
    read_options o = options;
    o.bytes = r;
    return read_canonical(std::move(s), o);
  });
}

/** The same over a file, opened once: each part reads its range of it with pread.
 *  Example: `auto parts = read_canonical_parts("trade.csv", 2);` // parts[0] and parts[1], one per thread */
template <class = void>
inline std::vector<canonical_reader> read_canonical_parts(const file_path& path, std::size_t n,
                                                          read_options options = {}) {
  return read_canonical_parts(byte_source::from_path(path), n, std::move(options));
}

/** The same with as many parts as the file is worth (default_part_count): one per core for a large
 *  regular file, a single part for a small one or a stream.
 *  Example: `auto parts = read_canonical_parts(byte_source::from_path("trade.csv"));` */
template <class = void>
inline std::vector<canonical_reader> read_canonical_parts(byte_source source, read_options options = {}) {
  const std::size_t n = default_part_count(source);
  return read_canonical_parts(std::move(source), n, std::move(options));
}

/** A file with as many parts as it is worth (default_part_count).
 *  Example: `in_parallel(read_canonical_parts("trade.csv", {.fields = {record_field::value_cny}}))` */
template <class = void>
inline std::vector<canonical_reader> read_canonical_parts(const file_path& path, read_options options = {}) {
  return read_canonical_parts(byte_source::from_path(path), std::move(options));
}

/** Writes records as canonical CSV: the header, then one line per record, absent fields empty.
 *  Example: `canonical_writer w(out, {canonical_column::period, canonical_column::flow,
 * canonical_column::value_cny}); w.write(r);`
 *  // "period,flow,value_cny\n2025-03,export,7\n" */
class canonical_writer {
 public:
  explicit canonical_writer(std::ostream& out,
                            std::vector<canonical_column> columns = {all_canonical_columns.begin(),
                                                                     all_canonical_columns.end()})
      : out_(&out), columns_(std::move(columns)) {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (i > 0) *out_ << ',';
      *out_ << canonical_column_name(columns_[i]);
    }
    *out_ << '\n';
  }

  /** Writes one record. Throws std::invalid_argument for a coded country without a code in its scheme. */
  void write(const record& r) {
    line_.clear();
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (i > 0) line_ += ',';
      append(columns_[i], r);
    }
    line_ += '\n';
    out_->write(line_.data(), static_cast<std::streamsize>(line_.size()));
  }

 private:
  void append(canonical_column c, const record& r) {
    switch (c) {
      case canonical_column::period:
        line_ += std::holds_alternative<month>(r.period) ? to_string(std::get<month>(r.period))
                                                         : to_string(std::get<year>(r.period));
        return;
      case canonical_column::flow:
        line_ += to_string(r.flow);
        return;
      case canonical_column::reporter:
      case canonical_column::partner: {
        const auto& who = c == canonical_column::reporter ? r.reporter : r.partner;
        if (who) (line_ += detail::scheme_prefix(who->scheme)) += ':', line_ += who->code_text();
        return;
      }
      case canonical_column::hs:
        if (r.commodity) line_ += r.commodity->digits();
        return;
      case canonical_column::hs_version:
        if (r.commodity) line_ += comtrade_classification(r.commodity->version());
        return;
      case canonical_column::trade_mode:
        if (r.mode) line_ += std::to_string(r.mode->code());
        return;
      case canonical_column::enterprise_type:
        if (r.enterprise) line_ += detail::enterprise_word(*r.enterprise);
        return;
      case canonical_column::region:
        if (r.region) line_ += std::to_string(r.region->gb2260());
        return;
      case canonical_column::customs_district:
        if (r.district) line_ += r.district->code();
        return;
      case canonical_column::brand_type:
        if (r.brand) line_ += detail::brand_word(*r.brand);
        return;
      case canonical_column::value_cny:
        if (r.value_cny) line_ += std::to_string(r.value_cny->count());
        return;
      case canonical_column::value_usd:
        if (r.value_usd) line_ += std::to_string(r.value_usd->count());
        return;
      case canonical_column::net_weight_kg:
        if (r.net_weight) line_ += std::to_string(r.net_weight->value());
        return;
      case canonical_column::quantity:
        if (r.quantity) line_ += std::to_string(r.quantity->amount);
        return;
      case canonical_column::quantity_unit:
        if (r.quantity) append_text(r.quantity->unit.text());
        return;
      case canonical_column::flags:
        if (r.estimated) line_ += 'E';
        if (r.aggregate) line_ += 'A';
        return;
    }
  }

  // Quotes text that holds a delimiter, a quote or a line end, doubling its quotes (RFC 4180).
  void append_text(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
      line_ += s;
      return;
    }
    line_ += '"';
    for (const char ch : s) {
      if (ch == '"') line_ += '"';
      line_ += ch;
    }
    line_ += '"';
  }

  std::ostream* out_;
  std::vector<canonical_column> columns_;
  std::string line_;
};

/** Writes every record of a range as canonical CSV; returns how many it wrote.
 *  Example: `write_canonical(std::cout, read_baci("BACI_HS17_Y2020.csv", hs_version::hs2017))` // rows
 * written */
template <class Range>
std::size_t write_canonical(std::ostream& out, Range&& records,
                            std::vector<canonical_column> columns = {all_canonical_columns.begin(),
                                                                     all_canonical_columns.end()}) {
  canonical_writer w(out, std::move(columns));
  std::size_t n = 0;
  for (const record& r : records) {
    w.write(r);
    ++n;
  }
  return n;
}

}  // namespace tradestat

#endif  // TRADESTAT_DATA_CANONICAL_CSV_HPP
