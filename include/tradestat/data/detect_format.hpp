// Which reader a file needs, from its first line: canonical CSV, a GACC query export, a UN Comtrade
// download or a BACI year file; what a BACI file's name says of its HS edition, and whether a GACC
// export has its period column (数据年月); and whether the first bytes are text at all (not UTF-16,
// not binary data) before any format is guessed. For tools that take files of any format.
#ifndef TRADESTAT_DATA_DETECT_FORMAT_HPP
#define TRADESTAT_DATA_DETECT_FORMAT_HPP

#include <tradestat/codes/hs_code.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/read_report.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** The formats the library's readers read: read_canonical, read_gacc, read_comtrade, read_baci.
 *  Example: `to_string(data_format::gacc)` // "gacc" */
enum class data_format : std::uint8_t { canonical, gacc, comtrade, baci };

/** The format's name, as a command line writes it. Example: `to_string(data_format::baci)` // "baci" */
constexpr std::string_view to_string(data_format f) noexcept {
  switch (f) {
    case data_format::canonical:
      return "canonical";
    case data_format::gacc:
      return "gacc";
    case data_format::comtrade:
      return "comtrade";
    case data_format::baci:
      return "baci";
  }
  return "";
}

namespace detail {

// The first line (after a UTF-8 BOM), without its line end.
constexpr std::string_view first_line_of(std::string_view bytes) noexcept {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string_view line = bytes.substr(0, bytes.find('\n'));
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

// The first line's fields split at commas, trimmed of blanks and quotes: enough to recognise a
// header (no header of these formats quotes a comma).
inline std::vector<std::string_view> first_line_fields(std::string_view bytes) {
  const std::string_view line = first_line_of(bytes);
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = line.find(',', start);
    std::string_view f = line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    while (!f.empty() && (f.front() == ' ' || f.front() == '\t' || f.front() == '"')) f.remove_prefix(1);
    while (!f.empty() && (f.back() == ' ' || f.back() == '\t' || f.back() == '"')) f.remove_suffix(1);
    fields.push_back(f);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return fields;
}

// What the first bytes are when they are not text the readers read (UTF-8 or GBK), and where.
struct not_text {
  enum kind_t : std::uint8_t { none, utf16le_bom, utf16be_bom, utf16le, utf16be, zip, gzip, control };
  kind_t kind = none;
  std::size_t offset = 0;  // for control: the first NUL or control byte
  unsigned char byte = 0;
};

// How many first bytes are looked at for NUL and control bytes.
inline constexpr std::size_t text_check_bytes = 4096;

constexpr not_text find_not_text(std::string_view bytes) noexcept {
  if (bytes.starts_with("\xFF\xFE")) return {not_text::utf16le_bom, 0, 0};
  if (bytes.starts_with("\xFE\xFF")) return {not_text::utf16be_bom, 0, 0};
  if (bytes.starts_with("PK\x03\x04")) return {not_text::zip, 0, 0};
  if (bytes.starts_with("\x1F\x8B")) return {not_text::gzip, 0, 0};
  bytes = bytes.substr(0, text_check_bytes);
  // UTF-16 without BOM: NUL bytes on one side of the pairs only, and on at least a quarter of them
  // (ASCII text as UTF-16 has a NUL in every pair; Chinese text has its commas and digits).
  const std::size_t pairs = bytes.size() / 2;
  std::size_t nul_even = 0, nul_odd = 0;
  for (std::size_t i = 0; i < 2 * pairs; ++i)
    if (bytes[i] == '\0') ++(i % 2 == 0 ? nul_even : nul_odd);
  if (pairs >= 2 && nul_even == 0 && nul_odd * 4 >= pairs) return {not_text::utf16le, 0, 0};
  if (pairs >= 2 && nul_odd == 0 && nul_even * 4 >= pairs) return {not_text::utf16be, 0, 0};
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) return {not_text::control, i, b};
  }
  return {not_text::none, 0, 0};
}

}  // namespace detail

/** Throws read_error (naming `file`, saying what was seen and what to do) when a file's first bytes
 *  are not text the readers read: UTF-16 with a byte-order mark (FF FE, FE FF), UTF-16 without one
 *  (NUL bytes on one side of the byte pairs), a zip or gzip archive, or binary data (a NUL or
 *  control byte other than tab, CR, LF in the first 4096 bytes). UTF-8 (with or without BOM) and
 *  GBK pass. Call it before detect_format or a reader, even when the format is known.
 *  Example: `require_text("\xFF\xFEp\0", "x.csv")` // throws "x.csv: the file is UTF-16 (little-endian, ..." */
inline void require_text(std::string_view first_bytes, const std::string& file) {
  const detail::not_text t = detail::find_not_text(first_bytes);
  if (t.kind == detail::not_text::none) return;
  const std::string converted =
      (file.ends_with(".csv") ? file.substr(0, file.size() - 4) : file) + "-utf8.csv";
  auto utf16 = [&](std::string_view what, std::string_view from) {
    return "the file is UTF-16 (" + std::string(what) + "), not UTF-8 or GBK: convert it first, e.g. iconv -f " +
           std::string(from) + " -t UTF-8 " + file + " > " + converted;
  };
  static constexpr char hex[] = "0123456789ABCDEF";
  switch (t.kind) {
    case detail::not_text::utf16le_bom:
      throw read_error(file, utf16("little-endian, with a byte-order mark", "UTF-16"));
    case detail::not_text::utf16be_bom:
      throw read_error(file, utf16("big-endian, with a byte-order mark", "UTF-16"));
    case detail::not_text::utf16le:
      throw read_error(file, utf16("little-endian, without a byte-order mark", "UTF-16LE"));
    case detail::not_text::utf16be:
      throw read_error(file, utf16("big-endian, without a byte-order mark", "UTF-16BE"));
    case detail::not_text::zip:
      throw read_error(file,
                       "the file is a zip archive (a zipped download or an .xlsx workbook), not CSV text: unzip "
                       "it, or save the sheet as CSV, and give the CSV file");
    case detail::not_text::gzip:
      throw read_error(file, "the file is gzip-compressed, not CSV text: decompress it first, e.g. gunzip -k " + file);
    case detail::not_text::control:
    case detail::not_text::none:
      break;
  }
  const std::string what = t.byte == 0 ? std::string("a NUL byte")
                                       : std::string("a control byte 0x") + hex[t.byte >> 4] + hex[t.byte & 0xF];
  throw read_error(file, "the file holds binary data (" + what + " at offset " + std::to_string(t.offset) +
                             "), not CSV text: give the CSV file itself");
}

/** The format of a file from its first bytes (at least its first line), or nothing when the first
 *  line is no format's, or when the bytes are not text (UTF-16, binary data: see require_text,
 *  which says which). In order: a line with a byte outside ASCII (a Chinese header, UTF-8 or
 *  GBK) is GACC; six fields `t,i,j,k,v,q`, or six starting with a 4-digit year (BACI has files
 *  without header; a trailing comma is allowed), BACI; a header naming refPeriodId, reporterCode,
 *  flowCode, cmdCode, primaryValue (the current layout), Reporter Code, Trade Flow Code or
 *  Commodity Code (the legacy one), Comtrade; a header with `period` and `flow` columns, or of
 *  canonical column names only, canonical (the reader then names any column it does not know). An
 *  empty input (or blank lines only) has no rows in any format: canonical.
 *  Example: `detect_format("t,i,j,k,v,q\n2022,4,8,010121,1.5,2\n")` // data_format::baci */
inline std::optional<data_format> detect_format(std::string_view first_bytes) {
  std::string_view rest = first_bytes;
  if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);
  if (detail::find_not_text(first_bytes).kind != detail::not_text::none) return std::nullopt;
  if (rest.find_first_not_of("\r\n \t") == std::string_view::npos) return data_format::canonical;
  for (const char c : detail::first_line_of(first_bytes))
    if (static_cast<unsigned char>(c) >= 0x80) return data_format::gacc;
  std::vector<std::string_view> f = detail::first_line_fields(first_bytes);
  if (f.size() == 7 && f.back().empty()) f.pop_back();
  if (f.size() == 6) {
    constexpr std::array<std::string_view, 6> baci{"t", "i", "j", "k", "v", "q"};
    bool header = true;
    for (std::size_t i = 0; i < 6; ++i) header = header && f[i] == baci[i];
    const bool data = f[0].size() == 4 && f[0].find_first_not_of("0123456789") == std::string_view::npos;
    if (header || data) return data_format::baci;
  }
  constexpr std::array<std::string_view, 8> comtrade{"refPeriodId",   "reporterCode",    "flowCode",
                                                     "cmdCode",       "primaryValue",    "Reporter Code",
                                                     "Trade Flow Code", "Commodity Code"};
  for (const std::string_view name : f)
    for (const std::string_view c : comtrade)
      if (name == c) return data_format::comtrade;
  bool has_period = false, has_flow = false;
  for (const std::string_view name : f) {
    has_period = has_period || name == "period";
    has_flow = has_flow || name == "flow";
  }
  if (has_period && has_flow) return data_format::canonical;
  bool canonical = true;
  for (std::size_t i = 0; i < f.size() && canonical; ++i) {
    bool known = f[i].empty() && i + 1 == f.size() && i > 0;  // a trailing comma
    for (const canonical_column c : all_canonical_columns) known = known || canonical_column_name(c) == f[i];
    canonical = known;
  }
  if (canonical) return data_format::canonical;
  return std::nullopt;
}

/** The HS edition a BACI file's name gives (`HS92`, `HS96`, `HS02`, `HS07`, `HS12`, `HS17`, `HS22`
 *  in the file name, not in its folders), if any; read_baci needs the edition, which the file's
 *  rows do not say. Example: `baci_edition_from_name("data/BACI_HS17_Y2022_V202401.csv")` // hs_version::hs2017 */
inline std::optional<hs_version> baci_edition_from_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  constexpr std::array<std::pair<std::string_view, hs_version>, 7> editions{{{"HS92", hs_version::hs1992},
                                                                             {"HS96", hs_version::hs1996},
                                                                             {"HS02", hs_version::hs2002},
                                                                             {"HS07", hs_version::hs2007},
                                                                             {"HS12", hs_version::hs2012},
                                                                             {"HS17", hs_version::hs2017},
                                                                             {"HS22", hs_version::hs2022}}};
  for (const auto& [tag, edition] : editions)
    if (name.find(tag) != std::string_view::npos) return edition;
  return std::nullopt;
}

/** Whether a GACC export's first line names the column 数据年月 (the month of each row), in UTF-8 or
 *  in GBK; without it, read_gacc needs the period the query covered (gacc_options::period).
 *  Example: `gacc_has_period_column("数据年月,商品编码\n")` // true */
constexpr bool gacc_has_period_column(std::string_view first_bytes) noexcept {
  const std::string_view line = first_bytes.substr(0, first_bytes.find('\n'));
  return line.find("\xE6\x95\xB0\xE6\x8D\xAE\xE5\xB9\xB4\xE6\x9C\x88") != std::string_view::npos ||  // UTF-8
         line.find("\xCA\xFD\xBE\xDD\xC4\xEA\xD4\xC2") != std::string_view::npos;                    // GBK
}

}  // namespace tradestat

#endif  // TRADESTAT_DATA_DETECT_FORMAT_HPP
