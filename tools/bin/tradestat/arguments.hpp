// The command line of `tradestat`: subcommands, options, and the two kinds of failure the tool
// reports (usage, exit 2; bad input, exit 1).
#ifndef TRADESTAT_CLI_ARGUMENTS_HPP
#define TRADESTAT_CLI_ARGUMENTS_HPP

#include <tradestat/codes/hs_code.hpp>
#include <tradestat/codes/trade_flow.hpp>
#include <tradestat/data/detect_format.hpp>

#include <charconv>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace tradestat::cli {

/** A command line the tool cannot run: exit status 2. */
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/** Input the tool cannot summarise although every row was read (exit status 1), e.g. rows with
 *  no value in the currency asked for. Rows and files the readers refuse are tradestat::read_error. */
struct input_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/** The formats of the library's readers (data/detect_format.hpp). */
using input_format = data_format;
enum class output_format { text, markdown, csv, json };
enum class currency_choice { cny, usd };

constexpr std::string_view format_name(input_format f) { return to_string(f); }

/** `--flow`: one trade flow, or total (exports + imports). */
struct flow_choice {
  bool total = false;
  trade_flow flow = trade_flow::exports;  // when !total
};

struct options {
  std::string command;  // "summary", "convert" or "check"
  std::vector<std::string> files;
  bool help = false;
  bool version = false;  // tradestat --version
  std::optional<input_format> format;
  std::optional<std::string> to;
  std::optional<std::string> period;
  std::optional<flow_choice> flow;
  std::optional<currency_choice> currency;
  output_format output = output_format::text;
  bool output_given = false;
  bool strict = false;
  std::optional<hs_version> hs;
  // summary's table options
  std::vector<std::string> by;           // --by DIM[,DIM], as given
  std::optional<std::string> compare;    // --compare P
  std::optional<std::size_t> top;        // --top N
  std::optional<std::string> unit;       // --unit U
  std::optional<std::size_t> threads;    // --threads N; absent: default_part_count (a part per core for a large file)
  // bulletin's options
  std::optional<std::string> lang;            // --lang en|zh
  std::optional<std::string> chart;           // --chart FILE.svg
  std::string bulletin_output = "text";       // --output text|markdown|html
  // check's options
  std::optional<std::size_t> data_from;       // --data: files[*data_from..] are data files
};

namespace detail {

inline input_format format_of(std::string_view v) {
  if (v == "canonical") return input_format::canonical;
  if (v == "gacc") return input_format::gacc;
  if (v == "comtrade") return input_format::comtrade;
  if (v == "baci") return input_format::baci;
  throw usage_error("--format \"" + std::string(v) + "\" is not a format (canonical, gacc, comtrade, baci)");
}

inline flow_choice flow_of(std::string_view v) {
  if (v == "export") return {false, trade_flow::exports};
  if (v == "import") return {false, trade_flow::imports};
  if (v == "re-export") return {false, trade_flow::re_exports};
  if (v == "re-import") return {false, trade_flow::re_imports};
  if (v == "total") return {true, trade_flow::exports};
  throw usage_error("--flow \"" + std::string(v) +
                    "\" is not a flow (export, import, re-export, re-import, total)");
}

inline currency_choice currency_of(std::string_view v) {
  if (v == "cny" || v == "CNY") return currency_choice::cny;
  if (v == "usd" || v == "USD") return currency_choice::usd;
  throw usage_error("--currency \"" + std::string(v) + "\" is not a currency of customs records (cny, usd)");
}

inline output_format output_of(std::string_view v) {
  if (v == "text") return output_format::text;
  if (v == "markdown") return output_format::markdown;
  if (v == "csv") return output_format::csv;
  if (v == "json") return output_format::json;
  throw usage_error("--output \"" + std::string(v) + "\" is not an output format (text, markdown, csv, json)");
}

// A positive count: --top N, --threads N.
inline std::size_t count_of(std::string_view option, std::string_view v, std::size_t most) {
  std::size_t n = 0;
  const bool digits = !v.empty() && v.size() <= 6 && v.find_first_not_of("0123456789") == std::string_view::npos;
  const bool ok = digits && std::from_chars(v.data(), v.data() + v.size(), n).ec == std::errc{};
  if (!ok || n == 0 || n > most)
    throw usage_error(std::string(option) + " \"" + std::string(v) + "\" is not a count from 1 to " +
                      std::to_string(most));
  return n;
}

inline std::vector<std::string> dims_of(std::string_view v) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = v.find(',', start);
    out.emplace_back(v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (out.size() > 2)
    throw usage_error("--by \"" + std::string(v) + "\" names " + std::to_string(out.size()) +
                      " dimensions: give one or two (--by DIM[,DIM])");
  return out;
}

inline hs_version hs_of(std::string_view v) {
  if (v.size() == 2 && v[0] == 'H' && v[1] >= '0' && v[1] <= '6') return static_cast<hs_version>(v[1] - '0');
  throw usage_error("--hs \"" + std::string(v) + "\" is not an HS edition (H0 = HS 1992 ... H6 = HS 2022)");
}

// Which options each subcommand takes.
inline bool takes(std::string_view command, std::string_view option) {
  static constexpr std::string_view common[] = {"--format", "--strict", "--hs"};
  for (std::string_view o : common)
    if (o == option) return true;
  if (command == "check") return false;
  if (command == "convert") return option == "--to" || option == "--flow" || option == "--period";
  if (command == "bulletin")
    return option == "--period" || option == "--compare" || option == "--lang" || option == "--output" ||
           option == "--chart";
  return option == "--period" || option == "--flow" || option == "--currency" || option == "--output" ||
         option == "--by" || option == "--compare" || option == "--top" || option == "--unit" ||
         option == "--threads";
}

}  // namespace detail

/** Reads the command line; throws usage_error naming what is wrong. `tradestat --help` and
 *  `tradestat summary --help` set `help`, `tradestat --version` sets `version`. */
inline options parse_arguments(const std::vector<std::string_view>& args) {
  options o;
  if (args.empty()) throw usage_error("no subcommand: say summary, convert, check or bulletin");
  std::size_t i = 0;
  if (args[0] == "--version") {
    if (args.size() > 1) throw usage_error("--version takes nothing after it");
    o.version = true;
    return o;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    o.help = true;
    if (args.size() > 1 && (args[1] == "summary" || args[1] == "convert" || args[1] == "check" ||
                             args[1] == "bulletin"))
      o.command = std::string(args[1]);
    return o;
  }
  if (args[0] != "summary" && args[0] != "convert" && args[0] != "check" &&
      args[0] != "bulletin") {
    if (!args[0].empty() && args[0][0] == '-')
      throw usage_error("\"" + std::string(args[0]) +
                        "\" before the subcommand: say summary, convert, check or bulletin first");
    throw usage_error("\"" + std::string(args[0]) + "\" is not a subcommand (summary, convert, check, bulletin)");
  }
  o.command = std::string(args[0]);
  std::vector<std::string> seen;
  bool only_files = false;
  for (i = 1; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (only_files || a == "-" || a.empty() || a[0] != '-') {
      o.files.emplace_back(a);
      continue;
    }
    if (a == "--") {
      only_files = true;
      continue;
    }
    if (a == "--help" || a == "-h") {
      o.help = true;
      return o;
    }
    if (a == "--data" || a.substr(0, 7) == "--data=") {
      if (o.command != "check") throw usage_error(o.command + " does not take --data");
      if (a != "--data") throw usage_error("--data takes the data files after it: --data FILE...");
      if (o.data_from) throw usage_error("--data is given twice");
      o.data_from = o.files.size();
      continue;
    }
    std::string name(a), value;
    bool has_value = false;
    if (const std::size_t eq = a.find('='); eq != std::string_view::npos) {
      name = std::string(a.substr(0, eq));
      value = std::string(a.substr(eq + 1));
      has_value = true;
    }
    if (name != "--format" && name != "--strict" && name != "--hs" && name != "--flow" && name != "--to" &&
        name != "--period" && name != "--currency" && name != "--output" && name != "--by" &&
        name != "--compare" && name != "--top" && name != "--unit" && name != "--threads" && name != "--lang" &&
        name != "--chart")
      throw usage_error("unknown option \"" + name + "\"");
    if (!detail::takes(o.command, name)) throw usage_error(o.command + " does not take " + name);
    for (const std::string& s : seen)
      if (s == name) throw usage_error(name + " is given twice");
    seen.push_back(name);
    if (name == "--strict") {
      if (has_value) throw usage_error("--strict takes no value");
      o.strict = true;
      continue;
    }
    if (!has_value) {
      if (i + 1 == args.size()) throw usage_error(name + " needs a value");
      value = std::string(args[++i]);
    }
    if (name == "--format")
      o.format = detail::format_of(value);
    else if (name == "--hs")
      o.hs = detail::hs_of(value);
    else if (name == "--flow")
      o.flow = detail::flow_of(value);
    else if (name == "--to")
      o.to = value;
    else if (name == "--period")
      o.period = value;
    else if (name == "--currency")
      o.currency = detail::currency_of(value);
    else if (name == "--by")
      o.by = detail::dims_of(value);
    else if (name == "--compare")
      o.compare = value;
    else if (name == "--top")
      o.top = detail::count_of("--top", value, 999999);
    else if (name == "--unit")
      o.unit = value;
    else if (name == "--threads")
      o.threads = detail::count_of("--threads", value, 256);
    else if (name == "--lang") {
      if (value != "en" && value != "zh") throw usage_error("--lang \"" + value + "\" is not a language (en, zh)");
      o.lang = value;
    } else if (name == "--chart")
      o.chart = value;
    else if (o.command == "bulletin") {
      if (value != "text" && value != "markdown" && value != "html")
        throw usage_error("--output \"" + value + "\" is not an output format of bulletin (text, markdown, html)");
      o.bulletin_output = value;
    } else {
      o.output = detail::output_of(value);
      o.output_given = true;
    }
  }
  if (o.command == "check") {
    const std::size_t claims_files = o.data_from.value_or(o.files.size());
    if (claims_files != 1)
      throw usage_error("check takes one CLAIMS_FILE, got " + std::to_string(claims_files));
    if (o.files[0] == "-") throw usage_error("check reads a claims file by name, not standard input");
    if (o.data_from && o.files.size() == *o.data_from) throw usage_error("--data needs at least one FILE");
    if (!o.data_from && (o.format || o.strict || o.hs))
      throw usage_error("--format, --strict and --hs describe data files: give them with --data FILE...");
    return o;
  }
  if (o.files.empty()) throw usage_error(o.command + " needs at least one FILE");
  std::size_t stdin_count = 0;
  for (const std::string& f : o.files) if (f == "-") ++stdin_count;
  if (stdin_count > 1) throw usage_error("standard input (\"-\") is given " + std::to_string(stdin_count) +
                                         " times: it can be read once");
  if (o.command == "bulletin" && !o.period)
    throw usage_error("bulletin needs --period: say which period the bulletin is about");
  if (o.compare && !o.period)
    throw usage_error("--compare " + *o.compare + " needs --period: say which period is compared with it");
  if (o.command == "convert") {
    if (!o.to) throw usage_error("convert needs --to canonical");
    if (*o.to != "canonical")
      throw usage_error("--to \"" + *o.to + "\" is not an output format of convert (canonical)");
  }
  return o;
}

}  // namespace tradestat::cli

#endif  // TRADESTAT_CLI_ARGUMENTS_HPP
