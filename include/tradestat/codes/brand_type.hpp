// Brand types (品牌类型) declared on exports, and which of them count as self-owned brands (自主品牌).
#ifndef TRADESTAT_CODES_BRAND_TYPE_HPP
#define TRADESTAT_CODES_BRAND_TYPE_HPP

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tradestat {

/** The brand type of an export declaration.
    Example: `is_self_owned(brand_type::domestic_acquired)` is true. */
enum class brand_type : std::uint8_t {
  no_brand,           // 无品牌
  domestic_own,       // 境内自主品牌
  domestic_acquired,  // 境内收购品牌
  overseas_oem,       // 境外品牌（贴牌生产）
  overseas_other,     // 境外品牌（其他）
};

/** Self-branded goods (自主品牌) are the domestic self-owned and the domestic acquired brands.
    Example: `is_self_owned(brand_type::overseas_oem)` is false. */
constexpr bool is_self_owned(brand_type b) {
  return b == brand_type::domestic_own || b == brand_type::domestic_acquired;
}

/** English name. Example: `name_en(brand_type::overseas_oem)` is "overseas brand (original equipment
 * manufacturing)". */
constexpr std::string_view name_en(brand_type b) {
  switch (b) {
    case brand_type::no_brand:
      return "no brand";
    case brand_type::domestic_own:
      return "domestic self-owned brand";
    case brand_type::domestic_acquired:
      return "domestic acquired brand";
    case brand_type::overseas_oem:
      return "overseas brand (original equipment manufacturing)";
    case brand_type::overseas_other:
      return "overseas brand (other)";
  }
  return "";
}

/** Chinese name. Example: `name_zh(brand_type::domestic_own)` is "境内自主品牌". */
constexpr std::string_view name_zh(brand_type b) {
  switch (b) {
    case brand_type::no_brand:
      return "无品牌";
    case brand_type::domestic_own:
      return "境内自主品牌";
    case brand_type::domestic_acquired:
      return "境内收购品牌";
    case brand_type::overseas_oem:
      return "境外品牌（贴牌生产）";
    case brand_type::overseas_other:
      return "境外品牌（其他）";
  }
  return "";
}

/** The brand type a Chinese or English name gives; throws std::invalid_argument otherwise.
    Example: `brand_type_from_name("无品牌")` is `brand_type::no_brand`. */
constexpr brand_type brand_type_from_name(std::string_view name) {
  for (auto b : {brand_type::no_brand, brand_type::domestic_own, brand_type::domestic_acquired,
                 brand_type::overseas_oem, brand_type::overseas_other})
    if (name == name_zh(b) || name == name_en(b)) return b;
  throw std::invalid_argument("\"" + std::string(name) + "\" is not a brand type the library knows");
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_BRAND_TYPE_HPP
