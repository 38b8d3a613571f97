// China's provincial divisions by GB/T 2260 code (the 注册地 "domestic region" of GACC data;
// 65 = Xinjiang), and Xinjiang's prefecture-level divisions. Tables: catalogue/provinces.hpp, generated
// by tools/gen_provinces.py.
#ifndef TRADESTAT_CODES_PROVINCE_HPP
#define TRADESTAT_CODES_PROVINCE_HPP

#include <tradestat/codes/catalogue/provinces.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/detail/digits.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace tradestat {

namespace detail {
[[noreturn]] inline void throw_unknown_division(std::string_view what, int code, std::string_view note) {
  std::string message{"GB/T 2260 "};
  message += what;
  message += " code ";
  message += std::to_string(code);
  message += " is not in the table";
  message += note;
  throw error(error_kind::unknown_code, message);
}

// The row of each two-digit code 0-99 in province_rows, or -1: one load where a search of the
// table took up to 34 comparisons (readers look a region up on every row).
inline constexpr std::array<std::int8_t, 100> province_row_of = [] {
  std::array<std::int8_t, 100> rows{};
  rows.fill(-1);
  for (std::size_t i = 0; i < std::size(province_rows); ++i)
    rows[static_cast<std::size_t>(province_rows[i].code)] = static_cast<std::int8_t>(i);
  return rows;
}();
}  // namespace detail

/** A provincial-level division (province, autonomous region, municipality, SAR) by GB/T 2260 code.
    Example: `to_string(province::from_gb2260(65), {.lang = language::zh})` // "新疆维吾尔自治区" */
class province {
 public:
  /** The division with a two-digit GB/T 2260 code (a lookup); throws `tradestat::error` (unknown_code)
      for codes not in the table. Example: `province::from_gb2260(11).iso_3166_2()` // "CN-BJ" */
  static constexpr province from_gb2260(int code) {
    if (const std::optional<province> p = find_gb2260(code)) return *p;
    detail::throw_unknown_division("province", code, "");
  }

  /** The division with this code, or nullopt when the table has none (no exception: for readers
      that reject a row). Example: `province::find_gb2260(65)->iso_3166_2()` // "CN-XJ" */
  static constexpr std::optional<province> find_gb2260(int code) noexcept {
    if (code < 0 || code >= static_cast<int>(detail::province_row_of.size())) return std::nullopt;
    const int row = detail::province_row_of[static_cast<std::size_t>(code)];
    if (row < 0) return std::nullopt;
    return province(static_cast<std::size_t>(row));
  }

  /** The two-digit code. Example: `province::from_gb2260(65).gb2260()` // 65 */
  constexpr int gb2260() const { return row().code; }
  /** The ISO 3166-2 code. Example: `province::from_gb2260(65).iso_3166_2()` // "CN-XJ" */
  constexpr std::string_view iso_3166_2() const { return row().iso_3166_2; }
  /** ISO's subdivision type. Example: `province::from_gb2260(65).kind()` // "Autonomous region" */
  constexpr std::string_view kind() const { return row().kind; }

  friend constexpr bool operator==(province, province) = default;
  friend constexpr auto operator<=>(province, province) = default;

  /** The division's name: in English its ISO 3166-2 romanised name, in Chinese its own.
      Example: `to_string(province::from_gb2260(65))` // "Xinjiang Uygur Zizhiqu" */
  friend constexpr std::string_view to_string(province p, text_format f = {}) {
    return detail::name_in(f, p.row().name_romanised, p.row().name_zh);
  }

 private:
  constexpr explicit province(std::size_t i) : index_(i) {}
  constexpr const detail::province_row& row() const { return detail::province_rows[index_]; }
  std::size_t index_;
};
template <>
inline constexpr bool detail::is_code_value<province> = true;

/** Reads a division as files give it (the two-digit code, "65") or as printed: its Chinese name, its
    romanised name or its ISO 3166-2 code. A malformed code is a parse_error naming the offset; a
    well-formed code not in the table is `tradestat::error` (unknown_code).
    Example: `parse<province>("广东省").gb2260()` // 44 */
template <>
struct text_parser<province> {
  static constexpr province parse(std::string_view text) {
    if (!text.empty() && detail::is_digit(text[0])) {
      if (const auto bad = detail::first_non_digit(text))
        throw parse_error(text, *bad, "a province code", "expected a digit (the code is two digits)");
      if (text.size() != 2)
        throw parse_error(text, text.size() < 2 ? text.size() : 2, "a province code", "expected two digits");
      return province::from_gb2260(detail::digits_value<int>(text));
    }
    for (std::size_t i = 0; i < std::size(detail::province_rows); ++i) {
      const auto& r = detail::province_rows[i];
      if (r.name_zh == text || r.name_romanised == text || r.iso_3166_2 == text) return province::from_gb2260(r.code);
    }
    throw detail::unknown_name(text, "a province",
                               "a two-digit GB/T 2260 code, or a Chinese, romanised or ISO 3166-2 name in the table");
  }
};

/** A prefecture-level division of Xinjiang by six-digit GB/T 2260 code (the only province whose
    prefectures the library ships; the list comes from one public source and is unsure).
    Example: `to_string(prefecture::from_gb2260(650100))` // "乌鲁木齐市" */
class prefecture {
 public:
  /** A lookup; throws `tradestat::error` (unknown_code) for codes not in the table.
      Example: `prefecture::from_gb2260(653100).gb2260()` // 653100 */
  static constexpr prefecture from_gb2260(int code) {
    for (std::size_t i = 0; i < std::size(detail::xinjiang_prefecture_rows); ++i)
      if (detail::xinjiang_prefecture_rows[i].code == code) return prefecture(i);
    detail::throw_unknown_division("prefecture", code, " (only Xinjiang's prefectures are shipped)");
  }
  /** The six-digit code. Example: `prefecture::from_gb2260(650100).gb2260()` // 650100 */
  constexpr int gb2260() const { return row().code; }
  /** Example: `prefecture::from_gb2260(653100).level()` // "prefecture" ("autonomous prefecture", "prefecture-level city") */
  constexpr std::string_view level() const { return row().level; }
  /** The province it belongs to. Example: `prefecture::from_gb2260(650100).province_of().gb2260()` // 65 */
  constexpr province province_of() const { return province::from_gb2260(row().code / 10000); }

  friend constexpr bool operator==(prefecture, prefecture) = default;
  friend constexpr auto operator<=>(prefecture, prefecture) = default;

  /** The Chinese name, in either language (the library ships no English names for prefectures).
      Example: `to_string(prefecture::from_gb2260(653100))` // "喀什地区" */
  friend constexpr std::string_view to_string(prefecture p, text_format = {}) { return p.row().name_zh; }

 private:
  constexpr explicit prefecture(std::size_t i) : index_(i) {}
  constexpr const detail::prefecture_row& row() const { return detail::xinjiang_prefecture_rows[index_]; }
  std::size_t index_;
};
template <>
inline constexpr bool detail::is_code_value<prefecture> = true;

/** Reads a prefecture as its six-digit code or its Chinese name. Example: `parse<prefecture>("650100").gb2260()` // 650100 */
template <>
struct text_parser<prefecture> {
  static constexpr prefecture parse(std::string_view text) {
    if (!text.empty() && detail::is_digit(text[0])) {
      if (const auto bad = detail::first_non_digit(text))
        throw parse_error(text, *bad, "a prefecture code", "expected a digit (the code is six digits)");
      if (text.size() != 6)
        throw parse_error(text, text.size() < 6 ? text.size() : 6, "a prefecture code", "expected six digits");
      return prefecture::from_gb2260(detail::digits_value<int>(text));
    }
    for (const auto& r : detail::xinjiang_prefecture_rows)
      if (r.name_zh == text) return prefecture::from_gb2260(r.code);
    throw detail::unknown_name(text, "a prefecture", "a six-digit GB/T 2260 code or a Chinese name in the table");
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_CODES_PROVINCE_HPP
