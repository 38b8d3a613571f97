// Trade modes (贸易方式), the GACC statistical list. The list is open: codes not in the table are
// valid and keep their code; only their names are unknown.
#ifndef TRADESTAT_CODES_TRADE_MODE_HPP
#define TRADESTAT_CODES_TRADE_MODE_HPP

#include <tradestat/detail/code_text.hpp>
#include <tradestat/detail/digits.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <array>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace tradestat {

namespace detail {
struct trade_mode_row {
  int code;
  std::string_view name_en, name_zh;
  bool zh_unsure;  // Chinese name from general knowledge, not the reference notes
};
// Codes and English names as in the project's reference notes, from a bilingual list (the two-digit
// codes are unconfirmed, see docs/reference/codes.md).
inline constexpr std::array<trade_mode_row, 14> trade_mode_rows{{
    {10, "general trade", "一般贸易", false},
    {11, "aid", "国家间、国际组织无偿援助和赠送的物资", true},
    {12, "donations", "华侨、港澳台同胞、外籍华人捐赠物资", true},
    {14, "processing and assembling", "来料加工装配贸易", false},
    {15, "processing with imported materials", "进料加工贸易", false},
    {19, "border small-volume trade", "边境小额贸易", false},
    {20, "equipment for processing trade", "加工贸易进口设备", true},
    {22, "contracting projects", "对外承包工程出口货物", true},
    {23, "goods on lease", "租赁贸易", true},
    {25, "equipment invested by foreign-invested enterprises", "外商投资企业作为投资进口的设备、物品", true},
    {33, "customs warehousing", "保税监管场所进出境货物", true},
    {34, "logistics goods of special customs control areas", "海关特殊监管区域物流货物", true},
    {35, "equipment imported into special areas", "海关特殊监管区域进口设备", true},
    {39, "other", "其他", true},
}};
}  // namespace detail

/** A trade mode by its two-digit GACC code; codes outside the table are kept (the list is open).
    Example: `trade_mode{15}.is_processing_trade()` // true; `to_string(trade_mode{10}, {.lang = language::zh})` // "一般贸易" */
class trade_mode {
 public:
  /** A code 10 to 99; throws `tradestat::error` (invalid_argument) otherwise. Example: `trade_mode{19}.code()` // 19 */
  constexpr explicit trade_mode(int code) : code_(code) {
    if (code < 10 || code > 99) {
      std::string message{"trade mode code "};
      message += std::to_string(code);
      message += " is not two digits (10-99)";
      throw error(error_kind::invalid_argument, message);
    }
  }

  /** The two-digit code. Example: `trade_mode{14}.code()` // 14 */
  constexpr int code() const { return code_; }
  /** True for the codes in the library's table. Example: `trade_mode{16}.is_known()` // false */
  constexpr bool is_known() const { return row().has_value(); }
  /** True when the Chinese name comes from general knowledge rather than the reference notes (all
      but 10, 14, 15 and 19). Example: `trade_mode{23}.name_zh_is_unsure()` // true */
  constexpr bool name_zh_is_unsure() const { return row() && (*row())->zh_unsure; }
  /** Processing trade (加工贸易) is processing and assembling (14) plus processing with imported
      materials (15). Example: `trade_mode{10}.is_processing_trade()` // false */
  constexpr bool is_processing_trade() const { return code_ == 14 || code_ == 15; }

  friend constexpr bool operator==(trade_mode, trade_mode) = default;
  friend constexpr auto operator<=>(trade_mode, trade_mode) = default;

  /** The mode's name; for a code outside the table, the code itself.
      Example: `to_string(trade_mode{19})` // "border small-volume trade"; `to_string(trade_mode{16})` // "16" */
  friend std::string to_string(trade_mode m, text_format f = {}) {
    if (const auto r = m.row()) return std::string(detail::name_in(f, (*r)->name_en, (*r)->name_zh));
    return std::to_string(m.code_);
  }

 private:
  constexpr std::optional<const detail::trade_mode_row*> row() const {
    for (const auto& r : detail::trade_mode_rows)
      if (r.code == code_) return &r;
    return std::nullopt;
  }
  int code_;
};
template <>
inline constexpr bool detail::is_code_value<trade_mode> = true;

/** Reads a trade mode as files give it (the two-digit code, "10") or as `to_string` prints it (its
    English or Chinese name); a parse_error names the offset. Example: `parse<trade_mode>("进料加工贸易").code()` // 15 */
template <>
struct text_parser<trade_mode> {
  static constexpr trade_mode parse(std::string_view text) {
    if (!text.empty() && detail::is_digit(text[0])) {
      if (const auto bad = detail::first_non_digit(text))
        throw parse_error(text, *bad, "a trade mode", "expected a digit (a trade mode code is two digits)");
      if (text.size() != 2)
        throw parse_error(text, text.size() < 2 ? text.size() : 2, "a trade mode", "expected a two-digit code 10-99");
      if (text[0] == '0') throw parse_error(text, 0, "a trade mode", "expected a two-digit code 10-99");
      return trade_mode(detail::digits_value<int>(text));
    }
    for (const auto& r : detail::trade_mode_rows)
      if (r.name_zh == text || r.name_en == text) return trade_mode(r.code);
    throw detail::unknown_name(text, "a trade mode",
                               "a two-digit code or a name in the library's table (一般贸易, general trade ...)");
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_CODES_TRADE_MODE_HPP
