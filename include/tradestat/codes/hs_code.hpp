// Harmonized System commodity codes: validated strings of 2, 4, 6, 8 or 10 digits (leading zeros
// kept) with the nomenclature edition they belong to. 2, 4 and 6 digits are international; 8
// (statistics) and 10 (tariff) digits are China's national codes built on an HS edition.
#ifndef TRADESTAT_CODES_HS_CODE_HPP
#define TRADESTAT_CODES_HS_CODE_HPP

#include <tradestat/codes/catalogue/hs2022.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/detail/digits.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace tradestat {

/** The HS editions; Comtrade calls them H0 (1992) to H6 (2022).
    Example: `hs_version_from_comtrade("H6")` // hs_version::hs2022 */
enum class hs_version : std::uint8_t { hs1992, hs1996, hs2002, hs2007, hs2012, hs2017, hs2022 };

/** The year an edition took effect. Example: `hs_version_year(hs_version::hs2017)` // 2017 */
constexpr int hs_version_year(hs_version v) {
  constexpr int years[] = {1992, 1996, 2002, 2007, 2012, 2017, 2022};
  return years[static_cast<std::size_t>(v)];
}

/** The edition's name as printed. Example: `to_string(hs_version::hs2022)` // "HS 2022";
    `to_string(hs_version::hs2022, {.lang = language::zh})` // "HS 2022版" */
constexpr std::string_view to_string(hs_version v, text_format f = {}) {
  constexpr std::string_view names[] = {"HS 1992", "HS 1996", "HS 2002", "HS 2007",
                                        "HS 2012", "HS 2017", "HS 2022"};
  constexpr std::string_view names_zh[] = {"HS 1992版", "HS 1996版", "HS 2002版", "HS 2007版",
                                           "HS 2012版", "HS 2017版", "HS 2022版"};
  return detail::name_in(f, names[static_cast<std::size_t>(v)], names_zh[static_cast<std::size_t>(v)]);
}
template <>
inline constexpr bool detail::is_code_value<hs_version> = true;

/** Reads an edition as `to_string` prints it, in either language, or without the space ("HS2022").
    Example: `parse<hs_version>("HS 2017")` // hs_version::hs2017 */
template <>
struct text_parser<hs_version> {
  static constexpr hs_version parse(std::string_view text) {
    for (std::uint8_t i = 0; i < 7; ++i) {
      const auto v = static_cast<hs_version>(i);
      const std::string_view en = to_string(v);
      if (text == en || text == to_string(v, {.lang = language::zh}) ||
          (text.size() == 6 && text.substr(0, 2) == "HS" && text.substr(2) == en.substr(3)))
        return v;
    }
    throw detail::unknown_name(text, "an HS edition", "HS 1992, HS 1996, HS 2002, HS 2007, HS 2012, HS 2017, HS 2022");
  }
};

/** Comtrade's classification code for an edition (a code mapping, not display text).
    Example: `comtrade_classification(hs_version::hs1992)` // "H0" */
constexpr std::string_view comtrade_classification(hs_version v) {
  constexpr std::string_view codes[] = {"H0", "H1", "H2", "H3", "H4", "H5", "H6"};
  return codes[static_cast<std::size_t>(v)];
}

/** The edition a Comtrade classificationCode names (a lookup); throws `tradestat::error`
    (unknown_code) for others. Example: `hs_version_from_comtrade("H4")` // hs_version::hs2012 */
constexpr hs_version hs_version_from_comtrade(std::string_view code) {
  for (std::uint8_t i = 0; i < 7; ++i)
    if (comtrade_classification(static_cast<hs_version>(i)) == code) return static_cast<hs_version>(i);
  std::string message{"\""};
  message += code;
  message += "\" is not a Comtrade HS classification (H0 to H6)";
  throw error(error_kind::unknown_code, message);
}

/** One of the 21 HS sections. Example: `hs_code{"8542", hs_version::hs2022}.section()->roman()` // "XVI" */
class hs_section {
 public:
  /** Section 1 to 21; throws `tradestat::error` (invalid_argument) otherwise. Example: `hs_section{16}.number()` // 16 */
  constexpr explicit hs_section(int number) : number_(number) {
    if (number < 1 || number > 21) {
      std::string message{"HS section "};
      message += std::to_string(number);
      message += " is out of range 1..21";
      throw error(error_kind::invalid_argument, message);
    }
  }
  constexpr int number() const { return number_; }
  /** Example: `hs_section{16}.roman()` // "XVI" */
  constexpr std::string_view roman() const {
    constexpr std::string_view numerals[] = {"I",    "II",  "III",  "IV",    "V",   "VI",   "VII",
                                             "VIII", "IX",  "X",    "XI",    "XII", "XIII", "XIV",
                                             "XV",   "XVI", "XVII", "XVIII", "XIX", "XX",   "XXI"};
    return numerals[static_cast<std::size_t>(number_ - 1)];
  }
  /** The section's title in HS 2022 (the titles are stable across editions).
      Example: `hs_section{11}.name()` // "Textiles and textile articles" */
  constexpr std::string_view name() const {
    return detail::hs_section_names[static_cast<std::size_t>(number_ - 1)];
  }

  friend constexpr bool operator==(hs_section, hs_section) = default;
  friend constexpr auto operator<=>(hs_section, hs_section) = default;

 private:
  int number_;
};

namespace detail {
template <class>
inline constexpr bool hs_dependent_false = false;
}  // namespace detail

/** A commodity code: 2, 4, 6, 8 or 10 digits with its HS edition; malformed digits throw a
    parse_error whose offset() is the bad character's position.
    Example: `hs_code{"010121", hs_version::hs2022}.heading().digits()` // "0101" */
class hs_code {
 public:
  constexpr hs_code(std::string_view digits, hs_version version) : version_(version) {
    const std::size_t n = digits.size();
    if (const auto bad = detail::first_non_digit(digits); bad && *bad < 10)
      throw parse_error(digits, *bad, "an HS code", "expected a digit 0-9 (an HS code is 2, 4, 6, 8 or 10 digits)");
    if (n != 2 && n != 4 && n != 6 && n != 8 && n != 10) {
      std::string problem = n < 10 ? "expected another digit" : "expected the end of the code";
      problem += ": an HS code is 2, 4, 6, 8 or 10 digits, this one has ";
      problem += std::to_string(n);
      throw parse_error(digits, n < 10 ? n : 10, "an HS code", problem);
    }
    if (digits[0] == '0' && digits[1] == '0')
      throw parse_error(digits, 0, "an HS code", "expected a chapter 01 to 99, not 00");
    std::copy(digits.begin(), digits.end(), digits_.begin());
    size_ = static_cast<std::uint8_t>(n);
  }

  // Deleted on purpose: as a number, 010121 loses its leading zero (and is an octal literal).
  template <class Number>
  requires std::is_arithmetic_v<Number> hs_code(Number, hs_version) {
    static_assert(detail::hs_dependent_false<Number>,
                  "an HS code is text, not a number (leading zeros matter): write "
                  "hs_code{\"010121\", hs_version::hs2022}");
  }

  /** The digits, leading zeros kept. Example: `hs_code{"010121", hs_version::hs2022}.digits()` // "010121" */
  constexpr std::string_view digits() const { return {digits_.data(), size_}; }
  /** 2, 4, 6, 8 or 10. Example: `hs_code{"0101", hs_version::hs2022}.length()` // 4 */
  constexpr std::size_t length() const { return size_; }
  constexpr hs_version version() const { return version_; }
  /** True for China's 8- and 10-digit national codes. Example: `hs_code{"85076000", hs_version::hs2022}.is_national()` // true */
  constexpr bool is_national() const { return size_ > 6; }

  /** The 2-digit chapter. Example: `hs_code{"010121", hs_version::hs2022}.chapter().digits()` // "01" */
  constexpr hs_code chapter() const { return prefix(2); }
  /** The 4-digit heading; throws `tradestat::error` (invalid_argument) for a chapter.
      Example: `hs_code{"010121", hs_version::hs2022}.heading().digits()` // "0101" */
  constexpr hs_code heading() const { return prefix(4); }
  /** The 6-digit subheading; throws `tradestat::error` (invalid_argument) for shorter codes.
      Example: `hs_code{"85076000", hs_version::hs2022}.subheading().digits()` // "850760" */
  constexpr hs_code subheading() const { return prefix(6); }
  /** The first `n` digits (n = 2, 4, 6, 8 or 10, at most the code's length). */
  constexpr hs_code prefix(std::size_t n) const {
    if (n > size_) {
      std::string message{"HS code "};
      message += digits();
      message += " has only ";
      message += std::to_string(size_);
      message += " digits: it has no ";
      message += std::to_string(n);
      message += "-digit prefix";
      throw error(error_kind::invalid_argument, message);
    }
    return hs_code(digits().substr(0, n), version_);
  }
  /** The chapter as a number. Example: `hs_code{"854231", hs_version::hs2022}.chapter_number()` // 85 */
  constexpr int chapter_number() const { return detail::digits_value<int>(digits().substr(0, 2)); }

  /** The section of the code's chapter, or nothing for chapters outside the 21 sections (77
      reserved, 98, 99). Example: `hs_code{"5201", hs_version::hs2022}.section()->number()` // 11 */
  constexpr std::optional<hs_section> section() const {
    const int s = detail::hs_chapter_section[static_cast<std::size_t>(chapter_number())];
    if (s == 0) return std::nullopt;
    return hs_section(s);
  }

  /** True when this code lies under `prefix` (same edition required; throws `tradestat::error`
      (invalid_argument) otherwise, because codes move between editions).
      Example: `hs_code{"85076000", v}.starts_with(hs_code{"8507", v})` // true */
  constexpr bool starts_with(const hs_code& prefix) const {
    if (prefix.version_ != version_) {
      std::string message{"cannot match "};
      message += to_string(version_);
      message += " code ";
      message += digits();
      message += " against ";
      message += to_string(prefix.version_);
      message += " code ";
      message += prefix.digits();
      message += ": map it to one edition first";
      throw error(error_kind::invalid_argument, message);
    }
    return digits().substr(0, prefix.length()) == prefix.digits();
  }
  /** Prefix matching on digits alone, for groups defined on codes stable across editions.
      Example: `hs_code{"870380", hs_version::hs2017}.starts_with_digits("87")` // true */
  constexpr bool starts_with_digits(std::string_view prefix) const {
    return digits().substr(0, prefix.size()) == prefix;
  }

  friend constexpr bool operator==(const hs_code& a, const hs_code& b) {
    return a.version_ == b.version_ && a.digits() == b.digits();
  }
  friend constexpr std::strong_ordering operator<=>(const hs_code& a, const hs_code& b) {
    if (auto c = a.version_ <=> b.version_; c != 0) return c;
    return a.digits().compare(b.digits()) <=> 0;
  }

 private:
  std::array<char, 10> digits_{};
  std::uint8_t size_ = 0;
  hs_version version_;
};

namespace detail {
// Position of a 2-, 4- or 6-digit HS 2022 code in its generated list.
constexpr std::optional<std::size_t> hs2022_position(const hs_code& c) {
  switch (c.length()) {
    case 2:
      return hs2022_chapters.find(c.digits());
    case 4:
      return hs2022_headings.find(c.digits());
    case 6:
      return hs2022_subheadings.find(c.digits());
    default:
      return std::nullopt;
  }
}
}  // namespace detail

/** True when an HS 2022 code is in the nomenclature; for 8- and 10-digit national codes, when its
    subheading is. Example: `in_hs2022_nomenclature(hs_code{"854142", hs_version::hs2022})` // true */
constexpr bool in_hs2022_nomenclature(const hs_code& c) {
  if (c.version() != hs_version::hs2022) return false;
  return detail::hs2022_position(c.is_national() ? c.subheading() : c).has_value();
}

/** The code's digits, as bulletins print them (the same in both languages; the edition is
    `to_string(c.version())`). Example: `to_string(hs_code{"010121", hs_version::hs2022})` // "010121" */
inline std::string to_string(const hs_code& c, text_format = {}) { return std::string(c.digits()); }
template <>
inline constexpr bool detail::is_code_value<hs_code> = true;

/** The section as printed: "Section XVI", in Chinese "第十六类".
    Example: `to_string(hs_section{16}, {.lang = language::zh})` // "第十六类" */
inline std::string to_string(const hs_section& s, text_format f = {}) {
  if (f.lang == language::zh) {
    constexpr std::string_view digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const int n = s.number();
    std::string out{"第"};
    if (n >= 20) out += "二";
    if (n >= 10) out += "十";
    if (n % 10 != 0) out += digits[n % 10 - 1];
    out += "类";
    return out;
  }
  std::string out{"Section "};
  out += s.roman();
  return out;
}
template <>
inline constexpr bool detail::is_code_value<hs_section> = true;

}  // namespace tradestat

#endif  // TRADESTAT_CODES_HS_CODE_HPP
