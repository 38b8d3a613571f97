// Trade flows: export, import, re-export, re-import, with their Chinese names and Comtrade codes.
#ifndef TRADESTAT_CODES_TRADE_FLOW_HPP
#define TRADESTAT_CODES_TRADE_FLOW_HPP

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tradestat {

/** The direction of a trade record. (`export` is a C++ keyword, hence the plural names.)
    Example: `trade_flow_from_comtrade("X")` is `trade_flow::exports`. */
enum class trade_flow : std::uint8_t {
  exports,     // 出口
  imports,     // 进口
  re_exports,  // 复出口
  re_imports,  // 复进口
};

/** English name. Example: `name_en(trade_flow::re_exports)` is "re-export". */
constexpr std::string_view name_en(trade_flow f) {
  switch (f) {
    case trade_flow::exports:
      return "export";
    case trade_flow::imports:
      return "import";
    case trade_flow::re_exports:
      return "re-export";
    case trade_flow::re_imports:
      return "re-import";
  }
  return "";
}

/** Chinese name. Example: `name_zh(trade_flow::exports)` is "出口". */
constexpr std::string_view name_zh(trade_flow f) {
  switch (f) {
    case trade_flow::exports:
      return "出口";
    case trade_flow::imports:
      return "进口";
    case trade_flow::re_exports:
      return "复出口";
    case trade_flow::re_imports:
      return "复进口";
  }
  return "";
}

/** Comtrade's flowCode. Example: `comtrade_flow_code(trade_flow::re_imports)` is "RM". */
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

/** The flow a Comtrade flowCode names: M, X, RM, RX, or the legacy 1 (import), 2 (export),
    3 (re-export), 4 (re-import). Processing flows (MIP, XIP, MOP, XOP) and unknown codes throw
    std::invalid_argument. Example: `trade_flow_from_comtrade("2")` is `trade_flow::exports`. */
constexpr trade_flow trade_flow_from_comtrade(std::string_view code) {
  if (code == "X" || code == "2") return trade_flow::exports;
  if (code == "M" || code == "1") return trade_flow::imports;
  if (code == "RX" || code == "3") return trade_flow::re_exports;
  if (code == "RM" || code == "4") return trade_flow::re_imports;
  if (code == "MIP" || code == "XIP" || code == "MOP" || code == "XOP")
    throw std::invalid_argument("Comtrade flow \"" + std::string(code) +
                                "\" is a processing breakdown of M or X, not a trade flow of its own: "
                                "keep it out of totals or map it explicitly");
  throw std::invalid_argument("\"" + std::string(code) +
                              "\" is not a Comtrade flow code (X, M, RX, RM, 1-4)");
}

/** The flow a Chinese or English name gives. Example: `trade_flow_from_name("进口")` is
 * `trade_flow::imports`. */
constexpr trade_flow trade_flow_from_name(std::string_view name) {
  for (auto f : {trade_flow::exports, trade_flow::imports, trade_flow::re_exports, trade_flow::re_imports})
    if (name == name_zh(f) || name == name_en(f)) return f;
  throw std::invalid_argument("\"" + std::string(name) +
                              "\" is not a trade flow (出口, 进口, 复出口, 复进口)");
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_TRADE_FLOW_HPP
