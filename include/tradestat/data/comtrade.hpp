// The UN Comtrade CSV reader: the current 47-column layout (typeCode ... isAggregate) and the
// legacy layout (Classification, Year, Period, Trade Flow Code ...), told apart by the header.
// Comtrade ships aggregate and breakdown rows beside the detail rows; by default the reader gives
// only the canonical slice (partner2Code World, customsCode C00, motCode 0) of country partners and
// sets the rest aside, counted in the report (rows_set_aside, by set_aside_reason), so that summing
// what it yields never counts a flow twice.
#ifndef TRADESTAT_DATA_COMTRADE_HPP
#define TRADESTAT_DATA_COMTRADE_HPP

#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/detail/field_parse.hpp>
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
#include <vector>

namespace tradestat {

/** The two CSV layouts Comtrade has published. Example: `comtrade_layout::current` (47 columns) */
enum class comtrade_layout : std::uint8_t { current, legacy };

/** Which rows of the breakdowns by second partner, customs procedure and mode of transport to give.
 *  `canonical_slice` (default): only partner2Code World (0), customsCode C00, motCode 0, the rows
 *  whose sum is the total; `all`: every row (their sum counts each flow more than once). */
enum class comtrade_rows : std::uint8_t { canonical_slice, all };

/** What to do with aggregate rows: partner World (0) or another aggregate partner ("nes" areas,
 *  bunkers, free zones: `country_kind::aggregate`), or commodity TOTAL. `set_aside` (default): give
 *  only detail rows; `only`: give only the aggregate rows; `include`: give both, the aggregate ones
 *  flagged `record::aggregate`. Example: `comtrade_options{.aggregates = comtrade_aggregates::only}` */
enum class comtrade_aggregates : std::uint8_t { set_aside, only, include };

/** How to read a Comtrade file: Comtrade's choices, and what every reader takes (`common`).
 *  Rows not given are set aside, counted in the report by set_aside_reason: breakdown (outside
 *  the canonical slice), aggregate (aggregate partner or TOTAL commodity, when set aside), detail
 *  (detail rows when only aggregates are asked for), processing (MIP, XIP, MOP, XOP: parts of M
 *  and X, never given).
 *  Example: `comtrade_options{.rows = comtrade_rows::all, .common = {.mode = read_mode::strict}}` */
struct comtrade_options {
  comtrade_rows rows = comtrade_rows::canonical_slice;
  comtrade_aggregates aggregates = comtrade_aggregates::set_aside;
  read_options common{};
};

/** The Comtrade fields of a row that a record does not hold: the breakdown it belongs to.
 *  Example: for a canonical row `canonical()` // true */
struct comtrade_breakdown {
  std::optional<coded_country> partner2{};  // partner2Code: World (0) in canonical rows
  std::string customs_code = "C00";         // customsCode: C00 is all customs procedures
  int mot_code = 0;                         // motCode: 0 is all modes of transport

  /** True for the canonical slice: partner2 World (or not given), C00 and 0. */
  bool canonical() const noexcept {
    const bool world = !partner2 || partner2->country == country_from(comtrade_code{0});
    return world && customs_code == "C00" && mot_code == 0;
  }
};

namespace detail {

// Header names compared without case, spaces or punctuation: "Trade Value (US$)" is "tradevalueus".
inline std::string comtrade_key(std::string_view name) {
  std::string k;
  for (const char c : name) {
    if (c >= 'A' && c <= 'Z')
      k += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      k += c;
  }
  return k;
}

// The fields the reader uses, with their names in the current and the legacy layout.
enum class comtrade_field : std::uint8_t {
  freq,
  ref_year,
  ref_month,
  period,
  reporter,
  flow,
  partner,
  partner2,
  classification,
  commodity,
  customs,
  mot,
  net_weight,
  net_weight_estimated,
  value,
};
inline constexpr std::size_t comtrade_field_count = 15;

struct comtrade_field_names {
  std::string_view current, legacy;  // empty: the layout has no such column
  bool required_current, required_legacy;
};

inline constexpr std::array<comtrade_field_names, comtrade_field_count> comtrade_fields{{
    {"freqCode", "", true, false},
    {"refYear", "Year", true, false},
    {"refMonth", "", true, false},
    {"period", "Period", false, true},
    {"reporterCode", "Reporter Code", true, true},
    {"flowCode", "Trade Flow Code", true, true},
    {"partnerCode", "Partner Code", true, true},
    {"partner2Code", "2nd Partner Code", true, false},
    {"classificationCode", "Classification", true, true},
    {"cmdCode", "Commodity Code", true, true},
    {"customsCode", "Customs Proc. Code", true, false},
    {"motCode", "Mode of Transport Code", true, false},
    {"netWgt", "Netweight (kg)", false, false},
    {"isNetWgtEstimated", "", false, false},
    {"primaryValue", "Trade Value (US$)", true, true},
}};

// Whole kilograms from a decimal number of kilograms, half up: Comtrade prints weights with
// grams ("1610.557"), the record holds kilograms.
constexpr number_status parse_kilograms_half_up(std::string_view s, std::int64_t& out) noexcept {
  const std::size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  std::int64_t kg = 0;
  if (auto st = parse_whole(whole, false, kg); st != number_status::ok) return st;
  if (dot != std::string_view::npos) {
    const std::string_view frac = s.substr(dot + 1);
    if (frac.empty()) return number_status::malformed;
    for (const char c : frac)
      if (c < '0' || c > '9') return number_status::malformed;
    if (frac[0] >= '5') {
      if (kg == std::numeric_limits<std::int64_t>::max()) return number_status::overflow;
      ++kg;
    }
  }
  out = kg;
  return number_status::ok;
}

}  // namespace detail

/** Comtrade's row parser (see record_reader). It reads every well-formed row into a record and
 *  sets aside the rows outside the selection the options ask for (`set_aside()`), remembering the
 *  row's breakdown. Under a projection (read_options::fields) the columns of fields left out are
 *  not read, except those the selection needs: flowCode, partner2Code, customsCode and motCode
 *  always, partnerCode (and cmdCode for TOTAL) for the aggregate flag or unless aggregates are
 *  included. Reporter and partner are Comtrade codes
 *  (USA 842, World 0); annual rows (refMonth 52) have a year as period, monthly rows a month; the
 *  value is primaryValue (CIF for imports, FOB for exports) in whole US dollars; the net weight is
 *  rounded half up to whole kilograms (0 or empty: absent, as Comtrade writes 0 where it has no
 *  weight); cells are trimmed of stray spaces.
 *  Example: the sample's 2018 row gives period year{2018}, flow imports, partner comtrade 842,
 *  commodity 8542 (HS 2017), value_usd == money<USD>{12'018'316'937}. */
template <class = void>
class basic_comtrade_row_parser {
 public:
  explicit basic_comtrade_row_parser(comtrade_options options = {}) : options_(options) {
    position_.fill(-1);
  }

  bool read_header(csv_row fields, const std::string& file) {
    names_.assign(fields.begin(), fields.end());
    position_.fill(-1);
    std::vector<std::string> keys;
    keys.reserve(fields.size());
    for (const auto f : fields) keys.push_back(detail::comtrade_key(f));
    // Compared as the columns are found (without case, spaces or punctuation): a second
    // primaryValue would otherwise be ignored, the first copy read, whichever is right.
    if (auto twice = detail::duplicate_column(fields, detail::comtrade_key))
      throw read_error(file, std::move(*twice));
    auto find = [&](std::string_view name) -> int {
      if (name.empty()) return -1;
      const std::string key = detail::comtrade_key(name);
      for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<int>(i);
      return -1;
    };
    if (find("primaryValue") >= 0)
      layout_ = comtrade_layout::current;
    else if (find("Trade Value (US$)") >= 0)
      layout_ = comtrade_layout::legacy;
    else
      throw read_error(
          file,
          "line 1: not a UN Comtrade header: it has neither primaryValue (the current layout) nor "
          "Trade Value (US$) (the legacy layout)");
    const bool current = layout_ == comtrade_layout::current;
    for (std::size_t k = 0; k < detail::comtrade_field_count; ++k) {
      const auto& names = detail::comtrade_fields[k];
      const std::string_view name = current ? names.current : names.legacy;
      position_[k] = find(name);
      if (position_[k] < 0 && (current ? names.required_current : names.required_legacy))
        throw read_error(file, "line 1: the header has no \"" + std::string(name) + "\" column, which the " +
                                   (current ? "current" : "legacy") + " Comtrade layout has");
    }
    return true;
  }

  std::optional<field_error> parse(csv_row f, record& r) {
    using detail::comtrade_field;
    using detail::quoted;
    const std::size_t n = names_.size();
    if (f.size() != n)
      return field_error{
          f.size() < n ? f.size() : n, reject_reason::wrong_column_count,
          "expected " + std::to_string(n) + " fields as in the header, found " + std::to_string(f.size())};
    auto cell = [&](comtrade_field k) { return has(k) ? detail::trim_blanks(f[at(k)]) : std::string_view{}; };
    const record_fields fields = options_.common.fields;
    auto wanted = [&](record_field w) { return fields.contains(w); };
    const bool aggregates_matter = options_.aggregates != comtrade_aggregates::include;
    set_aside_.reset();
    breakdown_ = comtrade_breakdown{};

    if (wanted(record_field::period)) {
      if (auto e = read_period(f, r)) return e;
    }

    // Flow: M X RM RX (current), 1 2 3 4 (legacy); processing flows are parts of M and X.
    bool processing = false;
    {
      const std::string_view v = cell(comtrade_field::flow);
      const std::size_t i = at(comtrade_field::flow);
      if (v == "M" || v == "1")
        r.flow = trade_flow::imports;
      else if (v == "X" || v == "2")
        r.flow = trade_flow::exports;
      else if (v == "RX" || v == "3")
        r.flow = trade_flow::re_exports;
      else if (v == "RM" || v == "4")
        r.flow = trade_flow::re_imports;
      else if (v == "MIP" || v == "MOP") {
        processing = true;
        r.flow = trade_flow::imports;
      } else if (v == "XIP" || v == "XOP") {
        processing = true;
        r.flow = trade_flow::exports;
      } else
        return field_error{
            i, reject_reason::unknown_code,
            quoted(v) + " is not a Comtrade flow (M, X, RM, RX, MIP, XIP, MOP, XOP; legacy 1 to 4)"};
    }
    {
      std::optional<coded_country> c;
      if (wanted(record_field::reporter)) {
        if (auto e = read_country(f, comtrade_field::reporter, c)) return e;
        r.reporter = c;
      }
      if (wanted(record_field::partner) || wanted(record_field::aggregate) || aggregates_matter) {
        if (auto e = read_country(f, comtrade_field::partner, c)) return e;
        r.partner = c;
      }
      if (has(comtrade_field::partner2) && !cell(comtrade_field::partner2).empty()) {
        if (auto e = read_country(f, comtrade_field::partner2, c)) return e;
        breakdown_.partner2 = c;
      }
    }
    bool total_commodity = false;
    {
      const std::string_view cls = cell(comtrade_field::classification);
      const std::size_t ci = at(comtrade_field::classification);
      const std::string_view cmd = cell(comtrade_field::commodity);
      const std::size_t i = at(comtrade_field::commodity);
      if (cmd == "TOTAL") {
        total_commodity = true;
      } else if (wanted(record_field::commodity)) {
        if (!(cls.size() == 2 && cls[0] == 'H' && cls[1] >= '0' && cls[1] <= '6'))
          return field_error{ci, reject_reason::unknown_code,
                             quoted(cls) + " is not an HS edition (H0 to H6)"};
        if (!detail::is_hs_digits(cmd))
          return field_error{
              i, reject_reason::unknown_code,
              quoted(cmd) + " is not an HS code (2, 4, 6, 8 or 10 digits, chapter 01-99) or TOTAL"};
        r.commodity = hs_code(cmd, static_cast<hs_version>(cls[1] - '0'));
      }
    }
    if (has(comtrade_field::customs)) {
      const std::string_view v = cell(comtrade_field::customs);
      if (!v.empty()) {
        if (v.size() > 8)
          return field_error{at(comtrade_field::customs), reject_reason::unknown_code,
                             quoted(v) + " is not a customs procedure code (C00 ...)"};
        breakdown_.customs_code.assign(v);
      }
    }
    if (has(comtrade_field::mot)) {
      const std::string_view v = cell(comtrade_field::mot);
      int code = 0;
      if (!v.empty() && !detail::parse_digits(v, 4, code))
        return field_error{at(comtrade_field::mot), reject_reason::unknown_code,
                           quoted(v) + " is not a mode of transport code (digits, 0 for all)"};
      breakdown_.mot_code = code;
    }
    if (wanted(record_field::value_usd)) {
      const std::string_view v = cell(comtrade_field::value);
      const std::size_t i = at(comtrade_field::value);
      if (v.empty()) return field_error{i, reject_reason::missing_value, "the row has no trade value"};
      std::int64_t dollars = 0;
      if (auto s = detail::parse_fixed(v, 0, false, dollars); s != detail::number_status::ok) {
        if (s == detail::number_status::overflow)
          return field_error{i, reject_reason::value_overflow,
                             quoted(v) + " does not fit a 64-bit count of US dollars"};
        return field_error{i, reject_reason::bad_number,
                           quoted(v) + " is not a non-negative whole number of US dollars"};
      }
      r.value_usd = money<USD>(dollars);
    }
    if (has(comtrade_field::net_weight) && wanted(record_field::net_weight)) {
      const std::string_view v = cell(comtrade_field::net_weight);
      if (!v.empty()) {
        std::int64_t kg = 0;
        if (auto s = detail::parse_kilograms_half_up(v, kg); s != detail::number_status::ok) {
          const std::size_t i = at(comtrade_field::net_weight);
          if (s == detail::number_status::overflow)
            return field_error{i, reject_reason::value_overflow,
                               quoted(v) + " does not fit a 64-bit count of kilograms"};
          return field_error{i, reject_reason::bad_number,
                             quoted(v) + " is not a non-negative number of kilograms"};
        }
        if (kg > 0) {
          r.net_weight = kilograms_of(kg);
          const std::string_view est = cell(comtrade_field::net_weight_estimated);
          r.estimated = est == "True" || est == "true" || est == "1";
        }
      }
    }
    const bool aggregate =
        total_commodity || (r.partner && r.partner->country.kind() == country_kind::aggregate);

    // The selection: processing flows never, breakdowns only when asked, aggregates per the option.
    if (processing)
      set_aside_ = set_aside_reason::processing;
    else if (options_.rows == comtrade_rows::canonical_slice && !breakdown_.canonical())
      set_aside_ = set_aside_reason::breakdown;
    else if (options_.aggregates == comtrade_aggregates::set_aside && aggregate)
      set_aside_ = set_aside_reason::aggregate;
    else if (options_.aggregates == comtrade_aggregates::only && !aggregate)
      set_aside_ = set_aside_reason::detail;
    // Fields read only for the selection stay empty when left out of the projection.
    if (wanted(record_field::aggregate)) r.aggregate = aggregate;
    if (!wanted(record_field::partner)) r.partner.reset();
    if (!wanted(record_field::flow)) r.flow = record{}.flow;
    if (!wanted(record_field::estimated)) r.estimated = false;
    return std::nullopt;
  }

  std::string column_name(std::size_t i) const {
    if (i < names_.size()) return names_[i];
    return "column " + std::to_string(i + 1);
  }

  /** The layout the header showed. */
  comtrade_layout layout() const noexcept { return layout_; }
  /** Why the last row read is set aside (empty: it is given). */
  std::optional<set_aside_reason> set_aside() const noexcept { return set_aside_; }
  /** The last row's breakdown fields (the current record's, while iterating). */
  const comtrade_breakdown& breakdown() const noexcept { return breakdown_; }

 private:
  bool has(detail::comtrade_field k) const noexcept { return position_[static_cast<std::size_t>(k)] >= 0; }
  std::size_t at(detail::comtrade_field k) const noexcept {
    return static_cast<std::size_t>(position_[static_cast<std::size_t>(k)]);
  }

  std::optional<field_error> read_period(csv_row f, record& r) const {
    using detail::comtrade_field;
    using detail::quoted;
    if (layout_ == comtrade_layout::legacy) {
      const std::size_t i = at(comtrade_field::period);
      const std::string_view v = detail::trim_blanks(f[i]);
      int y = 0, m = 0;
      if (v.size() == 4 && detail::parse_digits(v, 4, y) && y >= 1) {
        r.period = year{y};
        return std::nullopt;
      }
      if (v.size() == 6 && detail::parse_digits(v.substr(0, 4), 4, y) &&
          detail::parse_digits(v.substr(4), 2, m) && y >= 1 && m >= 1 && m <= 12) {
        r.period = month{y, m};
        return std::nullopt;
      }
      return field_error{i, reject_reason::invalid_period,
                         quoted(v) + " is not a year (YYYY) or a month (YYYYMM)"};
    }
    const std::size_t year_i = at(comtrade_field::ref_year), mi = at(comtrade_field::ref_month),
                      fi = at(comtrade_field::freq);
    const std::string_view ys = detail::trim_blanks(f[year_i]), ms = detail::trim_blanks(f[mi]),
                           fs = detail::trim_blanks(f[fi]);
    int y = 0, m = 0;
    if (ys.size() != 4 || !detail::parse_digits(ys, 4, y) || y < 1)
      return field_error{year_i, reject_reason::invalid_period, quoted(ys) + " is not a year (YYYY)"};
    if (!detail::parse_digits(ms, 2, m) || !((m >= 1 && m <= 12) || m == 52))
      return field_error{mi, reject_reason::invalid_period,
                         quoted(ms) + " is not a month (1-12) or 52 (a year)"};
    if (fs == "A" && m != 52)
      return field_error{mi, reject_reason::invalid_period,
                         "an annual row (freqCode A) has refMonth 52, not " + quoted(ms)};
    if (fs == "M" && m == 52)
      return field_error{mi, reject_reason::invalid_period,
                         "a monthly row (freqCode M) has refMonth 1-12, not " + quoted(ms)};
    if (fs != "A" && fs != "M")
      return field_error{fi, reject_reason::invalid_period, quoted(fs) + " is not a frequency (A or M)"};
    if (m == 52)
      r.period = year{y};
    else
      r.period = month{y, m};
    return std::nullopt;
  }

  std::optional<field_error> read_country(csv_row f, detail::comtrade_field k,
                                          std::optional<coded_country>& out) const {
    const std::size_t i = at(k);
    const std::string_view v = detail::trim_blanks(f[i]);
    int code = 0;
    std::optional<country> found;
    if (detail::parse_digits(v, 3, code)) {
      found = find_country(comtrade_code{code});
      // Current Comtrade files name Italy 380 (the ISO code) where the code table, following the
      // reference notes, has 381: read both as Italy until the table settles it (unconfirmed which
      // years use which).
      if (!found && code == 380) found = find_country(comtrade_code{381});
    }
    if (!found)
      return field_error{i, reject_reason::unknown_code,
                         detail::quoted(v) + " is not a known Comtrade country code"};
    out = coded_country{*found, code_scheme::comtrade};
    return std::nullopt;
  }

  comtrade_options options_;
  comtrade_layout layout_ = comtrade_layout::current;
  std::vector<std::string> names_;
  std::array<int, detail::comtrade_field_count> position_{};
  comtrade_breakdown breakdown_;
  std::optional<set_aside_reason> set_aside_;
};

// A template, with the read functions below, only so that it is compiled where it is used
// (docs/architecture.md, "Compiled when used").
using comtrade_row_parser = basic_comtrade_row_parser<>;

/** A Comtrade file as a streaming range of the selected records (see comtrade_options): iterate it
 *  once, then `report()` accounts for every row (rows read = accepted + rejected + set aside, the
 *  set-aside ones by reason: `report().set_aside(set_aside_reason::breakdown)`).
 *  `parser().layout()` is the layout the header showed, `parser().breakdown()` the current
 *  record's breakdown.
 *  Example: `auto rows = read_comtrade("c.csv"); for (const record& r : rows) total += *r.value_usd;`
 *  // total counts each flow once */
using comtrade_reader = record_reader<comtrade_row_parser>;

/** Reads a UN Comtrade CSV file (current or legacy layout).
 *  Example: `read_comtrade("comtrade_china_imports_8542_from_usa_2016_2024.csv")` // 9 records, one a year */
template <class = void>
inline comtrade_reader read_comtrade(const file_path& path, comtrade_options options = {}) {
  return comtrade_reader(byte_source::from_path(path), comtrade_row_parser(options), options.common);
}

/** Reads Comtrade CSV from any byte source (a stream, memory).
 *  Example: `read_comtrade(byte_source::from_memory(text, "c.csv"), {.rows = comtrade_rows::all})` */
template <class = void>
inline comtrade_reader read_comtrade(byte_source source, comtrade_options options = {}) {
  return comtrade_reader(std::move(source), comtrade_row_parser(options), options.common);
}

}  // namespace tradestat

#endif  // TRADESTAT_DATA_COMTRADE_HPP
