// A trade partner's code in one named scheme: GACC, Comtrade, ISO 3166-1, CEPII. A partner code is
// never a bare integer, so 502 (GACC: United States) cannot be mistaken for 502 in another scheme.
#ifndef TRADESTAT_CODES_PARTNER_CODE_HPP
#define TRADESTAT_CODES_PARTNER_CODE_HPP

#include <tradestat/detail/code_text.hpp>
#include <tradestat/detail/digits.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

namespace tradestat {

/** The code schemes partners are identified by. Example: `to_string(code_scheme::gacc)` // "GACC" (502 = United States) */
enum class code_scheme {
  iso_alpha2,   // ISO 3166-1 alpha-2 ("US")
  iso_alpha3,   // ISO 3166-1 alpha-3 ("USA")
  iso_numeric,  // ISO 3166-1 numeric (840)
  gacc,         // China Customs 3-digit partner code (502), 贸易伙伴编码
  gacc_alpha3,  // 3-letter country code on Chinese customs declarations since 2018 ("USA", "ZZZ")
  comtrade,     // UN Comtrade numeric partner/reporter code (842; 0 = World)
  cepii,        // CEPII BACI numeric country code (follows Comtrade's numbering)
};

/** True for the schemes whose codes are numbers. Example: `is_numeric_scheme(code_scheme::gacc)` // true */
constexpr bool is_numeric_scheme(code_scheme s) {
  return s == code_scheme::iso_numeric || s == code_scheme::gacc || s == code_scheme::comtrade ||
         s == code_scheme::cepii;
}

/** The scheme's name as printed in messages. Example: `to_string(code_scheme::comtrade)` // "Comtrade";
    `to_string(code_scheme::gacc, {.lang = language::zh})` // "海关贸易伙伴代码" */
constexpr std::string_view to_string(code_scheme s, text_format f = {}) {
  switch (s) {
    case code_scheme::iso_alpha2:
      return detail::name_in(f, "ISO 3166-1 alpha-2", "ISO 3166-1二位字母代码");
    case code_scheme::iso_alpha3:
      return detail::name_in(f, "ISO 3166-1 alpha-3", "ISO 3166-1三位字母代码");
    case code_scheme::iso_numeric:
      return detail::name_in(f, "ISO 3166-1 numeric", "ISO 3166-1数字代码");
    case code_scheme::gacc:
      return detail::name_in(f, "GACC", "海关贸易伙伴代码");
    case code_scheme::gacc_alpha3:
      return detail::name_in(f, "GACC declaration", "报关单国别代码");
    case code_scheme::comtrade:
      return detail::name_in(f, "Comtrade", "联合国商品贸易统计数据库代码");
    case code_scheme::cepii:
      return detail::name_in(f, "CEPII", "CEPII代码");
  }
  return "unknown scheme";
}
template <>
inline constexpr bool detail::is_code_value<code_scheme> = true;

namespace detail {
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr std::size_t alpha_length(code_scheme s) { return s == code_scheme::iso_alpha2 ? 2 : 3; }

// Out of line, so that reading a code stays a constant expression until it fails.
[[noreturn]] inline void fail_code_text(code_scheme s, std::string_view text, std::size_t at, std::string_view problem) {
  std::string target{to_string(s)};
  target += " code";
  throw parse_error(text, at, target, problem);
}

// The letters of a letter code: exactly 2 (alpha-2) or 3 upper-case letters; the error names the
// first character that is wrong.
[[noreturn]] inline void fail_letter_code(code_scheme s, std::string_view text) {
  const std::size_t want = alpha_length(s);
  std::size_t at = 0;
  while (at < text.size() && at < want && is_upper(text[at])) ++at;
  std::string target{to_string(s)};
  target += " code";
  std::string problem = at < text.size() && at < want ? "expected an upper-case letter A-Z"
                        : at < want                   ? "expected more letters"
                                                      : "expected the end of the code";
  problem += " (the code is ";
  problem += std::to_string(want);
  problem += " upper-case letters)";
  throw parse_error(text, at, target, problem);
}
}  // namespace detail

/** A partner code that carries its scheme; well-formed by construction (it need not be a known code).
    Example: `partner_code<code_scheme::gacc>{502}.value()` // 502 */
template <code_scheme Scheme>
class partner_code {
 public:
  static constexpr code_scheme scheme = Scheme;

  /** A numeric code; throws `tradestat::error` (invalid_argument) outside 0..999 (GACC: 100..999).
      Example: `comtrade_code{842}.value()` // 842 */
  constexpr explicit partner_code(int code) requires(is_numeric_scheme(Scheme)) {
    if (code < lowest_code || code > 999) out_of_range(code);
    number_ = code;
  }

  /** A letter code; throws `parse_error` naming the first wrong character unless it is 2 (alpha-2)
      or 3 upper-case letters. Example: `iso_alpha2_code{"US"}.text()` // "US" */
  constexpr explicit partner_code(std::string_view code) requires(!is_numeric_scheme(Scheme)) {
    bool ok = code.size() == detail::alpha_length(Scheme);
    for (char c : code) ok = ok && detail::is_upper(c);
    if (!ok) detail::fail_letter_code(Scheme, code);
    for (std::size_t i = 0; i < code.size(); ++i) letters_[i] = code[i];
  }

  /** The number of a numeric code. Example: `comtrade_code{490}.value()` // 490 */
  constexpr int value() const requires(is_numeric_scheme(Scheme)) { return number_; }

  /** The letters of a letter code. Example: `iso_alpha3_code{"KAZ"}.text()` // "KAZ" */
  constexpr std::string_view text() const requires(!is_numeric_scheme(Scheme)) {
    return {letters_.data(), detail::alpha_length(Scheme)};
  }

  friend constexpr bool operator==(const partner_code&, const partner_code&) = default;
  friend constexpr auto operator<=>(const partner_code&, const partner_code&) = default;

 private:
  static constexpr int lowest_code = Scheme == code_scheme::gacc ? 100 : 0;
  // Out of line so that making a code stays small enough to inline.
  [[noreturn]] static void out_of_range(int code) {
    std::string message{to_string(Scheme)};
    message += " code ";
    message += std::to_string(code);
    message += " is out of range ";
    message += std::to_string(lowest_code);
    message += "..999";
    throw error(error_kind::invalid_argument, message);
  }
  int number_ = 0;
  std::array<char, 3> letters_{};
};

/** The code as printed: ISO numeric zero-padded to 3 digits, others as they are (the same in both
    languages). Example: `to_string(iso_numeric_code{4})` // "004"; `to_string(comtrade_code{0})` // "0" */
template <code_scheme Scheme>
std::string to_string(const partner_code<Scheme>& c, text_format = {}) {
  if constexpr (is_numeric_scheme(Scheme)) {
    std::string s = std::to_string(c.value());
    if (Scheme == code_scheme::iso_numeric) s.insert(0, 3 - s.size(), '0');
    return s;
  } else {
    return std::string(c.text());
  }
}
template <code_scheme Scheme>
inline constexpr bool detail::is_code_value<partner_code<Scheme>> = true;

/** Reads a code as files give it: 1 to 3 digits for numeric schemes ("004", "0"), the letters
    otherwise; a parse_error names the first wrong character. Example: `parse<gacc_code>("402").value()` // 402 */
template <code_scheme Scheme>
struct text_parser<partner_code<Scheme>> {
  static constexpr partner_code<Scheme> parse(std::string_view text) {
    if constexpr (is_numeric_scheme(Scheme)) {
      if (const auto bad = detail::first_non_digit(text)) detail::fail_code_text(Scheme, text, *bad, "expected a digit");
      if (text.empty()) detail::fail_code_text(Scheme, text, 0, "expected 1 to 3 digits");
      if (text.size() > 3) detail::fail_code_text(Scheme, text, 3, "expected the end of the code (1 to 3 digits)");
      const int n = detail::digits_value<int>(text);
      if (Scheme == code_scheme::gacc && n < 100) detail::fail_code_text(Scheme, text, 0, "expected a code from 100 to 999");
      return partner_code<Scheme>(n);
    } else {
      return partner_code<Scheme>(text);
    }
  }
};

/** ISO 3166-1 alpha-2 code. Example: `iso_alpha2_code{"KZ"}.text()` // "KZ" */
using iso_alpha2_code = partner_code<code_scheme::iso_alpha2>;
/** ISO 3166-1 alpha-3 code. Example: `iso_alpha3_code{"KAZ"}.text()` // "KAZ" */
using iso_alpha3_code = partner_code<code_scheme::iso_alpha3>;
/** ISO 3166-1 numeric code. Example: `to_string(iso_numeric_code{4})` // "004" (Afghanistan) */
using iso_numeric_code = partner_code<code_scheme::iso_numeric>;
/** GACC 3-digit partner code (贸易伙伴编码). Example: `gacc_code{502}.value()` // 502 (United States) */
using gacc_code = partner_code<code_scheme::gacc>;
/** 3-letter code on Chinese customs declarations since 2018. Example: `gacc_alpha3_code{"ZZZ"}.text()` // "ZZZ" */
using gacc_alpha3_code = partner_code<code_scheme::gacc_alpha3>;
/** UN Comtrade numeric code. Example: `comtrade_code{842}.value()` // 842 (United States) */
using comtrade_code = partner_code<code_scheme::comtrade>;
/** CEPII BACI numeric code. Example: `cepii_code{842}.value()` // 842 (United States) */
using cepii_code = partner_code<code_scheme::cepii>;

}  // namespace tradestat

#endif  // TRADESTAT_CODES_PARTNER_CODE_HPP
