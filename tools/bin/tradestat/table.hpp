// `tradestat summary --by DIM [--compare P]`: one row per key, through the library's sum_by (keyed
// tables), compare (comparison tables, overlapping country groups on a membership basis, overlapping
// product groups) and top. The tool only chooses the key and prints the library's figures.
#ifndef TRADESTAT_CLI_TABLE_HPP
#define TRADESTAT_CLI_TABLE_HPP

#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/keyed_table.hpp>
#include <tradestat/analysis/keys.hpp>
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/top.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/calendar/span.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>
#include <tradestat/data/record_access.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/rounding.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "arguments.hpp"
#include "summary.hpp"

namespace tradestat::cli {

/** The dimensions of `--by`: a key of analysis/keys.hpp, or country groups of
 *  codes/catalogue/country_groups.hpp (overlapping). */
inline constexpr std::string_view key_dimensions[] = {"partner", "hs2",  "hs4",    "hs6",      "hs8",
                                                      "mode",    "enterprise", "region", "district", "brand",
                                                      "month",   "quarter",    "half",   "year"};

struct named_group {
  std::string_view name;
  const country_group& (*group)();
};
inline constexpr named_group named_groups[] = {
    {"asean", groups::asean},
    {"central-asia", groups::central_asia},
    {"sco", groups::sco},
    {"eu", groups::eu},
    {"brics", groups::brics},
    {"gcc", groups::gcc},
    {"africa", groups::africa},
    {"latin-america", groups::latin_america_caribbean},
    {"west-asia", groups::west_asia},
    {"middle-east", groups::middle_east},
    {"bri", groups::belt_and_road},
};

/** `--by product-group`: every product group of the library's catalogue (codes/catalogue/product_groups.hpp)
 *  whose codes are HS 2022 codes or digits of any edition, in the catalogue's order. The catalogue's
 *  HS 2017 "new three" is left out: a product group tied to one edition throws for a record of
 *  another (map the codes first), so with it no HS 2022 file could be summarised. */
inline constexpr std::string_view product_group_dimension = "product-group";

inline std::vector<product_group> catalogue_product_groups() {
  namespace pg = product_groups;
  return {pg::wto_agricultural(),
          pg::aquatic_products(),
          pg::agricultural_products(),
          pg::mechanical_electrical(),
          pg::high_tech(),
          pg::textiles(),
          pg::garments(),
          pg::bags(),
          pg::footwear(),
          pg::toys(),
          pg::furniture(),
          pg::plastic_products(),
          pg::labour_intensive(),
          pg::electric_passenger_vehicles(),
          pg::lithium_ion_batteries(),
          pg::solar_cells(),
          pg::new_three(),
          pg::autos_and_parts(),
          pg::electrical_equipment(),
          pg::electronic_components(),
          pg::textile_machinery(),
          pg::walnuts(),
          pg::grapes()};
}

inline bool is_group_dimension(std::string_view d) {
  if (d == "partner-group") return true;
  for (const named_group& g : named_groups)
    if (g.name == d) return true;
  return false;
}

inline std::string dimension_list() {
  std::string out;
  for (std::string_view d : key_dimensions) out += std::string(out.empty() ? "" : ", ") + std::string(d);
  out += ", partner-group";
  for (const named_group& g : named_groups) out += ", " + std::string(g.name);
  out += ", ";
  out += product_group_dimension;
  return out;
}

/** The prior period of `--compare`: read as any period, and of the kind of `--period` (a year with
 *  a year, a quarter with a quarter ...); throws usage_error naming both. */
inline period_window compare_period(const period_window& current, const std::string& text) {
  period_window prior = parse_period_option(text, "--compare");
  static constexpr std::string_view kinds[] = {"a month",          "a quarter",          "a half-year",
                                               "a year",           "a year to date",     "a span of months",
                                               "a span of quarters", "a span of half-years", "a span of years",
                                               "a five-year plan"};
  if (prior.period.index() != current.period.index())
    throw usage_error("--compare " + text + " is " + std::string(kinds[prior.period.index()]) + " and --period " +
                      current.text + " is " + std::string(kinds[current.period.index()]) +
                      ": compare two periods of one kind");
  if (prior.first == current.first && prior.last == current.last)
    throw usage_error("--compare " + text + " is the period of --period " + current.text + ": compare another period");
  return prior;
}

/** Checks --by, --unit, --top and --compare before any file is read (exit 2). */
inline void check_table_options(const options& o) {
  std::size_t groups = 0;
  for (const std::string& d : o.by) {
    if (d == product_group_dimension && o.by.size() > 1)
      throw usage_error("--by " + o.by[0] + "," + o.by[1] +
                        ": product groups overlap, so they do not combine with another dimension: give --by "
                        "product-group alone");
    bool known = is_group_dimension(d) || d == product_group_dimension;
    for (std::string_view k : key_dimensions) known = known || k == d;
    if (!known) throw usage_error("--by \"" + d + "\" is not a dimension (" + dimension_list() + ")");
    if (is_group_dimension(d)) ++groups;
  }
  if (groups > 0 && groups < o.by.size())
    throw usage_error("--by " + o.by[0] + "," + o.by[1] +
                      ": country groups overlap, so they do not combine with another dimension: give them alone");
  if (groups == 0 && o.by.size() == 2) {
    const std::string& second = o.by[1];
    if (o.by[0] == second) throw usage_error("--by " + o.by[0] + "," + second + " names one dimension twice");
    if (second != "month" && second != "quarter" && second != "half" && second != "year")
      throw usage_error("--by " + o.by[0] + "," + second +
                        ": the second of two dimensions is a period (month, quarter, half or year)");
    if (o.compare)
      throw usage_error("--compare " + *o.compare + " with --by " + o.by[0] + "," + second +
                        ": the period dimension would split the rows by period: compare with one dimension");
  }
  if (groups > 0 && !o.period)
    throw usage_error("--by " + o.by[0] + " needs --period: group membership changes over time, and the members are "
                      "those at the end of the period");
  if (o.top && o.by.empty()) throw usage_error("--top " + std::to_string(*o.top) + " needs --by: the rows to rank");
  (void)unit_of(o);
  if (o.compare && o.flow && !o.flow->total && o.flow->flow != trade_flow::exports &&
      o.flow->flow != trade_flow::imports)
    throw usage_error("--compare measures total trade, exports or imports: --flow " +
                      std::string(to_string(o.flow->flow)) + " is none of them");
}

/** One printed row: the library's figures as text, and as bare numbers for markdown, CSV, JSON. */
struct table_row {
  std::string key;
  cell value, prior, growth, share, share_change, contribution;
};

struct table_out {
  std::string by;  // the dimensions as given
  bool overlapping = false;
  std::string overlap;  // overlapping rows: what puts a record in several rows, and what the last row is
  bool compared = false;
  std::vector<table_row> rows;
  std::size_t keys = 0;                 // rows before --top
  std::optional<table_row> unassigned;  // partition: the records without the key
  std::optional<table_row> total;       // partition: the total; overlapping: every record once
};

namespace detail {

/** A ratio cell as the library prints it ("12.5 %", "3.1 percentage points", "no base"), and its
 *  number alone. */
template <class Cell>
cell ratio_text(const Cell& c) {
  const std::string text = to_string(c);
  return {text, c.has_value() ? text.substr(0, text.find(' ')) : std::string()};
}

template <class M, class Row>
table_row compared_row(std::string key, const Row& r, const unit_choice& u) {
  return {std::move(key),        money_cell(r.current, u), money_cell(r.prior, u),         ratio_text(r.growth),
          ratio_text(r.share), ratio_text(r.share_change), ratio_text(r.contribution)};
}

template <class K>
std::string row_key(const K& k) {
  if constexpr (requires { std::tuple_size<K>::value; }) {
    return std::apply([](const auto&... part) {
      std::string out;
      ((out += (out.empty() ? "" : " / ") + std::string(to_string(part))), ...);
      return out;
    }, k);
  } else {
    return std::string(to_string(k));
  }
}

/** The records of the measure --flow names: one flow, or exports and imports (total); aggregate
 *  rows (totals, World) are never summed with the detail rows. */
struct measure_filter {
  flow_choice flow;
  bool operator()(const record& r) const {
    if (r.aggregate) return false;
    if (flow.total) return r.flow == trade_flow::exports || r.flow == trade_flow::imports;
    return r.flow == flow.flow;
  }
};

inline trade_measure measure_of(const flow_choice& f) {
  if (f.total) return trade_measure::total_trade;
  return f.flow == trade_flow::exports ? trade_measure::exports : trade_measure::imports;
}

[[noreturn]] inline void throw_without_value(std::size_t n, std::string_view code) {
  throw input_error(std::to_string(n) + (n == 1 ? " row has" : " rows have") + " no " + std::string(code) +
                    " value, so no table in " + std::string(code) + " covers them");
}

/** The rows of the --compare period that the table sums and that lack the table's currency,
 *  listed (rows_without::list). */
[[noreturn]] inline void throw_without_value(const rows_without& missing, currency_choice c) {
  const std::size_t n = missing.count(c);
  const std::string code = c == currency_choice::cny ? "CNY" : "USD";
  throw input_error(std::to_string(n) + (n == 1 ? " row" : " rows") + " of the --compare period " +
                    (n == 1 ? "has" : "have") + " no " + code + " value, so no table in " + code +
                    " covers them" + missing.list(c));
}

/** The note of a table of overlapping product groups. */
inline std::string product_group_overlap() {
  return "overlapping: a record counts in every product group its HS code lies in, so the rows do not add up "
         "and there is no total row; \"all products\" counts every record once and is the base of the shares; "
         "groups without records are not listed";
}

/** --by KEY without --compare: the library's sum_by table (computed while reading) as rows, the
 *  library's top N of them with --top. */
template <class C, class Table>
table_out sum_table(const Table& t, const options& o, const unit_choice& u) {
  if (t.whole().absent() != 0) throw_without_value(static_cast<std::size_t>(t.whole().absent()), C::alpha);
  table_out out;
  out.keys = t.size();
  for (const auto& r : o.top ? top(t, *o.top) : t.rows())
    out.rows.push_back({row_key(r.key), money_cell(r.value.value(), u), {}, {}, {}, {}, {}});
  if constexpr (Table::rows_overlap) {  // product groups: no row of the records in none, no total
    out.overlapping = true;
    out.overlap = product_group_overlap();
    out.total = table_row{"all products", money_cell(t.whole().value(), u), {}, {}, {}, {}, {}};
    return out;
  }
  if (t.unkeyed().records() != 0)
    out.unassigned = table_row{"(no " + o.by[0] + (o.by.size() > 1 ? "," + o.by[1] : "") + ")",
                               money_cell(t.unkeyed().value(), u), {}, {}, {}, {}, {}};
  out.total = table_row{"total", money_cell(t.whole().value(), u), {}, {}, {}, {}, {}};
  return out;
}

/** The periods of a comparison as spans of months: one kind for every period the tool reads. */
inline span<month> months_of(const period_window& w) { return span<month>{w.first, w.last}; }

/** --by KEY --compare P (or --compare alone, by flow): the library's compare of the two periods'
 *  sum_by tables (each computed while reading). */
template <class C, class Table>
table_out compare_table(const Table& current_table, const Table& prior_table, const period_window& current,
                        const period_window& prior, const options& o, const unit_choice& u) {
  const auto t = compare(current_table, prior_table, months_of(current), months_of(prior), pairing::any);
  if (t.rows_without_value() != 0) throw_without_value(t.rows_without_value(), C::alpha);
  table_out out;
  out.compared = true;
  out.keys = t.size();
  for (const auto& e : o.top ? top(t, *o.top) : t.rows())
    out.rows.push_back(compared_row<money<C>>(row_key(e.key), e.row, u));
  if constexpr (std::remove_cvref_t<decltype(t)>::overlapping) {  // product groups
    out.overlapping = true;
    out.overlap = product_group_overlap();
    out.total = compared_row<money<C>>("all products", t.total(), u);
  } else {
    const auto rest = t.unassigned();
    if (rest.current != money<C>{} || rest.prior != money<C>{})
      out.unassigned = compared_row<money<C>>("(no " + o.by[0] + ")", rest, u);
    out.total = compared_row<money<C>>("total", t.total(), u);
  }
  return out;
}

/** --by with country groups: the library's compare over overlapping groups (a record counts in
 *  every group its partner belongs to at the end of --period); without --compare, the period
 *  compared with itself gives the values. */
template <class C>
table_out group_table(const std::vector<record>& records, const period_window& current,
                      const std::optional<period_window>& prior, const options& o, const unit_choice& u) {
  const flow_choice flow = o.flow.value_or(flow_choice{true});
  const span<month> now = months_of(current);
  const span<month> before = prior ? months_of(*prior) : now;
  const auto t = compare<C>(records | where(measure_filter{flow}), now, before,
                            {groups::asean(), groups::central_asia(), groups::sco(), groups::eu(), groups::brics(),
                             groups::gcc(), groups::africa(), groups::latin_america_caribbean(), groups::west_asia(),
                             groups::middle_east(), groups::belt_and_road()},
                            {.measure = measure_of(flow), .periods = pairing::any});
  if (t.rows_without_value() != 0) throw_without_value(t.rows_without_value(), C::alpha);
  table_out out;
  out.overlapping = true;
  out.overlap =
      "overlapping: a record counts in every group its partner belongs to (members at the end of --period), so "
      "the rows do not add up and there is no total row; \"all partners\" counts every record once and is the "
      "base of the shares";
  out.compared = prior.has_value();
  auto asked = [&](const group_key& k) {
    for (const std::string& d : o.by)
      if (d == "partner-group") return true;
    for (const named_group& g : named_groups)
      for (const std::string& d : o.by)
        if (d == g.name && k == group_key{g.group()}) return true;
    return false;
  };
  // The groups asked for, in the table's order or, with --top, in the order of the library's top
  // (by current value, ties in table order) and the first N of them.
  std::vector<typename std::remove_cvref_t<decltype(t)>::entry> rows;
  for (const auto& e : o.top ? top(t, t.size()) : t.rows())
    if (asked(e.key)) rows.push_back(e);
  out.keys = rows.size();
  if (o.top && rows.size() > *o.top) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(*o.top), rows.end());
  for (const auto& e : rows) {
    table_row r = compared_row<money<C>>(to_string(e.key), e.row, u);
    if (!prior) r.prior = r.growth = r.share_change = r.contribution = {};
    out.rows.push_back(std::move(r));
  }
  table_row all = compared_row<money<C>>("all partners", t.total(), u);
  if (!prior) all.prior = all.growth = all.share_change = all.contribution = {};
  out.total = std::move(all);
  return out;
}

/** Calls f(key) with the grouping key of a dimension (analysis/keys.hpp). */
template <class F>
decltype(auto) with_key(std::string_view d, F&& f) {
  if (d == "partner") return f(by_partner);
  if (d == "hs2") return f(by_hs2);
  if (d == "hs4") return f(by_hs4);
  if (d == "hs6") return f(by_hs6);
  if (d == "hs8") return f(by_hs8);
  if (d == "mode") return f(by_mode);
  if (d == "enterprise") return f(by_enterprise);
  if (d == "region") return f(by_region);
  if (d == "district") return f(by_district);
  if (d == "brand") return f(by_brand);
  if (d == "month") return f(by_month);
  if (d == "quarter") return f(by_quarter);
  if (d == "half") return f(by_half);
  if (d == "year") return f(by_year);
  throw usage_error("--by \"" + std::string(d) + "\" is not a dimension (" + dimension_list() + ")");
}

/** The value of a record in currency C, as sum_by sums it. */
template <class C>
struct value_in {
  auto operator()(const record& r) const { return value<C>(r); }
};

}  // namespace detail

/** A table computed while the records are read: add(r, in_prior) takes each record of --period
 *  (or of --compare), finish(...) gives the rows. Memory is that of the table, not of the file. */
struct table_builder {
  virtual ~table_builder() = default;
  virtual void add(const record& r, bool in_prior) = 0;
  /** Adds the table of the records that follow (another part of the file): a builder of the same
   *  options, from make_table_builder. */
  virtual void merge(table_builder& later) = 0;
  virtual table_out finish(currency_choice currency, const summary& s, const std::optional<period_window>& prior,
                           const options& o, const unit_choice& u) = 0;
};

namespace detail {

/** A partition key: the library's sum_by states (CNY and USD, since the currency is chosen once
 *  every file is read) of the period and, with Compared, of the prior period. */
template <class Key, bool Compared>
class keyed_builder final : public table_builder {
 public:
  keyed_builder(const Key& key, const options& o)
      : measure_{o.flow.value_or(flow_choice{true})},
        cny_{sum_by(key, value_in<CNY>{})},
        usd_{sum_by(key, value_in<USD>{})},
        cur_cny_{cny_.template start<record>()},
        cur_usd_{usd_.template start<record>()},
        prior_cny_{cny_.template start<record>()},
        prior_usd_{usd_.template start<record>()} {}

  void add(const record& r, bool in_prior) override {
    if (!measure_(r)) return;
    cny_.add(in_prior ? prior_cny_ : cur_cny_, r);
    usd_.add(in_prior ? prior_usd_ : cur_usd_, r);
  }

  void merge(table_builder& later) override {
    auto& b = static_cast<keyed_builder&>(later);
    cur_cny_.merge(b.cur_cny_);
    cur_usd_.merge(b.cur_usd_);
    prior_cny_.merge(b.prior_cny_);
    prior_usd_.merge(b.prior_usd_);
  }

  table_out finish(currency_choice currency, const summary& s, const std::optional<period_window>& prior,
                   const options& given, const unit_choice& u) override {
    options o = given;
    if (o.by.empty()) o.by = {"flow"};  // --compare alone: by flow
    if constexpr (Compared) {
      if (prior) {
        return currency == currency_choice::cny ? compare_table<CNY>(cur_cny_, prior_cny_, *s.period, *prior, o, u)
                                                 : compare_table<USD>(cur_usd_, prior_usd_, *s.period, *prior, o, u);
      }
    }
    return currency == currency_choice::cny ? sum_table<CNY>(cur_cny_, o, u) : sum_table<USD>(cur_usd_, o, u);
  }

 private:
  measure_filter measure_;
  sum_by_of<Key, value_in<CNY>> cny_;
  sum_by_of<Key, value_in<USD>> usd_;
  decltype(cny_.template start<record>()) cur_cny_;
  decltype(usd_.template start<record>()) cur_usd_;
  decltype(cny_.template start<record>()) prior_cny_;
  decltype(usd_.template start<record>()) prior_usd_;
};

/** Country groups: overlapping, on the membership of the end of --period, through the library's
 *  one-pass compare over records; these records are kept (the library has no streaming form of
 *  that comparison yet). */
class group_builder final : public table_builder {
 public:
  void add(const record& r, bool) override { kept_.push_back(r); }
  void merge(table_builder& later) override {
    auto& b = static_cast<group_builder&>(later);
    kept_.insert(kept_.end(), b.kept_.begin(), b.kept_.end());
  }
  table_out finish(currency_choice currency, const summary& s, const std::optional<period_window>& prior,
                   const options& o, const unit_choice& u) override {
    return currency == currency_choice::cny ? group_table<CNY>(kept_, *s.period, prior, o, u)
                                             : group_table<USD>(kept_, *s.period, prior, o, u);
  }

 private:
  std::vector<record> kept_;
};

}  // namespace detail

// The builders are made in their own translation units (table_keys.cpp and one table_pairs_*.cpp
// per period key): each key instantiates the library's sum_by and compare for both currencies, and
// the 14 keys and their 56 pairs with a period compile in parallel there instead of in one long file.

/** A builder for --by with one dimension, a group dimension, or --compare alone (table_keys.cpp). */
std::unique_ptr<table_builder> make_key_builder(const options& o);

namespace detail {

/** A builder for --by DIM,PERIOD with the period key given: the library's tuple key
 *  by(key, period key) for each of the 14 keys. */
template <class PeriodKey>
std::unique_ptr<table_builder> pair_builder(const options& o, const PeriodKey& second) {
  return with_key(o.by[0], [&](const auto& first) -> std::unique_ptr<table_builder> {
    using key = std::remove_cvref_t<decltype(by(first, second))>;
    return std::make_unique<keyed_builder<key, false>>(by(first, second), o);
  });
}

}  // namespace detail

/** Builders for --by DIM,month (table_pairs_month.cpp), DIM,quarter, DIM,half and DIM,year. */
std::unique_ptr<table_builder> make_month_pair_builder(const options& o);
std::unique_ptr<table_builder> make_quarter_pair_builder(const options& o);
std::unique_ptr<table_builder> make_half_pair_builder(const options& o);
std::unique_ptr<table_builder> make_year_pair_builder(const options& o);

/** A builder for --by DIM,PERIOD: the second dimension is a period (the arguments are checked). */
inline std::unique_ptr<table_builder> make_pair_builder(const options& o) {
  if (o.by[1] == "month") return make_month_pair_builder(o);
  if (o.by[1] == "quarter") return make_quarter_pair_builder(o);
  if (o.by[1] == "half") return make_half_pair_builder(o);
  return make_year_pair_builder(o);
}

/** The table of --by and --compare, ready to take records as they are read. */
inline std::unique_ptr<table_builder> make_table_builder(const options& o) {
  // Two group dimensions (--by asean,eu) are groups, not a pair.
  return o.by.size() == 2 && !is_group_dimension(o.by[0]) ? make_pair_builder(o) : make_key_builder(o);
}

namespace detail {

inline std::string csv_header_cell(std::string_view s) { return csv_cell(s); }

}  // namespace detail

/** Prints a table in the output format asked for. Overlapping rows say so in every format, and
 *  have no total row: their last row is every record once, the base of their shares. */
inline void print_table(std::ostream& out, const summary& s, const std::optional<period_window>& prior,
                        table_builder& table, const options& o, currency_choice currency,
                        const unit_choice& unit) {
  table_out t = table.finish(currency, s, prior, o, unit);
  if (o.by.empty()) t.by = "flow";  // --compare alone
  if (t.by.empty())
    for (const std::string& d : o.by) t.by += (t.by.empty() ? "" : ",") + d;
  const char* code = currency == currency_choice::cny ? "CNY" : "USD";
  const flow_choice flow = o.flow.value_or(flow_choice{true});
  const std::string measure = flow.total ? "total trade (export + import)" : std::string(to_string(flow.flow));
  const std::string units = unit_text(code, unit);
  const std::string rows_are =
      t.overlapping ? t.overlap
                    : "a partition: each record in one row, so the rows (and the row without the key) add up to the total";
  auto rows_of = [&](auto&& each) {
    for (const table_row& r : t.rows) each(r, t.overlapping ? "overlapping" : "partition");
    if (t.unassigned) each(*t.unassigned, "no_key");
    if (t.total) each(*t.total, t.overlapping ? "all_records" : "total");
  };
  switch (o.output) {
    case output_format::text: {
      out << "files:";
      for (const file_account& f : s.files) out << ' ' << f.path << " (" << format_name(f.format) << ')';
      out << '\n';
      if (s.period)
        out << "period: " << s.period->text << " (" << to_string(s.period->first) << ".." << to_string(s.period->last)
            << "); " << s.outside_period << (s.outside_period == 1 ? " row" : " rows") << " outside it\n";
      else
        out << "period: all rows\n";
      if (prior)
        out << "compared with: " << prior->text << " (" << to_string(prior->first) << ".." << to_string(prior->last)
            << "); " << s.in_prior << (s.in_prior == 1 ? " row" : " rows") << " in it\n";
      out << "values: " << units << '\n' << "measure: " << measure << '\n';
      out << "by " << t.by << ": " << rows_are << '\n';
      if (o.top && t.keys > t.rows.size())
        out << "top " << *o.top << " of " << t.keys << " rows by value\n";
      rows_of([&](const table_row& r, std::string_view) {
        out << r.key << ": " << r.value.text;
        if (!r.prior.text.empty())
          out << "; prior " << r.prior.text << "; growth " << r.growth.text << "; share " << r.share.text
              << "; share change " << r.share_change.text << "; contribution " << r.contribution.text;
        out << '\n';
      });
      return;
    }
    case output_format::markdown: {
      out << "| " << t.by << " | value (" << code << (unit.exponent ? ", " + unit.name : std::string()) << ") |";
      if (t.compared) out << " prior | growth % | share % | share change (pp) | contribution (pp) |";
      out << "\n| --- | ---: |";
      if (t.compared) out << " ---: | ---: | ---: | ---: | ---: |";
      out << '\n';
      rows_of([&](const table_row& r, std::string_view kind) {
        const bool bold = kind == "total" || kind == "all_records";
        auto c = [&](const cell& x) { return x.plain.empty() && !x.text.empty() ? std::string("no base") : x.plain; };
        out << "| " << (bold ? "**" + r.key + "**" : r.key) << " | " << r.value.plain << " |";
        if (t.compared)
          out << ' ' << r.prior.plain << " | " << c(r.growth) << " | " << c(r.share) << " | " << c(r.share_change)
              << " | " << c(r.contribution) << " |";
        out << '\n';
      });
      out << "\nRows: " << rows_are << ".\n";
      return;
    }
    case output_format::csv: {
      out << "key,value";
      if (t.compared) out << ",prior,growth_pct,share_pct,share_change_pp,contribution_pp";
      out << ",rows_are\n";
      rows_of([&](const table_row& r, std::string_view kind) {
        out << detail::csv_cell(r.key) << ',' << r.value.plain;
        if (t.compared)
          out << ',' << r.prior.plain << ',' << r.growth.plain << ',' << r.share.plain << ',' << r.share_change.plain
              << ',' << r.contribution.plain;
        out << ',' << kind << '\n';
      });
      return;
    }
    case output_format::json: {
      auto number = [](const cell& c) { return c.plain.empty() ? std::string("null") : c.plain; };
      auto row_json = [&](const table_row& r) {
        std::string j = "{\"key\": " + detail::json_string(r.key) + ", \"value\": " + r.value.plain;
        if (t.compared)
          j += ", \"prior\": " + number(r.prior) + ", \"growth_pct\": " + number(r.growth) +
               ", \"share_pct\": " + number(r.share) + ", \"share_change_pp\": " + number(r.share_change) +
               ", \"contribution_pp\": " + number(r.contribution);
        return j + "}";
      };
      out << "{\n";
      json_files(out, s);
      out << ",\n  \"period\": ";
      if (s.period)
        out << "{\"text\": " << detail::json_string(s.period->text) << ", \"first\": \"" << to_string(s.period->first)
            << "\", \"last\": \"" << to_string(s.period->last) << "\", \"rows_outside\": " << s.outside_period << '}';
      else
        out << "null";
      out << ",\n  \"compare\": ";
      if (prior)
        out << "{\"text\": " << detail::json_string(prior->text) << ", \"first\": \"" << to_string(prior->first)
            << "\", \"last\": \"" << to_string(prior->last) << "\", \"rows_in\": " << s.in_prior << '}';
      else
        out << "null";
      out << ",\n  \"currency\": \"" << code << "\", \"scale_exponent\": " << unit.exponent
          << ", \"rounding\": " << (unit.exponent ? "\"half up, 2 decimals\"" : "\"exact\"")
          << ",\n  \"measure\": " << detail::json_string(measure) << ",\n  \"by\": " << detail::json_string(t.by)
          << ",\n  \"rows_are\": \"" << (t.overlapping ? "overlapping" : "partition") << "\",\n  \"rows\": [";
      for (std::size_t i = 0; i < t.rows.size(); ++i) out << (i ? ",\n    " : "\n    ") << row_json(t.rows[i]);
      out << "\n  ],\n  \"unassigned\": " << (t.unassigned ? row_json(*t.unassigned) : "null")
          << ",\n  \"total\": " << (t.total && !t.overlapping ? row_json(*t.total) : "null")
          << ",\n  \"all_records\": " << (t.total && t.overlapping ? row_json(*t.total) : "null") << "\n}\n";
      return;
    }
  }
}

}  // namespace tradestat::cli

#endif  // TRADESTAT_CLI_TABLE_HPP
