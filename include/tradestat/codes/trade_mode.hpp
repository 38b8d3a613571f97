// Trade modes (贸易方式), the GACC statistical list. The list is open: codes not in the table are
// valid and keep their code; only their names are unknown.
#ifndef TRADESTAT_CODES_TRADE_MODE_HPP
#define TRADESTAT_CODES_TRADE_MODE_HPP

#include <array>
#include <compare>
#include <optional>
#include <stdexcept>
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
    Example: `trade_mode{15}.is_processing_trade()` is true; `trade_mode{10}.name_zh()` is "一般贸易". */
class trade_mode {
 public:
  /** A code 10 to 99; throws std::invalid_argument otherwise. Example: `trade_mode{19}`. */
  constexpr explicit trade_mode(int code) : code_(code) {
    if (code < 10 || code > 99)
      throw std::invalid_argument("trade mode code " + std::to_string(code) + " is not two digits (10-99)");
  }
  /** Reads the code as files give it ("10"). Example: `trade_mode::parse("14").code()` is 14. */
  static constexpr trade_mode parse(std::string_view text) {
    if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9')
      throw std::invalid_argument("trade mode \"" + std::string(text) + "\" is not a two-digit code");
    return trade_mode((text[0] - '0') * 10 + (text[1] - '0'));
  }

  constexpr int code() const { return code_; }
  /** True for the codes in the library's table. Example: false for `trade_mode{16}`. */
  constexpr bool is_known() const { return row().has_value(); }
  /** English name, or empty for codes outside the table. Example: "border small-volume trade" for 19. */
  constexpr std::string_view name_en() const { return row() ? (*row())->name_en : std::string_view{}; }
  /** Chinese name, or empty for codes outside the table. Example: "边境小额贸易" for 19. */
  constexpr std::string_view name_zh() const { return row() ? (*row())->name_zh : std::string_view{}; }
  /** True when the Chinese name comes from general knowledge rather than the reference notes (all
      but 10, 14, 15 and 19). Example: true for 23. */
  constexpr bool name_zh_is_unsure() const { return row() && (*row())->zh_unsure; }
  /** Processing trade (加工贸易) is processing and assembling (14) plus processing with imported
      materials (15). Example: `trade_mode{10}.is_processing_trade()` is false. */
  constexpr bool is_processing_trade() const { return code_ == 14 || code_ == 15; }

  friend constexpr bool operator==(trade_mode, trade_mode) = default;
  friend constexpr auto operator<=>(trade_mode, trade_mode) = default;

 private:
  constexpr std::optional<const detail::trade_mode_row*> row() const {
    for (const auto& r : detail::trade_mode_rows)
      if (r.code == code_) return &r;
    return std::nullopt;
  }
  int code_;
};

/** The trade mode a Chinese name gives; throws std::invalid_argument for names not in the table.
    Example: `trade_mode_from_name("进料加工贸易").code()` is 15. */
constexpr trade_mode trade_mode_from_name(std::string_view name) {
  for (const auto& r : detail::trade_mode_rows)
    if (r.name_zh == name || r.name_en == name) return trade_mode(r.code);
  throw std::invalid_argument("\"" + std::string(name) + "\" is not a trade mode name the library knows");
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_TRADE_MODE_HPP
