// Harmonized System commodity codes: validated strings of 2, 4, 6, 8 or 10 digits (leading zeros
// kept) with the nomenclature edition they belong to. 2, 4 and 6 digits are international; 8
// (statistics) and 10 (tariff) digits are China's national codes built on an HS edition.
#ifndef TRADESTAT_CODES_HS_CODE_HPP
#define TRADESTAT_CODES_HS_CODE_HPP

#include <tradestat/codes/catalogue/hs2022.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace tradestat {

/** The HS editions; Comtrade calls them H0 (1992) to H6 (2022).
    Example: `hs_version_from_comtrade("H6")` is `hs_version::hs2022`. */
enum class hs_version : std::uint8_t { hs1992, hs1996, hs2002, hs2007, hs2012, hs2017, hs2022 };

/** The year an edition took effect. Example: `hs_version_year(hs_version::hs2017)` is 2017. */
constexpr int hs_version_year(hs_version v) {
  constexpr int years[] = {1992, 1996, 2002, 2007, 2012, 2017, 2022};
  return years[static_cast<std::size_t>(v)];
}

/** The edition's name as printed. Example: `hs_version_name(hs_version::hs2022)` is "HS 2022". */
constexpr std::string_view hs_version_name(hs_version v) {
  constexpr std::string_view names[] = {"HS 1992", "HS 1996", "HS 2002", "HS 2007",
                                        "HS 2012", "HS 2017", "HS 2022"};
  return names[static_cast<std::size_t>(v)];
}

/** Comtrade's classification code for an edition. Example: `comtrade_classification(hs_version::hs1992)` is
 * "H0". */
constexpr std::string_view comtrade_classification(hs_version v) {
  constexpr std::string_view codes[] = {"H0", "H1", "H2", "H3", "H4", "H5", "H6"};
  return codes[static_cast<std::size_t>(v)];
}

/** The edition a Comtrade classificationCode names; throws std::invalid_argument for others.
    Example: `hs_version_from_comtrade("H4")` is `hs_version::hs2012`. */
constexpr hs_version hs_version_from_comtrade(std::string_view code) {
  for (std::uint8_t i = 0; i < 7; ++i)
    if (comtrade_classification(static_cast<hs_version>(i)) == code) return static_cast<hs_version>(i);
  throw std::invalid_argument("\"" + std::string(code) + "\" is not a Comtrade HS classification (H0 to H6)");
}

/** One of the 21 HS sections. Example: `hs_code{"8542", hs_version::hs2022}.section()->roman()` is "XVI". */
class hs_section {
 public:
  /** Section 1 to 21; throws std::invalid_argument otherwise. Example: `hs_section{16}`. */
  constexpr explicit hs_section(int number) : number_(number) {
    if (number < 1 || number > 21)
      throw std::invalid_argument("HS section " + std::to_string(number) + " is out of range 1..21");
  }
  constexpr int number() const { return number_; }
  /** Example: "XVI" for section 16. */
  constexpr std::string_view roman() const {
    constexpr std::string_view numerals[] = {"I",    "II",  "III",  "IV",    "V",   "VI",   "VII",
                                             "VIII", "IX",  "X",    "XI",    "XII", "XIII", "XIV",
                                             "XV",   "XVI", "XVII", "XVIII", "XIX", "XX",   "XXI"};
    return numerals[static_cast<std::size_t>(number_ - 1)];
  }
  /** The section's title in HS 2022 (the titles are stable across editions).
      Example: "Textiles and textile articles" for section 11. */
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

/** A commodity code: 2, 4, 6, 8 or 10 digits with its HS edition; throws std::invalid_argument when
    malformed. Example: `hs_code{"010121", hs_version::hs2022}.heading().digits()` is "0101". */
class hs_code {
 public:
  constexpr hs_code(std::string_view digits, hs_version version) : version_(version) {
    const std::size_t n = digits.size();
    if (n != 2 && n != 4 && n != 6 && n != 8 && n != 10)
      throw std::invalid_argument("HS code \"" + std::string(digits) + "\" has " + std::to_string(n) +
                                  " characters: expected 2, 4, 6, 8 or 10 digits");
    for (char c : digits)
      if (c < '0' || c > '9')
        throw std::invalid_argument("HS code \"" + std::string(digits) +
                                    "\" contains a character that is not a digit");
    if (digits[0] == '0' && digits[1] == '0')
      throw std::invalid_argument("HS code \"" + std::string(digits) +
                                  "\" has chapter 00: chapters are 01 to 99");
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

  /** The digits, leading zeros kept. Example: "010121". */
  constexpr std::string_view digits() const { return {digits_.data(), size_}; }
  /** 2, 4, 6, 8 or 10. */
  constexpr std::size_t length() const { return size_; }
  constexpr hs_version version() const { return version_; }
  /** True for China's 8- and 10-digit national codes. Example: true for "85076000". */
  constexpr bool is_national() const { return size_ > 6; }

  /** The 2-digit chapter. Example: "01" for "010121". */
  constexpr hs_code chapter() const { return prefix(2); }
  /** The 4-digit heading; throws std::logic_error for a chapter. Example: "0101" for "010121". */
  constexpr hs_code heading() const { return prefix(4); }
  /** The 6-digit subheading; throws std::logic_error for shorter codes. Example: "850760" for "85076000". */
  constexpr hs_code subheading() const { return prefix(6); }
  /** The first `n` digits (n = 2, 4, 6, 8 or 10, at most the code's length). */
  constexpr hs_code prefix(std::size_t n) const {
    if (n > size_)
      throw std::logic_error("HS code " + std::string(digits()) + " has only " + std::to_string(size_) +
                             " digits: it has no " + std::to_string(n) + "-digit prefix");
    return hs_code(digits().substr(0, n), version_);
  }
  /** The chapter as a number. Example: 85 for "854231". */
  constexpr int chapter_number() const { return (digits_[0] - '0') * 10 + (digits_[1] - '0'); }

  /** The section of the code's chapter, or nothing for chapters outside the 21 sections (77
      reserved, 98, 99). Example: section XI for "5201". */
  constexpr std::optional<hs_section> section() const {
    const int s = detail::hs_chapter_section[static_cast<std::size_t>(chapter_number())];
    if (s == 0) return std::nullopt;
    return hs_section(s);
  }

  /** True when this code lies under `prefix` (same edition required; throws std::invalid_argument
      otherwise, because codes move between editions). Example: "85076000" starts with "8507". */
  constexpr bool starts_with(const hs_code& prefix) const {
    if (prefix.version_ != version_)
      throw std::invalid_argument("cannot match " + std::string(hs_version_name(version_)) + " code " +
                                  std::string(digits()) + " against " +
                                  std::string(hs_version_name(prefix.version_)) + " code " +
                                  std::string(prefix.digits()) + ": map it to one edition first");
    return digits().substr(0, prefix.length()) == prefix.digits();
  }
  /** Prefix matching on digits alone, for groups defined on codes stable across editions.
      Example: `hs_code{"870380", hs_version::hs2017}.starts_with_digits("87")` is true. */
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
template <class T, std::size_t N>
constexpr std::optional<std::size_t> position_in(const T (&sorted)[N], std::uint32_t value) {
  const T* it = std::lower_bound(sorted, sorted + N, value, [](T a, std::uint32_t v) { return a < v; });
  if (it == sorted + N || *it != value) return std::nullopt;
  return static_cast<std::size_t>(it - sorted);
}

constexpr std::uint32_t digits_value(std::string_view d) {
  std::uint32_t v = 0;
  for (char c : d) v = v * 10 + static_cast<std::uint32_t>(c - '0');
  return v;
}

// Position of a 2-, 4- or 6-digit HS 2022 code in its generated list.
constexpr std::optional<std::size_t> hs2022_position(const hs_code& c) {
  const std::uint32_t v = digits_value(c.digits());
  switch (c.length()) {
    case 2:
      return position_in(hs2022_chapters, v);
    case 4:
      return position_in(hs2022_headings, v);
    case 6:
      return position_in(hs2022_subheadings, v);
    default:
      return std::nullopt;
  }
}
}  // namespace detail

/** True when an HS 2022 code is in the nomenclature; for 8- and 10-digit national codes, when its
    subheading is. Example: `in_hs2022_nomenclature(hs_code{"854142", hs_version::hs2022})` is true. */
constexpr bool in_hs2022_nomenclature(const hs_code& c) {
  if (c.version() != hs_version::hs2022) return false;
  return detail::hs2022_position(c.is_national() ? c.subheading() : c).has_value();
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_HS_CODE_HPP
