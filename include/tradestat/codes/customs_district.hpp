// Customs districts (关区): GACC's four-digit codes, the first two naming the customs directly under
// GACC (直属海关) and the last two its subordinate office. Compiled by district, trade differs from
// the same trade compiled by the enterprise's registered location (province): keep the two apart.
#ifndef TRADESTAT_CODES_CUSTOMS_DISTRICT_HPP
#define TRADESTAT_CODES_CUSTOMS_DISTRICT_HPP

#include <array>
#include <compare>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tradestat {

namespace detail {
struct customs_district_row {
  std::string_view code, name_en, name_zh;
  bool unsure;  // code from general knowledge only
};
// No official list is at hand. 0100, 0200 and 2200 were seen in public copies of the customs code
// table (关区代码表); the others are from general knowledge and unsure. Verify before relying on them.
inline constexpr std::array<customs_district_row, 6> customs_district_rows{{
    {"0100", "Beijing Customs District", "北京关区", false},
    {"0200", "Tianjin Customs District", "天津关区", false},
    {"2200", "Shanghai Customs District", "上海关区", false},
    {"5100", "Guangzhou Customs District", "广州关区", true},
    {"5300", "Shenzhen Customs District", "深圳关区", true},
    {"9400", "Urumqi Customs District", "乌鲁木齐关区", true},
}};
}  // namespace detail

/** A customs district or office by its four-digit code; any well-formed code is accepted, names are
    known for a few directly-under customs only (and those codes are unsure).
    Example: `customs_district{"9401"}.directly_under().name_en()` is "Urumqi Customs District". */
class customs_district {
 public:
  /** Four digits; throws std::invalid_argument otherwise. Example: `customs_district{"2200"}`. */
  constexpr explicit customs_district(std::string_view code) {
    bool ok = code.size() == 4;
    for (char c : code) ok = ok && c >= '0' && c <= '9';
    if (!ok)
      throw std::invalid_argument("customs district code \"" + std::string(code) + "\" is not four digits");
    for (std::size_t i = 0; i < 4; ++i) code_[i] = code[i];
  }

  constexpr std::string_view code() const { return {code_.data(), 4}; }
  /** The customs directly under GACC that the office belongs to (code ending in 00).
      Example: `customs_district{"5301"}.directly_under().code()` is "5300". */
  constexpr customs_district directly_under() const {
    return customs_district(std::string_view{std::array<char, 4>{code_[0], code_[1], '0', '0'}.data(), 4});
  }
  /** English name where the library knows one (directly-under customs only), else empty. */
  constexpr std::string_view name_en() const { return row() ? (*row())->name_en : std::string_view{}; }
  /** Chinese name where the library knows one, else empty. Example: "乌鲁木齐关区" for 9400. */
  constexpr std::string_view name_zh() const { return row() ? (*row())->name_zh : std::string_view{}; }

  /** True when the library knows a name for the code but the code itself is unsure.
      Example: true for "9400" (Urumqi), false for "2200" (Shanghai). */
  constexpr bool is_unsure() const { return row() && (*row())->unsure; }

  friend constexpr bool operator==(const customs_district&, const customs_district&) = default;
  friend constexpr auto operator<=>(const customs_district&, const customs_district&) = default;

 private:
  constexpr std::optional<const detail::customs_district_row*> row() const {
    for (const auto& r : detail::customs_district_rows)
      if (r.code == code()) return &r;
    return std::nullopt;
  }
  std::array<char, 4> code_{};
};

}  // namespace tradestat

#endif  // TRADESTAT_CODES_CUSTOMS_DISTRICT_HPP
