// Customs districts (关区): GACC's four-digit codes, the first two naming the customs directly under
// GACC (直属海关) and the last two its subordinate office. Compiled by district, trade differs from
// the same trade compiled by the enterprise's registered location (province): keep the two apart.
#ifndef TRADESTAT_CODES_CUSTOMS_DISTRICT_HPP
#define TRADESTAT_CODES_CUSTOMS_DISTRICT_HPP

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
    Example: `to_string(customs_district{"9401"}.directly_under())` // "Urumqi Customs District" */
class customs_district {
 public:
  /** Four digits; otherwise a parse_error whose offset() is the first bad character.
      Example: `customs_district{"2200"}.code()` // "2200" */
  constexpr explicit customs_district(std::string_view code) {
    if (const auto bad = detail::first_non_digit(code); bad && *bad < 4)
      throw parse_error(code, *bad, "a customs district code", "expected a digit (the code is four digits)");
    if (code.size() != 4)
      throw parse_error(code, code.size() < 4 ? code.size() : 4, "a customs district code",
                        code.size() < 4 ? "expected another digit (the code is four digits)"
                                        : "expected the end of the code (the code is four digits)");
    for (std::size_t i = 0; i < 4; ++i) code_[i] = code[i];
  }

  /** The four digits. Example: `customs_district{"9400"}.code()` // "9400" */
  constexpr std::string_view code() const { return {code_.data(), 4}; }
  /** The customs directly under GACC that the office belongs to (code ending in 00).
      Example: `customs_district{"5301"}.directly_under().code()` // "5300" */
  constexpr customs_district directly_under() const {
    return customs_district(std::string_view{std::array<char, 4>{code_[0], code_[1], '0', '0'}.data(), 4});
  }
  /** True when the library knows a name for the code. Example: `customs_district{"9401"}.is_known()` // false */
  constexpr bool is_known() const { return row().has_value(); }
  /** True when the library knows a name for the code but the code itself is unsure.
      Example: `customs_district{"9400"}.is_unsure()` // true (Shanghai's 2200 is not) */
  constexpr bool is_unsure() const { return row() && (*row())->unsure; }

  friend constexpr bool operator==(const customs_district&, const customs_district&) = default;
  friend constexpr auto operator<=>(const customs_district&, const customs_district&) = default;

  /** The district's name where the library knows one (directly-under customs only), else its code.
      Example: `to_string(customs_district{"9400"}, {.lang = language::zh})` // "乌鲁木齐关区";
      `to_string(customs_district{"9401"})` // "9401" */
  friend std::string to_string(const customs_district& d, text_format f = {}) {
    if (const auto r = d.row()) return std::string(detail::name_in(f, (*r)->name_en, (*r)->name_zh));
    return std::string(d.code());
  }

 private:
  constexpr std::optional<const detail::customs_district_row*> row() const {
    for (const auto& r : detail::customs_district_rows)
      if (r.code == code()) return &r;
    return std::nullopt;
  }
  std::array<char, 4> code_{};
};
template <>
inline constexpr bool detail::is_code_value<customs_district> = true;

/** Reads a district as `to_string` prints it: its four-digit code, or a name the library knows.
    Example: `parse<customs_district>("上海关区").code()` // "2200" */
template <>
struct text_parser<customs_district> {
  static constexpr customs_district parse(std::string_view text) {
    for (const auto& r : detail::customs_district_rows)
      if (r.name_en == text || r.name_zh == text) return customs_district(r.code);
    return customs_district(text);
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_CODES_CUSTOMS_DISTRICT_HPP
