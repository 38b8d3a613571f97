// The CEPII BACI reader: `t,i,j,k,v,q` files (year, exporter, importer, HS6 product, value in
// thousand US dollars, quantity in tonnes), with or without their header.
#ifndef TRADESTAT_DATA_BACI_HPP
#define TRADESTAT_DATA_BACI_HPP

#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/detail/field_parse.hpp>
#include <tradestat/data/read_options.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_reader.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** BACI's row parser (see record_reader). A BACI row is a flow from exporter i to importer j, so
 *  each record is an export with reporter = i and partner = j, both in CEPII codes; the value is
 *  read exactly into whole US dollars (BACI prints thousands with 3 decimals) and the quantity
 *  into kilograms (tonnes with 3 decimals); an empty or NA quantity is absent. The HS edition is
 *  the file's (BACI publishes one file set per edition: HS92, HS96, ... HS22), given by the caller.
 *  Given a projection (read_options::fields), a column whose field is left out is not read: t
 *  (period), i (reporter), j (partner), k (commodity), v (value_usd), q (net_weight).
 *  Example: the row `2022,4,8,010121,5.2,0.3` gives value_usd == money<USD>{5200}, net_weight == 300 kg. */
template <class = void>
class basic_baci_row_parser {
 public:
  explicit basic_baci_row_parser(hs_version edition, record_fields fields = record_fields::all())
      : edition_(edition), fields_(fields) {}

  bool read_header(csv_row fields, const std::string& file) const {
    const std::string_view first = fields.empty() ? std::string_view{} : detail::trim_blanks(fields[0]);
    if (!first.empty() && first[0] >= '0' && first[0] <= '9')
      return false;  // no header: the first row is data
    if (auto twice = detail::duplicate_column(fields, detail::trim_blanks))
      throw read_error(file, std::move(*twice));
    constexpr std::array<std::string_view, 6> names{"t", "i", "j", "k", "v", "q"};
    bool ok = fields.size() == 6 || (fields.size() == 7 && fields[6].empty());
    for (std::size_t c = 0; ok && c < 6; ++c) ok = detail::trim_blanks(fields[c]) == names[c];
    if (!ok)
      throw read_error(
          file, "line 1: the header is not t,i,j,k,v,q (a BACI file starts with that header or with data)");
    return true;
  }

  std::optional<field_error> parse(csv_row f, record& r) const {
    using detail::quoted;
    if (f.size() != 6 && !(f.size() == 7 && f[6].empty()))
      return field_error{f.size() < 6 ? f.size() : 6, reject_reason::wrong_column_count,
                         "expected 6 fields (t,i,j,k,v,q), found " + std::to_string(f.size())};
    const std::string_view t = detail::trim_blanks(f[0]), i = detail::trim_blanks(f[1]),
                           j = detail::trim_blanks(f[2]), k = detail::trim_blanks(f[3]),
                           v = detail::trim_blanks(f[4]), q = detail::trim_blanks(f[5]);
    using enum record_field;
    int y = 0;
    if (fields_.contains(period)) {
      if (t.size() != 4 || !detail::parse_digits(t, 4, y) || y < 1)
        return field_error{0, reject_reason::invalid_period, quoted(t) + " is not a year (YYYY)"};
      r.period = year{y};
    }
    r.flow = trade_flow::exports;
    for (std::size_t c = 1; c <= 2; ++c) {
      if (!fields_.contains(c == 1 ? reporter : partner)) continue;
      const std::string_view code = c == 1 ? i : j;
      int n = 0;
      std::optional<country> found;
      if (detail::parse_digits(code, 3, n)) found = find_country(cepii_code{n});
      if (!found)
        return field_error{c, reject_reason::unknown_code,
                           quoted(code) + " is not a known CEPII country code"};
      (c == 1 ? r.reporter : r.partner) = coded_country{*found, code_scheme::cepii};
    }
    if (fields_.contains(commodity)) {
      // HS6 with its leading zero; files written by tools that read k as a number lose it.
      std::array<char, 6> digits{'0', '0', '0', '0', '0', '0'};
      bool ok = k.size() == 6 || k.size() == 5;
      for (const char c : k) ok = ok && c >= '0' && c <= '9';
      if (ok) {
        for (std::size_t c = 0; c < k.size(); ++c) digits[6 - k.size() + c] = k[c];
        ok = !(digits[0] == '0' && digits[1] == '0');
      }
      if (!ok)
        return field_error{3, reject_reason::unknown_code,
                           quoted(k) + " is not an HS6 code (6 digits, or 5 without the leading zero)"};
      r.commodity = hs_code(std::string_view{digits.data(), 6}, edition_);
    }
    if (fields_.contains(value_usd)) {
      std::int64_t dollars = 0;
      if (auto s = detail::parse_fixed(v, 3, false, dollars); s != detail::number_status::ok) {
        if (s == detail::number_status::overflow)
          return field_error{4, reject_reason::value_overflow,
                             quoted(v) + " thousand USD does not fit a 64-bit count of dollars"};
        return field_error{4, reject_reason::bad_number,
                           quoted(v) + " is not a non-negative value in thousand USD with at most 3 decimals"};
      }
      r.value_usd = money<USD>(dollars);
    }
    if (fields_.contains(net_weight) && !q.empty() && q != "NA") {
      std::int64_t kg = 0;
      if (auto s = detail::parse_fixed(q, 3, false, kg); s != detail::number_status::ok) {
        if (s == detail::number_status::overflow)
          return field_error{5, reject_reason::value_overflow,
                             quoted(q) + " tonnes does not fit a 64-bit count of kilograms"};
        return field_error{
            5, reject_reason::bad_number,
            quoted(q) + " is not a non-negative quantity in tonnes with at most 3 decimals, empty or NA"};
      }
      r.net_weight = kilograms_of(kg);
    }
    return std::nullopt;
  }

  std::string column_name(std::size_t c) const {
    constexpr std::array<std::string_view, 6> names{"t", "i", "j", "k", "v", "q"};
    return c < 6 ? std::string(names[c]) : "column " + std::to_string(c + 1);
  }

  /** The HS edition the file's codes belong to. */
  hs_version edition() const noexcept { return edition_; }

 private:
  hs_version edition_;
  record_fields fields_;
};

// A template, with the read functions below, only so that it is compiled where it is used
// (docs/architecture.md, "Compiled when used").
using baci_row_parser = basic_baci_row_parser<>;

/** The reader's type: a streaming range of records. */
using baci_reader = record_reader<baci_row_parser>;

/** Reads a BACI file of one HS edition as a streaming range of records.
 *  Example: `for (const record& r : read_baci("BACI_HS17_Y2022_V202401.csv", hs_version::hs2017)) total +=
 * *r.value_usd;` */
template <class = void>
inline baci_reader read_baci(const file_path& path, hs_version edition, read_options options = {}) {
  return baci_reader(byte_source::from_path(path), baci_row_parser{edition, options.fields}, options);
}

/** Reads BACI rows from any byte source (a stream, memory).
 *  Example: `read_baci(byte_source::from_memory("2022,4,8,10121,5.2,NA\n"), hs_version::hs2017)` // one
 * record, HS 010121 */
template <class = void>
inline baci_reader read_baci(byte_source source, hs_version edition, read_options options = {}) {
  return baci_reader(std::move(source), baci_row_parser{edition, options.fields}, options);
}

}  // namespace tradestat

#endif  // TRADESTAT_DATA_BACI_HPP
