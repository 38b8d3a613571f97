// Input formats: a file's format from its first line (the library's detect_format), and opening
// the reader for it.
#ifndef TRADESTAT_CLI_FORMATS_HPP
#define TRADESTAT_CLI_FORMATS_HPP

#include <tradestat/calendar/period_io.hpp>
#include <tradestat/data/baci.hpp>
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/comtrade.hpp>
#include <tradestat/data/detect_format.hpp>
#include <tradestat/data/gacc.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/split.hpp>

#include <cstddef>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "arguments.hpp"

namespace tradestat::cli {

// Telling formats apart, a BACI file's edition from its name and a GACC export's 数据年月 column
// are the library's (data/detect_format.hpp): detect_format, baci_edition_from_name,
// gacc_has_period_column.

/** One input file: its bytes (opened once), its format, for BACI its HS edition, and for GACC
 *  whether it has a 数据年月 column. */
struct input_file {
  std::string path;
  byte_source source;
  input_format format;
  std::optional<hs_version> edition;
  bool gacc_period_column = false;
};

/** The flow a GACC export's rows are: `--flow export` or `--flow import`, required because the
 *  file has no flow column. Throws usage_error. */
inline trade_flow gacc_flow(const input_file& in, const options& o) {
  if (!o.flow || o.flow->total ||
      (o.flow->flow != trade_flow::exports && o.flow->flow != trade_flow::imports))
    throw usage_error(in.path +
                      " is a GACC export, which has no flow column: say which flow its rows are with --flow "
                      "export or --flow import");
  return o.flow->flow;
}

/** The period a GACC export without 数据年月 covers: `--period` as a month or a year. */
inline record_period gacc_period(const input_file& in, const options& o) {
  const std::string why = in.path +
                          " is a GACC export without a 数据年月 column: say which month or year the query "
                          "covered with --period (2024 or 2024-03)";
  if (!o.period) throw usage_error(why);
  try {
    const any_period p = parse<any_period>(*o.period);
    if (const month* m = std::get_if<month>(&p)) return *m;
    if (const year* y = std::get_if<year>(&p)) return *y;
  } catch (const parse_error& e) {
    throw usage_error(why + ": " + e.what());
  }
  throw usage_error(why);
}

/** Opens a file and settles its format: `--format` when given, else detected. Throws read_error
 *  for a file that cannot be opened or is not text (UTF-16, binary data: the library's
 *  require_text, with --format too) and input_error for one whose format is unknown. */
inline input_file open_input(const std::string& path, const options& o) {
  // "-" is standard input, read in chunks (so in one part whatever --threads says).
  byte_source source = path == "-" ? byte_source::from_stream(std::cin, "<stdin>") : byte_source::from_path(path);
  // UTF-16 or binary data is refused whatever --format says: a reader would only see garbage.
  if (source.window().empty()) source.fill();
  require_text(source.window(), source.name());
  std::optional<input_format> format = o.format;
  if (!format) {
    format = detect_format(source.window());
    if (!format)
      throw input_error(path +
                        ": line 1: the first line is not the header of a canonical, GACC or Comtrade file, "
                        "nor a BACI row; give --format");
  }
  std::optional<hs_version> edition;
  if (*format == input_format::baci) edition = o.hs ? o.hs : baci_edition_from_name(path);
  bool period_column = false;
  if (*format == input_format::gacc) {
    if (source.window().empty()) source.fill();
    period_column = gacc_has_period_column(source.window());
  }
  input_file in{path, std::move(source), *format, edition, period_column};
  if (in.format == input_format::gacc) {
    gacc_flow(in, o);
    if (!in.gacc_period_column) gacc_period(in, o);
  }
  return in;
}

namespace detail {

// A header name as the readers compare them: ASCII letters lower-cased, spaces and ASCII
// punctuation dropped ("Trade Value (US$)" is "tradevalueus"), other bytes kept.
inline std::string header_key(std::string_view name) {
  std::string key;
  for (const char c : name) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
      key += c;
    else if (c >= 'A' && c <= 'Z')
      key += static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace detail

/** The names a header of the format gives the column of a currency's value (none: the format
 *  has no such column, as BACI and Comtrade have no CNY). */
inline std::vector<std::string_view> value_column_names(input_format f, currency_choice c) {
  const bool cny = c == currency_choice::cny;
  switch (f) {
    case input_format::canonical:
      return {cny ? "value_cny" : "value_usd"};
    case input_format::gacc:
      return {cny ? "人民币" : "美元"};
    case input_format::comtrade:
      if (cny) return {};
      return {"primaryValue", "Trade Value (US$)"};
    case input_format::baci:
      if (cny) return {};
      return {"v"};
  }
  return {};
}

/** Names the row of the record `reader` just gave, and its cell of currency c's value column,
 *  for a message about a row without that value: `t.csv: line 3: value_cny ""` (the column as
 *  the file's header spells it), or `b.csv: line 2: value_cny (the file has no such column)`. */
template <class Reader>
std::string value_place(const Reader& reader, const std::string& path, input_format f, currency_choice c) {
  std::string text = path + ": line " + std::to_string(reader.line()) + ": ";
  const csv_row fields = reader.fields();
  for (const std::string_view name : value_column_names(f, c)) {
    const std::string key = detail::header_key(name);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const std::string column = reader.parser().column_name(i);
      if (detail::header_key(column) == key) return text + column + " \"" + std::string(fields[i]) + '"';
    }
  }
  return text + (c == currency_choice::cny ? "value_cny" : "value_usd") + " (the file has no such column)";
}

/** Calls `visit(parts)` with the file's readers for its format: `parts` readers (absent: as many
 *  as the file is worth, the library's default_part_count) over byte ranges of the file that cover
 *  it once (split_read), one when the input is read as a stream (standard input, a pipe). `needs_edition` says whether HS codes are written out
 *  (convert), so that a BACI file must say its edition. */
template <class Visit>
void with_readers(input_file& in, const options& o, bool needs_edition, std::optional<std::size_t> parts,
                  Visit&& visit) {
  const read_options ro{.mode = o.strict ? read_mode::strict : read_mode::lenient};
  // Not given: the library's default, a part per core for a large regular file.
  const std::size_t n = !in.source.seekable() ? 1 : parts ? *parts : default_part_count(in.source);
  auto common = [&](byte_range r) {
    read_options c = ro;
    c.bytes = r;
    return c;
  };
  switch (in.format) {
    case input_format::canonical: {
      auto readers = split_read(std::move(in.source), n,
                                [&](byte_source s, byte_range r) { return read_canonical(std::move(s), common(r)); });
      visit(readers);
      return;
    }
    case input_format::baci: {
      if (!in.edition && needs_edition)
        throw usage_error(
            in.path +
            " is a BACI file whose name does not say its HS edition (BACI_HS17_...): give --hs H0..H6");
      // Totals do not depend on the edition, which only labels the product codes.
      const hs_version edition = in.edition.value_or(hs_version::hs2022);
      auto readers = split_read(std::move(in.source), n, [&](byte_source s, byte_range r) {
        return read_baci(std::move(s), edition, common(r));
      });
      visit(readers);
      return;
    }
    case input_format::comtrade: {
      // The canonical slice (partner2 World, customs procedure C00, mode of transport 0), and the
      // aggregate partners and TOTAL rows given flagged, so that summary counts them apart.
      auto readers = split_read(std::move(in.source), n, [&](byte_source s, byte_range r) {
        return read_comtrade(std::move(s), {.aggregates = comtrade_aggregates::include, .common = common(r)});
      });
      visit(readers);
      return;
    }
    case input_format::gacc: {
      const trade_flow flow = gacc_flow(in, o);
      std::optional<record_period> period;
      if (!in.gacc_period_column) period = gacc_period(in, o);
      auto readers = split_read(std::move(in.source), n, [&](byte_source s, byte_range r) {
        gacc_options go{.edition = o.hs, .common = common(r)};
        if (period) go.period = *period;
        return read_gacc(std::move(s), flow, go);
      });
      visit(readers);
      return;
    }
  }
}

}  // namespace tradestat::cli

#endif  // TRADESTAT_CLI_FORMATS_HPP
