// Brand types (品牌类型) declared on exports, and which of them count as self-owned brands (自主品牌).
#ifndef TRADESTAT_CODES_BRAND_TYPE_HPP
#define TRADESTAT_CODES_BRAND_TYPE_HPP

#include <tradestat/detail/code_text.hpp>
#include <tradestat/text.hpp>

#include <cstdint>
#include <string_view>

namespace tradestat {

/** The brand type of an export declaration. Example: `is_self_owned(brand_type::domestic_acquired)` // true */
enum class brand_type : std::uint8_t {
  no_brand,           // 无品牌
  domestic_own,       // 境内自主品牌
  domestic_acquired,  // 境内收购品牌
  overseas_oem,       // 境外品牌（贴牌生产）
  overseas_other,     // 境外品牌（其他）
};

/** Self-branded goods (自主品牌) are the domestic self-owned and the domestic acquired brands.
    Example: `is_self_owned(brand_type::overseas_oem)` // false */
constexpr bool is_self_owned(brand_type b) {
  return b == brand_type::domestic_own || b == brand_type::domestic_acquired;
}

/** The type's name. Example: `to_string(brand_type::overseas_oem)` // "overseas brand (original equipment
    manufacturing)"; `to_string(brand_type::domestic_own, {.lang = language::zh})` // "境内自主品牌" */
constexpr std::string_view to_string(brand_type b, text_format f = {}) {
  switch (b) {
    case brand_type::no_brand:
      return detail::name_in(f, "no brand", "无品牌");
    case brand_type::domestic_own:
      return detail::name_in(f, "domestic self-owned brand", "境内自主品牌");
    case brand_type::domestic_acquired:
      return detail::name_in(f, "domestic acquired brand", "境内收购品牌");
    case brand_type::overseas_oem:
      return detail::name_in(f, "overseas brand (original equipment manufacturing)", "境外品牌（贴牌生产）");
    case brand_type::overseas_other:
      return detail::name_in(f, "overseas brand (other)", "境外品牌（其他）");
  }
  return "";
}
template <>
inline constexpr bool detail::is_code_value<brand_type> = true;

/** Reads a type's English or Chinese name as `to_string` prints it.
    Example: `parse<brand_type>("无品牌")` // brand_type::no_brand */
template <>
struct text_parser<brand_type> {
  static constexpr brand_type parse(std::string_view name) {
    for (auto b : {brand_type::no_brand, brand_type::domestic_own, brand_type::domestic_acquired,
                   brand_type::overseas_oem, brand_type::overseas_other})
      if (name == to_string(b, {.lang = language::zh}) || name == to_string(b)) return b;
    throw detail::unknown_name(name, "a brand type",
                               "无品牌, 境内自主品牌, 境内收购品牌, 境外品牌（贴牌生产）, 境外品牌（其他） or their "
                               "English names");
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_CODES_BRAND_TYPE_HPP
