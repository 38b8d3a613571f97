// The reader of China Customs' (GACC) online statistics query export: Chinese headers naming the
// columns the query grouped by, GBK or UTF-8, every field quoted, a trailing comma on each line,
// thousands separators, `?` / `-` / empty placeholders, and a value column named after its
// currency (人民币 yuan, 美元 US dollars). The file says neither the flow (the query chose imports
// or exports) nor, without 数据年月, the period: the caller supplies them.
#ifndef TRADESTAT_DATA_GACC_HPP
#define TRADESTAT_DATA_GACC_HPP

#include <tradestat/calendar/period_io.hpp>
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/detail/field_parse.hpp>
#include <tradestat/data/detail/gbk_input.hpp>
#include <tradestat/data/encoding.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_reader.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace tradestat {

/** The columns a GACC query export can have; which ones a file has depends on the grouping chosen.
 *  Example: `gacc_column_name(gacc_column::value_cny)` // "人民币" */
enum class gacc_column : std::uint8_t {
  period,        // 数据年月, YYYYMM
  partner_code,  // 贸易伙伴编码, GACC's 3-digit partner code
  partner_name,  // 贸易伙伴名称
  hs,            // 商品编码, China's 8-digit code (or 2, 4, 6 digits)
  hs_name,       // 商品名称
  mode_code,     // 贸易方式编码, two digits
  mode_name,     // 贸易方式名称
  region_code,   // 注册地编码, GB/T 2260 province (two digits)
  region_name,   // 注册地名称
  quantity_1,    // 第一数量
  unit_1,        // 第一计量单位
  quantity_2,    // 第二数量
  unit_2,        // 第二计量单位
  value_cny,     // 人民币, whole yuan
  value_usd,     // 美元, whole US dollars
};

inline constexpr std::size_t gacc_column_count = 15;

/** The column's name in the export's header.
 *  Example: `gacc_column_name(gacc_column::period)` // "数据年月" */
constexpr std::string_view gacc_column_name(gacc_column c) {
  constexpr std::array<std::string_view, gacc_column_count> names{
      "数据年月",     "贸易伙伴编码", "贸易伙伴名称", "商品编码",   "商品名称",
      "贸易方式编码", "贸易方式名称", "注册地编码",   "注册地名称", "第一数量",
      "第一计量单位", "第二数量",     "第二计量单位", "人民币",     "美元"};
  return names[static_cast<std::size_t>(c)];
}

/** How to read a GACC export besides the flow: GACC's choices, and what every reader takes
 *  (`common`). `period` is the queried period: required when the file has no 数据年月 column (its
 *  rows then cover that period), and when it has one, a check that every row falls in it.
 *  `edition` is the HS edition of the codes (default: the one China used in the row's year, see
 *  `china_hs_edition`). A GBK file cannot be read in byte ranges (common.bytes).
 *  Example: `gacc_options{.period = year{2023}, .common = {.mode = read_mode::strict}}` */
struct gacc_options {
  std::optional<record_period> period{};
  std::optional<hs_version> edition{};
  text_encoding encoding = text_encoding::detect;
  read_options common{};
};

/** The HS edition China's customs codes followed in a year: each edition from 1 January of its
 *  year (China adopted HS in 1992). Transition details are unconfirmed; pass gacc_options::edition
 *  to override. Example: `china_hs_edition(2021)` // hs_version::hs2017 */
constexpr hs_version china_hs_edition(int y) noexcept {
  if (y >= 2022) return hs_version::hs2022;
  if (y >= 2017) return hs_version::hs2017;
  if (y >= 2012) return hs_version::hs2012;
  if (y >= 2007) return hs_version::hs2007;
  if (y >= 2002) return hs_version::hs2002;
  if (y >= 1996) return hs_version::hs1996;
  return hs_version::hs1992;
}

namespace detail {

/** GACC's placeholders for "nothing here": `?`, `-` and an empty cell. */
constexpr bool is_gacc_placeholder(std::string_view cell) noexcept {
  return cell.empty() || cell == "?" || cell == "-";
}

/** Reads a non-negative whole number written with or without thousands separators
 *  ("5,917,063,944" or "5917063944"); groups after the first must have three digits. */
constexpr number_status parse_grouped(std::string_view s, std::int64_t& out) noexcept {
  if (s.empty()) return number_status::malformed;
  std::int64_t v = 0;
  std::size_t group = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ',') {
      if (group == 0 || (grouped && group != 3) || group > 3) return number_status::malformed;
      grouped = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return number_status::malformed;
    const int d = c - '0';
    if (v > (std::numeric_limits<std::int64_t>::max() - d) / 10) return number_status::overflow;
    v = v * 10 + d;
    ++group;
  }
  if (grouped && group != 3) return number_status::malformed;
  out = v;
  return number_status::ok;
}

inline std::string year_month_text(int y, int m) {
  std::string s = std::to_string(y);
  s += '-';
  if (m < 10) s += '0';
  s += std::to_string(m);
  return s;
}

}  // namespace detail

/** The GACC export's row parser (see record_reader). After the header it knows which columns the
 *  file has: `has(gacc_column::period)`. Every record has the caller's flow, China (GACC code 142)
 *  as reporter, the partner in GACC codes, the value in the currency its column names; a first or
 *  second quantity in 千克 is the net weight, another unit a counted quantity (only the first such
 *  one is kept: a record holds one). Under a projection (read_options::fields) the columns of fields
 *  left out are not read (数据年月 is still read for the HS edition when commodity is projected
 *  without gacc_options::edition); the name columns go with their code's field.
 *  Example: read as imports, the row
 *  `"202301","402","阿根廷","12019019","转基因黄大豆","1,000,000","千克","0","?","4,000,000",`
 *  gives value_cny == money<CNY>{4'000'000} and net_weight == 1'000'000 kg. */
template <class = void>
class basic_gacc_row_parser {
 public:
  /** `gbk`: the conversion of a GBK file, which says on which lines it met bytes that are not GBK. */
  basic_gacc_row_parser(trade_flow flow, gacc_options options, text_encoding encoding,
                        std::shared_ptr<detail::gbk_input> gbk = nullptr)
      : flow_(flow),
        period_(options.period),
        edition_(options.edition),
        encoding_(encoding),
        gbk_(std::move(gbk)),
        fields_(options.common.fields),
        reads_(columns_of(options.common.fields, options.edition.has_value())) {
    position_.fill(-1);
  }

  bool read_header(csv_row fields, const std::string& file) {
    names_.assign(fields.begin(), fields.end());
    slots_.assign(fields.size(), -1);
    position_.fill(-1);
    if (names_.size() > 1 && names_.back().empty()) {  // the trailing comma
      names_.pop_back();
      slots_.pop_back();
    }
    for (std::size_t i = 0; i < names_.size(); ++i)
      if (encoding_ == text_encoding::gbk && names_[i].find(detail::replacement_character) != std::string::npos)
        throw read_error(file, "line 1: the header has bytes that are not valid GBK (column " +
                                   std::to_string(i + 1) + ")");
    if (auto twice = detail::duplicate_column(names_, [](std::string_view n) { return n; }))
      throw read_error(file, std::move(*twice));
    for (std::size_t i = 0; i < names_.size(); ++i) {
      const std::string& name = names_[i];
      bool known = false;
      for (std::size_t c = 0; c < gacc_column_count; ++c) {
        if (gacc_column_name(static_cast<gacc_column>(c)) != name) continue;
        position_[c] = static_cast<int>(i);
        slots_[i] = static_cast<int>(c);
        known = true;
      }
      if (!known) {
        std::string list;
        for (std::size_t c = 0; c < gacc_column_count; ++c)
          (list += c == 0 ? "" : ", ") += gacc_column_name(static_cast<gacc_column>(c));
        throw read_error(file,
                         "line 1: \"" + name + "\" is not a column of a GACC query export (" + list + ")");
      }
    }
    if (!has(gacc_column::value_cny) && !has(gacc_column::value_usd))
      throw read_error(file,
                       "line 1: the header has no value column (人民币 for yuan or 美元 for US dollars)");
    auto pair = [&](gacc_column needed, gacc_column with) {
      if (has(with) && !has(needed))
        throw read_error(file, "line 1: the header has " + std::string(gacc_column_name(with)) + " but no " +
                                   std::string(gacc_column_name(needed)));
    };
    pair(gacc_column::partner_code, gacc_column::partner_name);
    pair(gacc_column::hs, gacc_column::hs_name);
    pair(gacc_column::mode_code, gacc_column::mode_name);
    pair(gacc_column::region_code, gacc_column::region_name);
    pair(gacc_column::unit_1, gacc_column::quantity_1);
    pair(gacc_column::quantity_1, gacc_column::unit_1);
    pair(gacc_column::unit_2, gacc_column::quantity_2);
    pair(gacc_column::quantity_2, gacc_column::unit_2);
    if (!has(gacc_column::period) && !period_)
      throw read_error(file,
                       "line 1: the file has no 数据年月 column, so each row covers the queried period: "
                       "pass it as gacc_options::period");
    return true;
  }

  std::optional<field_error> parse(csv_row f, record& r) const {
    using detail::quoted;
    const std::size_t n = names_.size();
    if (f.size() != n && !(f.size() == n + 1 && f.back().empty())) {
      return field_error{
          f.size() < n ? f.size() : n, reject_reason::wrong_column_count,
          "expected " + std::to_string(n) + " fields as in the header, found " + std::to_string(f.size())};
    }
    if (encoding_ == text_encoding::gbk) {
      for (std::size_t i = 0; i < n; ++i)
        if (reads(static_cast<gacc_column>(slots_[i])) &&
            f[i].find(detail::replacement_character) != std::string_view::npos)
          return field_error{i, reject_reason::encoding_error, std::string(detail::not_gbk)};
    }
    if (auto e = parse_cells(f, r)) return e;
    // Fields read only to make another one stay empty when left out of the projection.
    if (!fields_.contains(record_field::period)) r.period = record{}.period;
    if (!fields_.contains(record_field::partner)) r.partner.reset();
    if (!fields_.contains(record_field::aggregate)) r.aggregate = false;
    if (!fields_.contains(record_field::net_weight)) r.net_weight.reset();
    if (!fields_.contains(record_field::quantity)) r.quantity.reset();
    return std::nullopt;
  }

  std::string column_name(std::size_t i) const {
    if (i < names_.size()) return names_[i];
    return "column " + std::to_string(i + 1);
  }

  /** A row the tokenizer could not split, on a line where the GBK conversion met bytes that are
   *  not GBK: an encoding error (a stray byte next to a quote spoils the quoting). */
  std::optional<csv_error> explain(const csv_error& e, std::size_t line) const {
    if (gbk_ == nullptr || e.reason != reject_reason::bad_quoting || !gbk_->bad_line(line)) return std::nullopt;
    return csv_error{e.column, reject_reason::encoding_error, std::string(detail::not_gbk)};
  }

  /** True when the file's header has the column. */
  bool has(gacc_column c) const noexcept { return position_[static_cast<std::size_t>(c)] >= 0; }

  /** The flow the caller said the file holds. */
  trade_flow flow() const noexcept { return flow_; }

  /** The encoding the file is read in (detected or given). */
  text_encoding encoding() const noexcept { return encoding_; }

 private:
  // True when the file has the column and the projection reads it.
  bool reads(gacc_column c) const noexcept { return has(c) && (reads_ >> static_cast<unsigned>(c) & 1u) != 0; }

  static constexpr std::uint32_t columns_of(record_fields f, bool edition_given) noexcept {
    constexpr auto bit = [](gacc_column c) { return std::uint32_t{1} << static_cast<unsigned>(c); };
    std::uint32_t m = 0;
    auto with = [&](bool wanted, std::uint32_t columns) {
      if (wanted) m |= columns;
    };
    using enum record_field;
    with(f.contains(period) || (f.contains(commodity) && !edition_given), bit(gacc_column::period));
    with(f.contains(partner) || f.contains(aggregate), bit(gacc_column::partner_code) | bit(gacc_column::partner_name));
    with(f.contains(commodity), bit(gacc_column::hs) | bit(gacc_column::hs_name));
    with(f.contains(mode), bit(gacc_column::mode_code) | bit(gacc_column::mode_name));
    with(f.contains(region), bit(gacc_column::region_code) | bit(gacc_column::region_name));
    with(f.contains(net_weight) || f.contains(quantity),
         bit(gacc_column::quantity_1) | bit(gacc_column::unit_1) | bit(gacc_column::quantity_2) |
             bit(gacc_column::unit_2));
    with(f.contains(value_cny), bit(gacc_column::value_cny));
    with(f.contains(value_usd), bit(gacc_column::value_usd));
    return m;
  }

  std::optional<field_error> parse_cells(csv_row f, record& r) const {
    using detail::quoted;
    if (fields_.contains(record_field::flow)) r.flow = flow_;
    if (fields_.contains(record_field::reporter)) r.reporter = china_;
    if (reads(gacc_column::period)) {
      const std::size_t i = at(gacc_column::period);
      const std::string_view cell = detail::trim_blanks(f[i]);
      int y = 0, m = 0;
      if (!(cell.size() == 6 && detail::parse_digits(cell.substr(0, 4), 4, y) &&
            detail::parse_digits(cell.substr(4), 2, m) && y >= 1 && m >= 1 && m <= 12))
        return field_error{
            i,
            detail::is_gacc_placeholder(cell) ? reject_reason::missing_value : reject_reason::invalid_period,
            quoted(cell) + " is not a month (YYYYMM)"};
      const month row_month{y, m};
      if (period_ && !covers(*period_, row_month))
        return field_error{i, reject_reason::invalid_period,
                           quoted(cell) + " is outside the queried period " + period_text(*period_) +
                               " (gacc_options::period)"};
      r.period = row_month;
    } else {
      r.period = period_ ? *period_ : record{}.period;
    }
    if (reads(gacc_column::partner_code)) {
      const std::size_t i = at(gacc_column::partner_code);
      const std::string_view cell = detail::trim_blanks(f[i]);
      if (!detail::is_gacc_placeholder(cell)) {
        int code = 0;
        std::optional<country> found;
        if (cell.size() == 3 && detail::parse_digits(cell, 3, code) && code >= 100)
          found = find_country(gacc_code{code});
        if (!found)
          return field_error{i, reject_reason::unknown_code,
                             quoted(cell) + " is not a known GACC partner code"};
        r.partner = coded_country{*found, code_scheme::gacc};
        r.aggregate = found->kind() == country_kind::aggregate;
      }
    }
    if (reads(gacc_column::hs)) {
      const std::size_t i = at(gacc_column::hs);
      const std::string_view cell = detail::trim_blanks(f[i]);
      if (!detail::is_gacc_placeholder(cell)) {
        if (!detail::is_hs_digits(cell))
          return field_error{i, reject_reason::unknown_code,
                             quoted(cell) + " is not an HS code (2, 4, 6, 8 or 10 digits, chapter 01-99)"};
        const int y = std::holds_alternative<month>(r.period) ? std::get<month>(r.period).year_number()
                                                              : std::get<year>(r.period).year_number();
        r.commodity = hs_code(cell, edition_ ? *edition_ : china_hs_edition(y));
      }
    }
    if (reads(gacc_column::mode_code)) {
      const std::size_t i = at(gacc_column::mode_code);
      const std::string_view cell = detail::trim_blanks(f[i]);
      if (!detail::is_gacc_placeholder(cell)) {
        int code = 0;
        if (cell.size() != 2 || !detail::parse_digits(cell, 2, code) || code < 10)
          return field_error{i, reject_reason::unknown_code,
                             quoted(cell) + " is not a two-digit trade mode code (10-99)"};
        r.mode = trade_mode(code);
      }
    }
    if (reads(gacc_column::region_code)) {
      const std::size_t i = at(gacc_column::region_code);
      const std::string_view cell = detail::trim_blanks(f[i]);
      if (!detail::is_gacc_placeholder(cell)) {
        int code = 0;
        bool known = false;
        if (cell.size() == 2 && detail::parse_digits(cell, 2, code))
          for (const auto& row : detail::province_rows) known = known || row.code == code;
        if (!known)
          return field_error{i, reject_reason::unknown_code,
                             quoted(cell) + " is not a GB/T 2260 province code"};
        r.region = province::from_gb2260(code);
      }
    }
    if (auto e = read_quantity(f, gacc_column::quantity_1, gacc_column::unit_1, r)) return e;
    if (auto e = read_quantity(f, gacc_column::quantity_2, gacc_column::unit_2, r)) return e;
    for (const gacc_column c : {gacc_column::value_cny, gacc_column::value_usd}) {
      if (!reads(c)) continue;
      const std::size_t i = at(c);
      const std::string_view cell = detail::trim_blanks(f[i]);
      if (detail::is_gacc_placeholder(cell)) continue;
      const char* unit = c == gacc_column::value_cny ? "yuan" : "US dollars";
      std::int64_t v = 0;
      if (auto s = detail::parse_grouped(cell, v); s != detail::number_status::ok) {
        if (s == detail::number_status::overflow)
          return field_error{i, reject_reason::value_overflow,
                             quoted(cell) + " does not fit a 64-bit count of " + unit};
        return field_error{i, reject_reason::bad_number,
                           quoted(cell) + " is not a whole number of " + unit +
                               " (digits, optionally grouped by thousands with commas)"};
      }
      if (c == gacc_column::value_cny)
        r.value_cny = money<CNY>(v);
      else
        r.value_usd = money<USD>(v);
    }
    return std::nullopt;
  }

  std::size_t at(gacc_column c) const noexcept {
    return static_cast<std::size_t>(position_[static_cast<std::size_t>(c)]);
  }

  static bool covers(const record_period& p, const month& m) {
    if (std::holds_alternative<month>(p)) return std::get<month>(p) == m;
    return std::get<year>(p) == year{m};
  }
  static std::string period_text(const record_period& p) {
    if (std::holds_alternative<month>(p)) {
      const month& m = std::get<month>(p);
      return detail::year_month_text(m.year_number(), m.number());
    }
    return std::to_string(std::get<year>(p).year_number());
  }

  // A quantity and its unit: 千克 is the net weight, another unit a counted quantity; 0 with a
  // placeholder unit is "not applicable".
  std::optional<field_error> read_quantity(csv_row f, gacc_column qc,
                                           gacc_column uc, record& r) const {
    using detail::quoted;
    if (!reads(qc)) return std::nullopt;
    const std::size_t qi = at(qc), ui = at(uc);
    const std::string_view q = detail::trim_blanks(f[qi]), u = detail::trim_blanks(f[ui]);
    if (detail::is_gacc_placeholder(q)) return std::nullopt;
    std::int64_t amount = 0;
    if (auto s = detail::parse_grouped(q, amount); s != detail::number_status::ok) {
      if (s == detail::number_status::overflow)
        return field_error{qi, reject_reason::value_overflow, quoted(q) + " does not fit a 64-bit count"};
      return field_error{
          qi, reject_reason::bad_number,
          quoted(q) +
              " is not a whole non-negative quantity (digits, optionally grouped by thousands with commas)"};
    }
    if (detail::is_gacc_placeholder(u)) {
      if (amount == 0) return std::nullopt;
      return field_error{ui, reject_reason::missing_value, "the quantity " + quoted(q) + " has no unit"};
    }
    if (u == "千克") {
      if (!r.net_weight) r.net_weight = kilograms_of(amount);
      return std::nullopt;
    }
    if (u.size() > quantity_unit::max_size)
      return field_error{ui, reject_reason::unknown_code,
                         quoted(u) + " is longer than 15 bytes, too long for a unit"};
    if (!r.quantity) r.quantity = counted_quantity{amount, quantity_unit(u)};
    return std::nullopt;
  }

  trade_flow flow_;
  std::optional<record_period> period_;
  std::optional<hs_version> edition_;
  text_encoding encoding_;
  std::shared_ptr<detail::gbk_input> gbk_;  // the conversion of a GBK file (none for UTF-8)
  record_fields fields_;
  std::uint32_t reads_;  // the columns the projection reads, bit per gacc_column
  coded_country china_{country_from(gacc_code{142}), code_scheme::gacc};
  std::vector<std::string> names_;
  std::vector<int> slots_;
  std::array<int, gacc_column_count> position_{};
};

// A template, with the read functions below, only so that it is compiled where it is used
// (docs/architecture.md, "Compiled when used").
using gacc_row_parser = basic_gacc_row_parser<>;

/** A GACC export as a streaming range of records (see record_reader): iterate it once, then
 *  `report()` accounts for every row. A GBK file is converted to UTF-8 as it streams;
 *  `parser().encoding()` says which the file was read in, `parser().has(c)` which columns it has.
 *  Example: `auto rows = read_gacc("soy.csv", trade_flow::imports);`
 *  `for (const record& r : rows) {}` then `rows.report().balanced()` // true */
using gacc_reader = record_reader<gacc_row_parser>;

namespace detail {

// The source as UTF-8 (converted as it streams when the file is GBK), the encoding it is in and
// the conversion (for a GBK file).
struct gacc_text {
  byte_source utf8;
  text_encoding encoding;
  std::shared_ptr<gbk_input> gbk;
};

template <class = void>
inline gacc_text gacc_utf8_source(byte_source source, const gacc_options& options) {
  text_encoding e = options.encoding;
  if (e == text_encoding::detect) e = detect_encoding(source);
  if (e == text_encoding::utf8) return {std::move(source), e, nullptr};
  if (!options.common.bytes.whole())
    throw read_error(source.name(),
                     "a GBK file cannot be read in byte ranges (read_options::bytes): convert it to UTF-8 "
                     "(iconv -f GBK -t UTF-8), or read it whole");
  auto gbk = std::make_shared<gbk_input>(std::move(source));
  byte_source utf8 = gbk->utf8();
  utf8.keep_alive(gbk);
  return {std::move(utf8), e, std::move(gbk)};
}

}  // namespace detail

/** Reads a GACC query export from any byte source (a stream, memory).
 *  Example: `read_gacc(byte_source::from_memory(text, "q.csv"), trade_flow::exports, {.period = year{2024}})`
 *  // the rows of 2024's exports */
template <class = void>
inline gacc_reader read_gacc(byte_source source, trade_flow flow, gacc_options options = {}) {
  detail::gacc_text text = detail::gacc_utf8_source(std::move(source), options);
  return gacc_reader(std::move(text.utf8), gacc_row_parser(flow, options, text.encoding, std::move(text.gbk)),
                     options.common);
}

/** Reads a GACC query export. The flow is the query's (the file has none).
 *  Example: `read_gacc("gacc_soy_import_2023.csv", trade_flow::imports)`
 *  // 40 records, 402,526,956,940 yuan */
template <class = void>
inline gacc_reader read_gacc(const file_path& path, trade_flow flow, gacc_options options = {}) {
  return read_gacc(byte_source::from_path(path), flow, std::move(options));
}

// Deleted: a GACC export has no flow column (the query chose imports or exports), so the reader
// cannot guess it; pass it, e.g. read_gacc(path, trade_flow::imports).
gacc_reader read_gacc(const file_path&) = delete;                // the file has no flow: pass it
gacc_reader read_gacc(const file_path&, gacc_options) = delete;  // the file has no flow: pass it
gacc_reader read_gacc(byte_source) = delete;                     // the file has no flow: pass it

}  // namespace tradestat

#endif  // TRADESTAT_DATA_GACC_HPP
