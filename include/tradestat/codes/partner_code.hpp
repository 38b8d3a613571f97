// A trade partner's code in one named scheme: GACC, Comtrade, ISO 3166-1, CEPII. A partner code is
// never a bare integer, so 502 (GACC: United States) cannot be mistaken for 502 in another scheme.
#ifndef TRADESTAT_CODES_PARTNER_CODE_HPP
#define TRADESTAT_CODES_PARTNER_CODE_HPP

#include <tradestat/detail/digits.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tradestat {

/** The code schemes partners are identified by.
    Example: `code_scheme::gacc` names China Customs' 3-digit codes (502 = United States). */
enum class code_scheme {
  iso_alpha2,   // ISO 3166-1 alpha-2 ("US")
  iso_alpha3,   // ISO 3166-1 alpha-3 ("USA")
  iso_numeric,  // ISO 3166-1 numeric (840)
  gacc,         // China Customs 3-digit partner code (502), 贸易伙伴编码
  gacc_alpha3,  // 3-letter country code on Chinese customs declarations since 2018 ("USA", "ZZZ")
  comtrade,     // UN Comtrade numeric partner/reporter code (842; 0 = World)
  cepii,        // CEPII BACI numeric country code (follows Comtrade's numbering)
};

/** True for the schemes whose codes are numbers.
    Example: `is_numeric_scheme(code_scheme::gacc)` is true. */
constexpr bool is_numeric_scheme(code_scheme s) {
  return s == code_scheme::iso_numeric || s == code_scheme::gacc || s == code_scheme::comtrade ||
         s == code_scheme::cepii;
}

/** The scheme's name as printed in messages.
    Example: `scheme_name(code_scheme::comtrade)` is "Comtrade". */
constexpr std::string_view scheme_name(code_scheme s) {
  switch (s) {
    case code_scheme::iso_alpha2:
      return "ISO 3166-1 alpha-2";
    case code_scheme::iso_alpha3:
      return "ISO 3166-1 alpha-3";
    case code_scheme::iso_numeric:
      return "ISO 3166-1 numeric";
    case code_scheme::gacc:
      return "GACC";
    case code_scheme::gacc_alpha3:
      return "GACC declaration";
    case code_scheme::comtrade:
      return "Comtrade";
    case code_scheme::cepii:
      return "CEPII";
  }
  return "unknown scheme";
}

namespace detail {
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr std::size_t alpha_length(code_scheme s) { return s == code_scheme::iso_alpha2 ? 2 : 3; }
}  // namespace detail

/** A partner code that carries its scheme; well-formed by construction (it need not be a known code).
    Example: `partner_code<code_scheme::gacc>{502}.value()` is 502. */
template <code_scheme Scheme>
class partner_code {
 public:
  static constexpr code_scheme scheme = Scheme;

  /** A numeric code; throws std::invalid_argument outside 0..999 (GACC: 100..999).
      Example: `comtrade_code{842}`. */
  constexpr explicit partner_code(int code) requires(is_numeric_scheme(Scheme)) {
    if (code < lowest_code || code > 999) out_of_range(code);
    number_ = code;
  }

  /** A letter code; throws std::invalid_argument unless it is 2 (alpha-2) or 3 upper-case letters.
      Example: `iso_alpha2_code{"US"}.text()` is "US". */
  constexpr explicit partner_code(std::string_view code) requires(!is_numeric_scheme(Scheme)) {
    bool ok = code.size() == detail::alpha_length(Scheme);
    for (char c : code) ok = ok && detail::is_upper(c);
    if (!ok)
      throw std::invalid_argument(std::string(scheme_name(Scheme)) + " code \"" + std::string(code) +
                                  "\" is not " + std::to_string(detail::alpha_length(Scheme)) +
                                  " upper-case letters");
    for (std::size_t i = 0; i < code.size(); ++i) letters_[i] = code[i];
  }

  /** Reads a code from text as files give it: digits for numeric schemes ("004", "0"), letters
      otherwise. Example: `gacc_code::parse("402").value()` is 402. */
  static constexpr partner_code parse(std::string_view text) {
    if constexpr (is_numeric_scheme(Scheme)) {
      bool ok = !text.empty() && text.size() <= 3;
      int n = 0;
      for (char c : text) {
        ok = ok && detail::is_digit(c);
        n = n * 10 + (c - '0');
      }
      if (!ok)
        throw std::invalid_argument(std::string(scheme_name(Scheme)) + " code \"" + std::string(text) +
                                    "\" is not 1 to 3 digits");
      return partner_code(n);
    } else {
      return partner_code(text);
    }
  }

  /** The number of a numeric code. Example: `comtrade_code{490}.value()` is 490. */
  constexpr int value() const requires(is_numeric_scheme(Scheme)) { return number_; }

  /** The letters of a letter code. Example: `iso_alpha3_code{"KAZ"}.text()` is "KAZ". */
  constexpr std::string_view text() const requires(!is_numeric_scheme(Scheme)) {
    return {letters_.data(), detail::alpha_length(Scheme)};
  }

  /** The code as printed: ISO numeric zero-padded to 3 digits, others as they are.
      Example: `iso_numeric_code{4}.to_string()` is "004"; `comtrade_code{0}.to_string()` is "0". */
  std::string to_string() const {
    if constexpr (is_numeric_scheme(Scheme)) {
      std::string s = std::to_string(number_);
      if (Scheme == code_scheme::iso_numeric) s.insert(0, 3 - s.size(), '0');
      return s;
    } else {
      return std::string(text());
    }
  }

  friend constexpr bool operator==(const partner_code&, const partner_code&) = default;
  friend constexpr auto operator<=>(const partner_code&, const partner_code&) = default;

 private:
  static constexpr int lowest_code = Scheme == code_scheme::gacc ? 100 : 0;
  // Out of line so that making a code stays small enough to inline.
  [[noreturn]] static void out_of_range(int code) {
    throw std::invalid_argument(std::string(scheme_name(Scheme)) + " code " + std::to_string(code) +
                                " is out of range " + std::to_string(lowest_code) + "..999");
  }
  int number_ = 0;
  std::array<char, 3> letters_{};
};

/** ISO 3166-1 alpha-2 code. Example: `iso_alpha2_code{"KZ"}`. */
using iso_alpha2_code = partner_code<code_scheme::iso_alpha2>;
/** ISO 3166-1 alpha-3 code. Example: `iso_alpha3_code{"KAZ"}`. */
using iso_alpha3_code = partner_code<code_scheme::iso_alpha3>;
/** ISO 3166-1 numeric code. Example: `iso_numeric_code{398}` (Kazakhstan). */
using iso_numeric_code = partner_code<code_scheme::iso_numeric>;
/** GACC 3-digit partner code (贸易伙伴编码). Example: `gacc_code{502}` (United States). */
using gacc_code = partner_code<code_scheme::gacc>;
/** 3-letter code on Chinese customs declarations since 2018. Example: `gacc_alpha3_code{"ZZZ"}`. */
using gacc_alpha3_code = partner_code<code_scheme::gacc_alpha3>;
/** UN Comtrade numeric code. Example: `comtrade_code{842}` (United States). */
using comtrade_code = partner_code<code_scheme::comtrade>;
/** CEPII BACI numeric code. Example: `cepii_code{842}` (United States). */
using cepii_code = partner_code<code_scheme::cepii>;

}  // namespace tradestat

#endif  // TRADESTAT_CODES_PARTNER_CODE_HPP
