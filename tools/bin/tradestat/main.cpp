// tradestat: summarise and convert customs data files, and check a press release's figures, from
// the command line (DESIGN.md, "Command-line tool"). Exit status 0 on success, 1 on bad input (or
// an inconsistent claim), 2 on bad usage.
#include <tradestat/analysis/claims.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/version.hpp>

#include <cstddef>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "arguments.hpp"
#include "bulletin.hpp"
#include "check.hpp"
#include "formats.hpp"
#include "summary.hpp"
#include "table.hpp"

namespace {

using namespace tradestat;
using namespace tradestat::cli;

constexpr std::string_view usage_text =
    R"(usage: tradestat summary FILE... [--format F] [--period P] [--flow FLOW]
                         [--currency cny|usd] [--output text|markdown|csv|json] [--strict] [--hs H]
                         [--by DIM[,DIM]] [--compare P] [--top N] [--unit U] [--threads N]
       tradestat convert FILE... --to canonical [--format F] [--strict] [--hs H]
                         [--flow FLOW] [--period P]
       tradestat check CLAIMS_FILE [--data FILE... [--format F] [--strict] [--hs H]]
       tradestat bulletin FILE... --period P [--compare P] [--lang en|zh]
                         [--output text|markdown|html] [--chart FILE.svg] [--format F] [--strict] [--hs H]
       tradestat --help
       tradestat --version
)";

constexpr std::string_view help_text = R"(
summary   Totals per flow of every FILE together (FILE - is standard input): rows, value in
          one currency and, when every row has one in a single unit, net weight and quantity;
          with --by or --compare, a table of one row per key. Aggregate rows (totals, World
          partner) are counted and left out of the sums.
convert   Writes the records of every FILE to standard output as canonical CSV (one header, all
          17 columns of docs/reference/canonical-csv.md).
check     Checks the published figures of CLAIMS_FILE against each other (the format:
          docs/reference/claims.md): for each claim with a relation a verdict, consistent,
          inconsistent or undecidable, with the interval arithmetic that decided it. Exit
          status 1 when a claim is inconsistent or a line is not a claim (file:line:column).
          With --data FILE..., each claim whose id names a figure records give (total,
          exports, imports, balance, or a partner group of --by: asean, central_asia, bri, ...;
          with _growth or _share for those kinds) is also checked against that figure,
          computed from the records of the claim's period and the year before.
bulletin  The bulletin of --period against --compare (default: the year before, when --period
          is a year): sentences for total trade, exports and imports, the comparison by partner
          group and, when the records carry HS codes, by product group; in CNY when every record
          has a CNY value, else USD. --output html writes a self-contained page with the
          partner-group bar chart; --chart FILE.svg writes that chart; --lang zh prints Chinese.

options:
  --format F       canonical, gacc, comtrade or baci. Without it each file's format is detected
                   from its first line: a header with non-ASCII (Chinese) names is GACC; 6 fields
                   t,i,j,k,v,q, or 6 fields starting with a 4-digit year, is BACI; a header with
                   refPeriodId, reporterCode, flowCode, cmdCode, primaryValue, Reporter Code,
                   Trade Flow Code or Commodity Code is Comtrade; a header with period and flow
                   columns, or only canonical column names, is canonical. An empty file has no
                   rows. Comtrade files give their canonical slice (partner2 World, customs
                   procedure C00, mode of transport 0); the other breakdown rows and processing
                   flows are counted on standard error as set aside.
  --period P       only rows in P, written as statisticians write it: 2025, 2025年, 2025-03,
                   202503, 2025M03, 2025年3月, "March 2025", 2025Q1, "Q1 2025", 2025年一季度,
                   2025H1, 2025年上半年, "2025 Jan-Nov", "January-November 2025", 2025年1-11月,
                   2021-2025, 2021—2025年, 十四五, 2025-01..2025-06. An annual row that P covers only
                   in part is an error (it cannot be split into months). A GACC export without
                   a 数据年月 column needs it, as the month or year its query covered.
  --flow FLOW      export, import, re-export, re-import, or total (export + import). Without it:
                   every flow with rows, then the total when there are exports and imports.
                   A GACC export has no flow column: --flow export or --flow import is required
                   and says which flow its rows are.
  --currency C     cny or usd. Without it: CNY when every row summed has a CNY value, else USD
                   when every row has a USD value. Rows without a value in the currency: exit 1,
                   naming the first ten (file, line, the value column and its cell).
  --output O       text (default), markdown, csv (header flow,rows,currency,value,net_weight_kg,
                   quantity,quantity_unit,aggregate_rows; with --by or --compare key,value[,prior,
                   growth_pct,share_pct,share_change_pp,contribution_pp],rows_are) or json.
  --by DIM[,DIM]   one row per key: partner, hs2, hs4, hs6, hs8, mode, enterprise, region,
                   district, brand, month, quarter, half, year; a second DIM is a period (month,
                   quarter, half, year). Country groups: partner-group (every group below) or
                   asean, central-asia, sco, eu, brics, gcc, africa, latin-america, west-asia,
                   middle-east, bri (one or more, comma-separated); they need --period (members at
                   its end) and overlap: a record counts in every group of its partner, the rows
                   do not add up and there is no total row ("all partners" is every record once).
                   product-group: the product groups of the library's catalogue with records
                   (mechanical and electrical, high-tech, labour-intensive, new three, ...; codes
                   of HS 2022 or of any edition), given alone; they overlap as country groups do
                   ("all products" is every record once).
  --compare P      the prior period, of the kind of --period: adds prior, growth, share, share
                   change and contribution (percentage points), one decimal rounded half up.
                   Without --by: by flow. The measure is --flow: total (default), export, import.
  --top N          the N rows of largest value, ties in row order (the total stays the total of
                   every row).
  --unit U         yuan, 万元, 亿元, USD (whole units), thousand, million, billion: values at that
                   scale with 2 decimals, rounded half up (四舍五入) from the exact sums.
  --threads N      read each file in N byte ranges on N threads (standard input: one); the output
                   is the same for every N. Default: one per core for a file of 32 MiB or more,
                   no part under 16 MiB.
  --strict         stop at the first bad row (exit 1). Without it bad rows are rejected, counted
                   and summarised on standard error, and the others are read.
  --hs H           the HS edition (H0 = HS 1992 ... H6 = HS 2022) of BACI files whose name does
                   not say it (BACI_HS17_...; convert needs it, summary does not), and of GACC
                   exports instead of the edition China used in the row's year.
  --to canonical   convert's output format. convert writes every record read (for Comtrade, the
                   canonical slice), never filtered by flow or period: it takes --flow and
                   --period only to tell GACC exports what they lack.

Standard error gets one line per file: rows read = accepted + rejected + set aside, then the rejections
(file:line: column: reason: detail; the first 10 per file).
exit status: 0 success, 1 bad input (a file that cannot be read, a bad row with --strict, rows
without the currency asked for, a line of a claims file that is not a claim, an inconsistent
claim), 2 bad usage.
)";

// The per-file account on standard error.
// Comtrade rows accepted but not given (breakdowns outside the canonical slice, processing flows).
inline std::size_t report_set_aside(const read_report& a) {
  std::string line;
  auto add = [&](set_aside_reason why, const char* what) {
    const std::size_t n = a.set_aside(why);
    if (n == 0) return;
    line += (line.empty() ? "" : ", ") + std::to_string(n) + ' ' + what + (n == 1 ? " row" : " rows");
  };
  add(set_aside_reason::breakdown, "breakdown");
  add(set_aside_reason::aggregate, "aggregate");
  add(set_aside_reason::detail, "detail");
  add(set_aside_reason::processing, "processing-flow");
  if (!line.empty())
    std::cerr << "  set aside, not read as records: " << line
              << " (breakdowns outside partner2 World, C00, mode of transport 0; processing flows are "
                 "parts of M and X)\n";
  return a.rows_set_aside;
}

// (A strict read keeps no rejections: its one rejection is the error message that follows.)
void report_rejects(const read_report& r, bool strict) {
  std::cerr << r.summary() << '\n';
  if (strict) return;
  const std::size_t shown = r.rejections.size() < 10 ? r.rejections.size() : 10;
  for (std::size_t i = 0; i < shown; ++i) std::cerr << "  " << r.rejections[i].message() << '\n';
  if (r.rows_rejected > shown)
    std::cerr << "  ... and " << (r.rows_rejected - shown) << " more rejected rows\n";
}

/** Reads the parts of one file, one thread per part (a single part is read on this thread), and
 *  gives `each(k, record)` every accepted record of part k as it is read (on part k's thread:
 *  `each` keeps a state per part, merged in part order afterwards); returns the parts' merged
 *  report (read_report +=). A part's read error is rethrown after every thread has ended, the
 *  first part's first, once its account is on standard error; else the first error of `each` in
 *  file order (a part goes on reading after it, so the account is the whole file's). */
template <class Parts, class Each>
read_report read_parts(Parts& parts, bool strict, Each&& each) {
  if (parts.size() == 1) {  // on this thread
    try {
      for (const record& r : parts[0]) each(std::size_t{0}, r);
    } catch (const read_error& e) {
      if (e.rejection().line != 0) report_rejects(parts[0].report(), strict);  // not for a header the format refuses
      throw;
    }
    report_rejects(parts[0].report(), strict);
    return parts[0].report();
  }
  std::vector<std::exception_ptr> failed(parts.size());
  std::vector<std::exception_ptr> refused(parts.size());  // the first error of `each` in each part
  auto work = [&](std::size_t k) {
    try {
      for (const record& r : parts[k]) {
        if (refused[k]) continue;
        try {
          each(k, r);
        } catch (...) {
          refused[k] = std::current_exception();
        }
      }
    } catch (...) {
      failed[k] = std::current_exception();
    }
  };
  {
    std::vector<std::thread> threads;
    threads.reserve(parts.size());
    for (std::size_t k = 0; k < parts.size(); ++k) threads.emplace_back(work, k);
    for (std::thread& t : threads) t.join();
  }
  const read_report report = merged_report(parts);
  for (const std::exception_ptr& e : failed) {
    if (!e) continue;
    try {
      std::rethrow_exception(e);
    } catch (const read_error& error) {
      if (error.rejection().line != 0) report_rejects(report, strict);  // not for a header the format refuses
      throw;
    }
  }
  report_rejects(report, strict);
  for (const std::exception_ptr& e : refused)
    if (e) std::rethrow_exception(e);
  return report;
}

int run_summary(const options& o) {
  summary s;
  check_table_options(o);  // bad --by, --unit, --compare: exit 2 before any file is read
  if (o.period) s.period = parse_period_option(*o.period);
  std::optional<period_window> prior;
  if (o.compare) prior = compare_period(*s.period, *o.compare);
  const bool table = !o.by.empty() || o.compare.has_value();
  // For a table: the library's tables of the period (and of the prior period), computed as the
  // records are read; no record is kept.
  const std::unique_ptr<table_builder> builder = table ? make_table_builder(o) : nullptr;
  bool usd_source = false;
  // With --compare, the rows of the prior period that the table's measure sums (--flow) and that
  // lack a value: the current period's are the summary's (choose_currency).
  const cli::detail::measure_filter measure{o.flow.value_or(flow_choice{true})};
  rows_without prior_missing;
  for (const std::string& path : o.files) {
    const std::size_t file_index = s.files.size();
    input_file in = open_input(path, o);
    usd_source = usd_source || in.format == input_format::baci || in.format == input_format::comtrade;
    const input_format format = in.format;
    std::optional<trade_flow> flow_given;
    if (format == input_format::gacc) flow_given = gacc_flow(in, o);
    with_readers(in, o, false, o.threads, [&](auto& parts) {
      // One state per part (its counts and its tables), filled on the part's thread, merged in order.
      struct part_state {
        summary counts;
        std::unique_ptr<table_builder> table;
        rows_without prior_missing;  // with --compare: the prior period's rows of the measure without a value
      };
      std::vector<part_state> state(parts.size());
      for (part_state& p : state) {
        p.counts.period = s.period;
        if (table) p.table = make_table_builder(o);
      }
      const read_report report = read_parts(parts, o.strict, [&](std::size_t k, const record& r) {
        part_state& p = state[k];
        if (prior) {
          const period_match m = match_of(*prior, r);
          if (m == period_match::partly) summary::throw_partly(*prior, r, path, parts[k].line());
          if (m == period_match::inside) {
            ++p.counts.in_prior;
            if (p.table && measure(r)) {
              const auto where = [&](currency_choice c) {
                return row_place{file_index, parts[k].line(), value_place(parts[k], path, format, c)};
              };
              if (!r.value_cny) p.prior_missing.add(currency_choice::cny, where);
              if (!r.value_usd) p.prior_missing.add(currency_choice::usd, where);
            }
            if (p.table) p.table->add(r, true);
            return;
          }
        }
        // Names the row for a message about a value it lacks (choose_currency).
        const auto where = [&](currency_choice c) {
          return row_place{file_index, parts[k].line(), value_place(parts[k], path, format, c)};
        };
        const std::size_t outside = p.counts.outside_period;
        p.counts.add(r, path, parts[k].line(), where);
        if (p.table && p.counts.outside_period == outside) p.table->add(r, false);
      });
      for (part_state& p : state) {
        s.merge(p.counts);
        if (builder) builder->merge(*p.table);
        prior_missing.merge(p.prior_missing);
      }
      const std::size_t set_aside = report_set_aside(report);
      s.files.push_back({path, format, report, flow_given, set_aside});
      if (flow_given && o.output == output_format::csv) std::cerr << flow_note(s.files.back()) << '\n';
    });
  }
  const unit_choice unit = unit_of(o);
  const std::vector<summary_line> lines = lines_of(s, table ? std::optional{o.flow.value_or(flow_choice{true})} : o.flow);
  const currency_choice currency = choose_currency(
      lines, unit.currency ? unit.currency : o.currency, usd_source ? currency_choice::usd : currency_choice::cny);
  if (table && prior_missing.count(currency) != 0) cli::detail::throw_without_value(prior_missing, currency);
  if (table)
    print_table(std::cout, s, prior, *builder, o, currency, unit);
  else
    print_summary(std::cout, s, lines, currency, o.output, unit);
  return 0;
}

// The records of `files` inside one of `windows`, read as summary reads them (a record partly
// inside a window is an error naming its file and line), for the library's comparisons; whether
// every kept row has a CNY value, and a USD value.
struct kept_records {
  std::vector<record> records;
  bool all_cny = true;
  bool all_usd = true;
  rows_without missing;  // the kept rows (not aggregates) without a CNY value, without a USD value
};

kept_records read_kept(const std::vector<std::string>& files, const options& o,
                       const std::vector<const period_window*>& windows) {
  kept_records k;
  for (std::size_t file_index = 0; file_index < files.size(); ++file_index) {
    const std::string& path = files[file_index];
    input_file in = open_input(path, o);
    const input_format format = in.format;
    with_readers(in, o, false, 1, [&](auto& parts) {
      report_set_aside(read_parts(parts, o.strict, [&](std::size_t, const record& r) {
        const auto where = [&](currency_choice c) {
          return row_place{file_index, parts[0].line(), value_place(parts[0], path, format, c)};
        };
        for (const period_window* w : windows) {
          const period_match m = match_of(*w, r);
          if (m == period_match::partly) summary::throw_partly(*w, r, path, parts[0].line());
          if (m == period_match::inside) {
            if (!r.aggregate) {
              k.all_cny = k.all_cny && r.value_cny.has_value(), k.all_usd = k.all_usd && r.value_usd.has_value();
              if (!r.value_cny) k.missing.add(currency_choice::cny, where);
              if (!r.value_usd) k.missing.add(currency_choice::usd, where);
            }
            k.records.push_back(r);
            return;
          }
        }
      }));
    });
  }
  return k;
}

// The records of --period and of the prior period, given to the library's comparisons (bulletin.hpp).
int run_bulletin(const options& o) {
  const period_window now = parse_period_option(*o.period);
  const period_window before = bulletin_prior(now, o.compare);
  const kept_records k = read_kept(o.files, o, {&now, &before});
  if (!k.all_cny && !k.all_usd)
    throw input_error("the records of --period and --compare have neither a CNY value on every row nor a USD value "
                      "on every row, so no bulletin in one currency covers them" +
                      k.missing.list(currency_choice::cny) + k.missing.list(currency_choice::usd));
  const bulletin_request q{o.lang == std::optional<std::string>{"zh"} ? language::zh : language::en, o.bulletin_output,
                           o.chart};
  if (k.all_cny)
    print_bulletin<CNY>(std::cout, k.records, now, before, q);
  else
    print_bulletin<USD>(std::cout, k.records, now, before, q);
  return 0;
}

// The claims file read whole, parsed and checked by the library; the report on standard output.
int run_check(const options& o) {
  const std::string& path = o.files.front();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path + ": cannot open the claims file");
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw input_error(path + ": cannot read the claims file");
  const claims_file claims = parse_claims(text, path);
  // With --data, the figures the claims name, computed from the records of each claim's period and
  // the year before: the data files read once, keeping the records of every such period.
  figures computed;
  if (o.data_from) {
    const std::vector<std::string> data(o.files.begin() + static_cast<std::ptrdiff_t>(*o.data_from), o.files.end());
    const std::vector<record_figure_period> periods = record_figure_periods(claims);
    std::vector<const period_window*> windows;
    for (const record_figure_period& p : periods) windows.insert(windows.end(), {&p.now, &p.before});
    const kept_records k = read_kept(data, o, windows);
    if (!k.all_cny && !k.all_usd)
      throw input_error("the records of the claims' periods have neither a CNY value on every row nor a USD value "
                        "on every row, so no figures in one currency cover them" +
                        k.missing.list(currency_choice::cny) + k.missing.list(currency_choice::usd));
    for (const record_figure_period& p : periods) {
      if (k.all_cny)
        add_record_figures<CNY>(computed, claims, p, k.records);
      else
        add_record_figures<USD>(computed, claims, p, k.records);
    }
  }
  const check_report report = check_claims(claims, o.data_from ? &computed : nullptr);
  std::cout << report;
  return report.count(verdict::inconsistent) == 0 ? 0 : 1;
}

int run_convert(const options& o) {
  // Every file opened and its format settled before the first line is written.
  std::vector<input_file> inputs;
  for (const std::string& path : o.files) {
    inputs.push_back(open_input(path, o));
    if (inputs.back().format == input_format::baci && !inputs.back().edition)
      throw usage_error(
          path + " is a BACI file whose name does not say its HS edition (BACI_HS17_...): give --hs H0..H6");
  }
  bool any_gacc = false;
  for (const input_file& in : inputs) any_gacc = any_gacc || in.format == input_format::gacc;
  if (!any_gacc && o.flow)
    throw usage_error(
        "--flow with convert says which flow a GACC export holds, and none of the files is one");
  if (!any_gacc && o.period)
    throw usage_error(
        "--period with convert says which period a GACC export without 数据年月 covers, and none of the "
        "files is one");
  canonical_writer writer(std::cout);
  for (input_file& in : inputs) {
    with_readers(in, o, true, 1, [&](auto& parts) {  // one part: the records are written in file order
      report_set_aside(read_parts(parts, o.strict, [&](std::size_t, const record& r) { writer.write(r); }));
    });
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string_view> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  try {
    const options o = parse_arguments(args);
    if (o.version) {
      std::cout << "tradestat " << version_string << '\n';
      return 0;
    }
    if (o.help) {
      std::cout << usage_text << help_text;
      return 0;
    }
    if (o.command == "check") return run_check(o);
    if (o.command == "bulletin") return run_bulletin(o);
    return o.command == "summary" ? run_summary(o) : run_convert(o);
  } catch (const usage_error& e) {
    std::cout.flush();
    std::cerr << "tradestat: " << e.what() << '\n' << usage_text;
    return 2;
  } catch (const read_error& e) {
    std::cout.flush();
    std::cerr << "tradestat: " << e.what() << '\n';
    return 1;
  } catch (const input_error& e) {
    std::cout.flush();
    std::cerr << "tradestat: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cout.flush();
    // Some of the library's messages name it already ("tradestat: HS code 85 lies partly in ...").
    const std::string_view what = e.what();
    std::cerr << (what.starts_with("tradestat: ") ? "" : "tradestat: ") << what << '\n';
    return 1;
  }
}
