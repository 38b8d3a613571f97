// Formatting and parsing money in English and Chinese, exactly: "520.4 billion yuan", "5203.7亿元".
#ifndef TRADESTAT_UNITS_MONEY_IO_HPP
#define TRADESTAT_UNITS_MONEY_IO_HPP

#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

#include <array>
#include <cstddef>
#include <iosfwd>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace tradestat {

/** How the currency is shown: "USD 74.7 billion", "$74.7 billion" or "74.7 billion US dollars". */
enum class currency_style { code, symbol, name };

/** How to print an amount: the common `text_format` (language, precision) plus the currency style,
 *  the scale word and thousands separators. `display_exponent` picks the scale word (English: 0,
 *  3 thousand, 6 million, 9 billion, 12 trillion; Chinese: 0, 3 千, 4 万, 8 亿, 12 万亿);
 *  `precision` is the digits after the point, < 0 prints every digit the amount has and no more,
 *  so the text parses back to the same amount. A `text_format` converts to the code style.
 *  Example: `to_string(money<CNY, wan>{52'037'000}, {language::zh, currency_style::name, 8, 1})`
 *  // "5203.7亿元" */
struct money_format {
  language lang = language::en;
  currency_style style = currency_style::code;
  int display_exponent = 0;
  int precision = -1;
  /** Thousands separators in the integer part; English uses them, Chinese releases do not. */
  std::optional<bool> group_thousands{};

  constexpr money_format() noexcept = default;
  constexpr money_format(language l, currency_style s = currency_style::code, int exponent = 0, int digits = -1,
                         std::optional<bool> group = {}) noexcept
      : lang(l), style(s), display_exponent(exponent), precision(digits), group_thousands(group) {}
  /** The common form `{language, precision}`: code style, no scale word. */
  constexpr money_format(language l, int digits) noexcept : lang(l), precision(digits) {}
  constexpr money_format(const text_format& f) noexcept  // NOLINT(google-explicit-constructor): same fields
      : lang(f.lang), precision(f.precision) {}
  friend constexpr bool operator==(const money_format&, const money_format&) = default;
};

namespace detail {

struct currency_words {
  std::string_view alpha, en_name, zh_name, symbol;
};

// Names and symbols for the currencies of most trade bulletins. English names as the Xinjiang
// releases and GACC's English pages print them; the Chinese names are the usual ones
// (general knowledge, unconfirmed against an official list). Other currencies print their code.
inline constexpr std::array<currency_words, 8> known_currency_words{{
    {"CNY", "yuan", "元", "¥"},
    {"USD", "US dollars", "美元", "$"},
    {"EUR", "euros", "欧元", "€"},
    {"GBP", "pounds sterling", "英镑", "£"},
    {"JPY", "yen", "日元", "JP¥"},
    {"HKD", "Hong Kong dollars", "港元", "HK$"},
    {"RUB", "roubles", "卢布", "₽"},
    {"KZT", "tenge", "坚戈", "₸"},
}};

constexpr const currency_words* words_for(std::string_view alpha) noexcept {
  for (const auto& w : known_currency_words) {
    if (w.alpha == alpha) {
      return &w;
    }
  }
  return nullptr;
}

constexpr std::string_view scale_word(language lang, int exponent) {
  if (exponent == 0) {
    return "";
  }
  if (lang == language::en) {
    switch (exponent) {
      case 3:
        return "thousand";
      case 6:
        return "million";
      case 9:
        return "billion";
      case 12:
        return "trillion";
      default:
        break;
    }
  } else {
    switch (exponent) {
      case 3:
        return "千";
      case 4:
        return "万";
      case 8:
        return "亿";
      case 12:
        return "万亿";
      default:
        break;
    }
  }
  throw error(error_kind::invalid_argument,
              "tradestat: no scale word for 10^" + std::to_string(exponent) +
                  (lang == language::en ? " in English (use 0, 3, 6, 9 or 12)" : " in Chinese (use 0, 3, 4, 8 or 12)"));
}

inline std::string digits_of(int128 v) {
  if (v == 0) {
    return "0";
  }
  std::string s;
  while (v > 0) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  return s;
}

/** |n| / 10^decimals as text, with optional thousands separators in the integer part. */
inline std::string decimal_text(int128 magnitude, int decimals, bool group) {
  std::string digits = digits_of(magnitude);
  if (decimals > 0 && static_cast<int>(digits.size()) <= decimals) {
    digits.insert(0, static_cast<std::size_t>(decimals + 1) - digits.size(), '0');
  }
  const std::size_t int_len = digits.size() - static_cast<std::size_t>(decimals > 0 ? decimals : 0);
  std::string out;
  for (std::size_t i = 0; i < int_len; ++i) {
    if (group && i > 0 && (int_len - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  if (decimals > 0) {
    out += '.';
    out.append(digits, int_len, std::string::npos);
  }
  return out;
}

/** The text of the number n / 10^decimals (already at the display scale) with the currency and
 *  the scale word of `f`. */
template <class C>
std::string compose_amount(int128 n, int decimals, const money_format& f) {
  const std::string_view word = scale_word(f.lang, f.display_exponent);
  const bool negative = n < 0;
  const bool group = f.group_thousands.value_or(f.lang == language::en);
  // Built by appending into one string: g++ 12 at -O3 reports a false -Wrestrict overlap for
  // chains of std::string operator+ (GCC bug 105329), which -Werror turns into a failed build.
  const std::string magnitude = decimal_text(negative ? -n : n, decimals, group);

  const currency_words* w = words_for(C::alpha);
  currency_style style = f.style;
  if (w == nullptr || (style == currency_style::symbol && w->symbol.empty())) {
    style = currency_style::code;
  }
  const bool en = f.lang == language::en;
  std::string out;
  out.reserve(magnitude.size() + 32);
  if (style == currency_style::code) {  // "CNY -1,000", but "-$5" and "-5 yuan"
    out.append(C::alpha);
    out.push_back(' ');
  }
  if (negative) {
    out.push_back('-');
  }
  if (style == currency_style::symbol) {
    out.append(w->symbol);
  }
  out.append(magnitude);
  if (!word.empty()) {
    if (en) {
      out.push_back(' ');
    }
    out.append(word);
  }
  if (style == currency_style::name) {
    if (en) {
      out.push_back(' ');
      out.append(w->en_name);
    } else {
      out.append(w->zh_name);
    }
  }
  return out;
}

template <class C, rounding_policy P>
std::string format_amount(int128 count, int exponent, const money_format& f, P policy) {
  (void)scale_word(f.lang, f.display_exponent);  // refuse an unknown scale word before any work
  // The displayed number is count * 10^(exponent - display_exponent).
  const int shift = exponent - f.display_exponent;
  int decimals = f.precision;
  bool trim = false;
  if (decimals < 0) {
    decimals = shift < 0 ? -shift : 0;
    trim = true;
  }
  if (decimals > 18 || shift + decimals > 30) {
    throw error(error_kind::invalid_argument,
                "tradestat: money prints with at most 18 digits after the point, got " + std::to_string(decimals));
  }
  int128 n = shift + decimals >= 0 ? count * pow10(shift + decimals)
                                   : divide_rounded(count, pow10(-(shift + decimals)), policy);
  while (trim && decimals > 0 && n % 10 == 0) {
    n /= 10;
    --decimals;
  }
  return compose_amount<C>(n, decimals, f);
}

}  // namespace detail

/** The amount as text: every digit it has by default (so it parses back), or `f.precision`
 *  digits after the point, rounded half up (四舍五入) unless another policy is given; pass
 *  `rounding::exact` to refuse (inexact_error) a precision that would drop digits.
 *  Example: `to_string(money<CNY, scale<7>>{52037}, {language::en, currency_style::name, 9, 1})`
 *  // "520.4 billion yuan"
 *  Example: `to_string(money<CNY, scale<7>>{52037}, {language::en, currency_style::name, 9, 1}, rounding::toward_zero)`
 *  // "520.3 billion yuan" */
template <currency C, money_scale S, std::signed_integral R, rounding_policy P = rounding::half_up_t>
std::string to_string(const money<C, S, R>& m, const money_format& f, P policy = {}) {
  return detail::format_amount<C>(m.count(), money<C, S, R>::exponent, f, policy);
}

/** The amount as text, exactly: the code, then every digit.
 *  Example: `to_string(money<CNY>{16'536'067'327})` // "CNY 16,536,067,327" */
template <currency C, money_scale S, std::signed_integral R>
std::string to_string(const money<C, S, R>& m) {
  return to_string(m, money_format{});
}

/** Writes `to_string(m)`: the code, then every digit.
 *  Example: `os << money<USD, minor_unit>{12345}` // "USD 123.45" */
template <class CharT, class Traits, currency C, money_scale S, std::signed_integral R>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const money<C, S, R>& m) {
  return os << to_string(m).c_str();
}

namespace detail {

struct parsed_amount {
  int128 digits = 0;  // the number without its decimal point
  int exponent = 0;   // value = digits * 10^exponent (after the scale word)
  bool negative = false;
  bool scale_word = false;  // the text had a scale word (万, 亿, billion...)
  std::string_view alpha;   // currency stated in the text, empty if none
};

[[noreturn]] inline void fail_parse(std::string_view text, std::size_t pos, const std::string& why) {
  throw parse_error(text, pos, "money", why);
}

inline bool starts_with_word(std::string_view rest, std::string_view word) {
  if (rest.size() < word.size()) {
    return false;
  }
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(rest[i]) != lower(word[i])) {
      return false;
    }
  }
  // An English word must end here; a Chinese character always ends where it ends.
  const bool ascii_word = !word.empty() && static_cast<unsigned char>(word[0]) < 0x80;
  return !ascii_word || rest.size() == word.size() ||
         !((rest[word.size()] >= 'a' && rest[word.size()] <= 'z') ||
           (rest[word.size()] >= 'A' && rest[word.size()] <= 'Z'));
}

/** Three capital letters: read as an ISO 4217 code without the catalogue, since the reader only
 *  needs to know whether it is the target's code (a code that is not is refused, naming both). */
constexpr bool is_code(std::string_view rest) noexcept {
  auto cap = [](char c) { return c >= 'A' && c <= 'Z'; };
  return rest.size() >= 3 && cap(rest[0]) && cap(rest[1]) && cap(rest[2]) && (rest.size() == 3 || !cap(rest[3]));
}

inline parsed_amount parse_amount_text(std::string_view text) {
  parsed_amount out;
  std::size_t pos = 0;
  auto skip_spaces = [&] {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
      ++pos;
    }
  };
  auto state_currency = [&](std::string_view alpha) {
    if (!out.alpha.empty() && out.alpha != alpha) {
      fail_parse(text, pos,
                 "it names two currencies, " + std::string(out.alpha) + " and " + std::string(alpha));
    }
    out.alpha = alpha;
  };
  auto read_sign = [&] {
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) {
      out.negative = text[pos] == '-';
      ++pos;
      return true;
    }
    return false;
  };
  skip_spaces();
  bool signed_already = read_sign();
  // A leading currency: a symbol or an ISO code.
  {
    const std::string_view rest = text.substr(pos);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> symbols{{
        {"HK$", "HKD"},
        {"US$", "USD"},
        {"JP¥", "JPY"},
        {"$", "USD"},
        {"¥", "CNY"},
        {"￥", "CNY"},
        {"€", "EUR"},
        {"£", "GBP"},
        {"₽", "RUB"},
        {"₸", "KZT"},
        {"RMB", "CNY"},
    }};
    bool found = false;
    for (const auto& [sym, alpha] : symbols) {
      if (rest.substr(0, sym.size()) == sym) {
        state_currency(alpha);
        pos += sym.size();
        found = true;
        break;
      }
    }
    if (!found && is_code(rest)) {
      state_currency(rest.substr(0, 3));
      pos += 3;
    }
  }
  skip_spaces();
  if (!signed_already) {
    read_sign();
  }
  // The number: digits, optional thousands separators in groups of three, optional fraction.
  const std::size_t number_start = pos;
  int group_len = 0;
  bool grouped = false;
  bool in_fraction = false;
  int fraction_digits = 0;
  int digit_count = 0;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c >= '0' && c <= '9') {
      if (++digit_count > 36) {
        fail_parse(text, pos, "too many digits");
      }
      out.digits = out.digits * 10 + (c - '0');
      if (in_fraction) {
        ++fraction_digits;
      } else {
        ++group_len;
        if (grouped && group_len > 3) {
          fail_parse(text, pos, "thousands separators must separate groups of three digits");
        }
      }
    } else if (c == ',' && !in_fraction) {
      if (group_len == 0 || (grouped && group_len != 3) || (!grouped && group_len > 3)) {
        fail_parse(text, pos, "thousands separators must separate groups of three digits");
      }
      grouped = true;
      group_len = 0;
    } else if (c == '.' && !in_fraction) {
      if (grouped && group_len != 3) {
        fail_parse(text, pos, "thousands separators must separate groups of three digits");
      }
      in_fraction = true;
    } else {
      break;
    }
  }
  if (digit_count == 0 || (in_fraction && fraction_digits == 0) ||
      (!in_fraction && grouped && group_len != 3)) {
    fail_parse(text, pos == number_start ? pos : pos - 1,
               digit_count == 0 ? "no number" : "a malformed number");
  }
  out.exponent = -fraction_digits;
  skip_spaces();
  // A scale word.
  {
    static constexpr std::array<std::pair<std::string_view, int>, 8> words{{
        {"万亿", 12},
        {"万", 4},
        {"亿", 8},
        {"千", 3},
        {"thousand", 3},
        {"million", 6},
        {"billion", 9},
        {"trillion", 12},
    }};
    for (const auto& [word, e] : words) {
      if (starts_with_word(text.substr(pos), word)) {
        out.exponent += e;
        out.scale_word = true;
        pos += word.size();
        break;
      }
    }
  }
  skip_spaces();
  // A trailing currency: a name or an ISO code.
  if (pos < text.size()) {
    const std::string_view rest = text.substr(pos);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 19> names{{
        {"人民币元", "CNY"},
        {"人民币", "CNY"},
        {"美元", "USD"},
        {"欧元", "EUR"},
        {"英镑", "GBP"},
        {"日元", "JPY"},
        {"港元", "HKD"},
        {"卢布", "RUB"},
        {"坚戈", "KZT"},
        {"元", "CNY"},
        {"yuan", "CNY"},
        {"US dollars", "USD"},
        {"US dollar", "USD"},
        {"euros", "EUR"},
        {"pounds sterling", "GBP"},
        {"yen", "JPY"},
        {"Hong Kong dollars", "HKD"},
        {"roubles", "RUB"},
        {"tenge", "KZT"},
    }};
    bool found = false;
    for (const auto& [name, alpha] : names) {
      if (starts_with_word(rest, name)) {
        state_currency(alpha);
        pos += name.size();
        found = true;
        break;
      }
    }
    if (!found && is_code(rest) && (rest.size() == 3 || rest[3] == ' ')) {
      state_currency(rest.substr(0, 3));
      pos += 3;
      found = true;
    }
    skip_spaces();
  }
  if (pos != text.size()) {
    fail_parse(text, pos, "unexpected '" + std::string(text.substr(pos)) + "'");
  }
  return out;
}

template <class M>
M exact_amount(std::string_view text, const parsed_amount& a) {
  using C = typename M::currency_type;
  using rep = typename M::rep;
  if (!a.alpha.empty() && a.alpha != C::alpha) {
    throw parse_error(text, 0, "money in " + std::string(C::alpha),
                      "the amount is in " + std::string(a.alpha) + ", not " + std::string(C::alpha) + ": convert with an exchange_rate after reading it");
  }
  const int shift = a.exponent - M::exponent;
  int128 count = a.digits;
  if (shift >= 0) {
    if (shift > 36 || __builtin_mul_overflow(count, pow10(shift), &count)) {
      throw parse_error(text, 0, "money", "the amount is too large for its money type");
    }
  } else {
    const int128 unit = -shift > 36 ? 0 : pow10(-shift);
    if (unit == 0 || count % unit != 0) {
      throw parse_error(text, 0, "money",
                        "the amount has digits finer than one count of its money type (10^" +
                            std::to_string(M::exponent) + " " + std::string(C::alpha) + "): read it into a finer scale");
    }
    count /= unit;
  }
  if (a.negative) {
    count = -count;
  }
  if (count < static_cast<int128>(std::numeric_limits<rep>::min()) ||
      count > static_cast<int128>(std::numeric_limits<rep>::max())) {
    throw parse_error(text, 0, "money", "the amount is too large for its money type");
  }
  return M(static_cast<rep>(count));
}

}  // namespace detail

/** Reads an amount written in English or Chinese, exactly, into money<C, S, R>: `parse<M>(text)`.
 *  The text may name the currency (code, symbol or name; it must be M's) and a scale word; digits
 *  finer than M's scale, another currency, or anything else are a parse_error.
 *  Example: `parse<money<CNY>>("5203.7亿元").count()` // 520370000000 */
template <currency C, money_scale S, std::signed_integral R>
struct text_parser<money<C, S, R>> {
  static money<C, S, R> parse(std::string_view text) {
    return detail::exact_amount<money<C, S, R>>(text, detail::parse_amount_text(text));
  }
};

/** Reads a bare number as a count of M's scale: for columns whose header names the unit (a
 *  "人民币" column in yuan, a "万元" table in 万元). Thousands separators and a zero fraction are
 *  accepted; a currency or scale word in the text is a parse_error. A separate operation from
 *  `parse<M>`, which reads "3082" as 3082 yuan, not 3082 counts of 万元.
 *  Example: `parse_count<money<CNY, wan>>("30,829,000").count()` // 30829000 */
template <money_type M>
M parse_count(std::string_view text) {
  detail::parsed_amount a = detail::parse_amount_text(text);
  if (!a.alpha.empty() || a.scale_word) {
    throw parse_error(text, 0, "a bare number",
                      "the text has a currency or scale word: use parse<money<...>> for amounts with units");
  }
  a.exponent += M::exponent;
  return detail::exact_amount<M>(text, a);
}

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_MONEY_IO_HPP
