// Trade flows: export, import, re-export, re-import, with their Chinese names and Comtrade codes.
#ifndef TRADESTAT_CODES_TRADE_FLOW_HPP
#define TRADESTAT_CODES_TRADE_FLOW_HPP

#include <tradestat/detail/code_text.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace tradestat {

/** The direction of a trade record. (`export` is a C++ keyword, hence the plural names.)
    Example: `trade_flow_from_comtrade("X")` // trade_flow::exports */
enum class trade_flow : std::uint8_t {
  exports,     // 出口
  imports,     // 进口
  re_exports,  // 复出口
  re_imports,  // 复进口
};

/** The flow's name. Example: `to_string(trade_flow::re_exports)` // "re-export";
    `to_string(trade_flow::exports, {.lang = language::zh})` // "出口" */
constexpr std::string_view to_string(trade_flow f, text_format fmt = {}) {
  switch (f) {
    case trade_flow::exports:
      return detail::name_in(fmt, "export", "出口");
    case trade_flow::imports:
      return detail::name_in(fmt, "import", "进口");
    case trade_flow::re_exports:
      return detail::name_in(fmt, "re-export", "复出口");
    case trade_flow::re_imports:
      return detail::name_in(fmt, "re-import", "复进口");
  }
  return "";
}
template <>
inline constexpr bool detail::is_code_value<trade_flow> = true;

/** Reads a flow's English or Chinese name as `to_string` prints it.
    Example: `parse<trade_flow>("进口")` // trade_flow::imports */
template <>
struct text_parser<trade_flow> {
  static constexpr trade_flow parse(std::string_view name) {
    for (auto f : {trade_flow::exports, trade_flow::imports, trade_flow::re_exports, trade_flow::re_imports})
      if (name == to_string(f, {.lang = language::zh}) || name == to_string(f)) return f;
    throw detail::unknown_name(name, "a trade flow",
                               "export, import, re-export, re-import, 出口, 进口, 复出口, 复进口");
  }
};

/** Comtrade's flowCode: a code-scheme mapping (kept apart from `to_string`, which is display text).
    Example: `comtrade_flow_code(trade_flow::re_imports)` // "RM" */
constexpr std::string_view comtrade_flow_code(trade_flow f) {
  switch (f) {
    case trade_flow::exports:
      return "X";
    case trade_flow::imports:
      return "M";
    case trade_flow::re_exports:
      return "RX";
    case trade_flow::re_imports:
      return "RM";
  }
  return "";
}

/** The flow a Comtrade flowCode names (a lookup): M, X, RM, RX, or the legacy 1 (import), 2 (export),
    3 (re-export), 4 (re-import). Processing flows (MIP, XIP, MOP, XOP) and unknown codes throw
    `tradestat::error` (unknown_code). Example: `trade_flow_from_comtrade("2")` // trade_flow::exports */
constexpr trade_flow trade_flow_from_comtrade(std::string_view code) {
  if (code == "X" || code == "2") return trade_flow::exports;
  if (code == "M" || code == "1") return trade_flow::imports;
  if (code == "RX" || code == "3") return trade_flow::re_exports;
  if (code == "RM" || code == "4") return trade_flow::re_imports;
  std::string message{"Comtrade flow \""};
  message += code;
  if (code == "MIP" || code == "XIP" || code == "MOP" || code == "XOP")
    message += "\" is a processing breakdown of M or X, not a trade flow of its own: keep it out of totals "
               "or map it explicitly";
  else
    message += "\" is not a Comtrade flow code (X, M, RX, RM, 1-4)";
  throw error(error_kind::unknown_code, message);
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_TRADE_FLOW_HPP
