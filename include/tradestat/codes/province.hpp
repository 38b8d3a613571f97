// China's provincial divisions by GB/T 2260 code (the 注册地 "domestic region" of GACC data;
// 65 = Xinjiang), and Xinjiang's prefecture-level divisions. Tables: catalogue/provinces.hpp, generated
// by tools/gen_provinces.py.
#ifndef TRADESTAT_CODES_PROVINCE_HPP
#define TRADESTAT_CODES_PROVINCE_HPP

#include <tradestat/codes/catalogue/provinces.hpp>

#include <compare>
#include <cstddef>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tradestat {

/** A provincial-level division (province, autonomous region, municipality, SAR) by GB/T 2260 code.
    Example: `province::from_gb2260(65).name_zh()` is "新疆维吾尔自治区". */
class province {
 public:
  /** The division with a two-digit GB/T 2260 code; throws std::out_of_range for codes not in the
      table. Example: `province::from_gb2260(11).iso_3166_2()` is "CN-BJ". */
  static constexpr province from_gb2260(int code) {
    for (std::size_t i = 0; i < std::size(detail::province_rows); ++i)
      if (detail::province_rows[i].code == code) return province(i);
    throw std::out_of_range("GB/T 2260 province code " + std::to_string(code) + " is not in the table");
  }
  /** Reads a two-digit code as files give it. Example: `province::parse("65")`. */
  static constexpr province parse(std::string_view text) {
    if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9')
      throw std::invalid_argument("province code \"" + std::string(text) + "\" is not two digits");
    return from_gb2260((text[0] - '0') * 10 + (text[1] - '0'));
  }
  /** The division with a Chinese name. Example: `province::from_name_zh("广东省").gb2260()` is 44. */
  static constexpr province from_name_zh(std::string_view name) {
    for (std::size_t i = 0; i < std::size(detail::province_rows); ++i)
      if (detail::province_rows[i].name_zh == name) return province(i);
    throw std::out_of_range("\"" + std::string(name) +
                            "\" is not the Chinese name of a province in the table");
  }

  constexpr int gb2260() const { return row().code; }
  /** Example: "新疆维吾尔自治区". */
  constexpr std::string_view name_zh() const { return row().name_zh; }
  /** The ISO 3166-2 romanised name. Example: "Xinjiang Uygur Zizhiqu". */
  constexpr std::string_view name_romanised() const { return row().name_romanised; }
  /** Example: "CN-XJ". */
  constexpr std::string_view iso_3166_2() const { return row().iso_3166_2; }
  /** ISO's subdivision type. Example: "Autonomous region". */
  constexpr std::string_view kind() const { return row().kind; }

  friend constexpr bool operator==(province, province) = default;
  friend constexpr auto operator<=>(province, province) = default;

 private:
  constexpr explicit province(std::size_t i) : index_(i) {}
  constexpr const detail::province_row& row() const { return detail::province_rows[index_]; }
  std::size_t index_;
};

/** A prefecture-level division of Xinjiang by six-digit GB/T 2260 code (the only province whose
    prefectures the library ships; the list comes from one public source and is unsure).
    Example: `prefecture::from_gb2260(650100).name_zh()` is "乌鲁木齐市". */
class prefecture {
 public:
  /** Throws std::out_of_range for codes not in the table. Example: `prefecture::from_gb2260(653100)`. */
  static constexpr prefecture from_gb2260(int code) {
    for (std::size_t i = 0; i < std::size(detail::xinjiang_prefecture_rows); ++i)
      if (detail::xinjiang_prefecture_rows[i].code == code) return prefecture(i);
    throw std::out_of_range("GB/T 2260 prefecture code " + std::to_string(code) +
                            " is not in the table (only Xinjiang's prefectures are shipped)");
  }
  constexpr int gb2260() const { return row().code; }
  /** Example: "喀什地区". */
  constexpr std::string_view name_zh() const { return row().name_zh; }
  /** Example: "prefecture", "autonomous prefecture", "prefecture-level city". */
  constexpr std::string_view level() const { return row().level; }
  /** The province it belongs to. Example: `prefecture::from_gb2260(650100).province_of().gb2260()` is 65. */
  constexpr province province_of() const { return province::from_gb2260(row().code / 10000); }

  friend constexpr bool operator==(prefecture, prefecture) = default;
  friend constexpr auto operator<=>(prefecture, prefecture) = default;

 private:
  constexpr explicit prefecture(std::size_t i) : index_(i) {}
  constexpr const detail::prefecture_row& row() const { return detail::xinjiang_prefecture_rows[index_]; }
  std::size_t index_;
};

}  // namespace tradestat

#endif  // TRADESTAT_CODES_PROVINCE_HPP
