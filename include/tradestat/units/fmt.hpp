// {fmt} support for money, quotients and exchange rates, in its own header so that {fmt} stays an optional
// dependency. The spec is the library's `[.N][en|zh]` (see text.hpp), which money extends.
#ifndef TRADESTAT_UNITS_FMT_HPP
#define TRADESTAT_UNITS_FMT_HPP

#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/units/exchange_rate_io.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/quotient.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace tradestat::detail {

/** The spec between ':' and '}' of a replacement field. */
constexpr std::string_view fmt_spec(const char* begin, const char* end) noexcept {
  const char* it = begin;
  while (it != end && *it != '}') {
    ++it;
  }
  return std::string_view(begin, static_cast<std::size_t>(it - begin));
}

/** `parse_text_format`, reporting a bad spec as {fmt} does (a compile-time error for a literal
 *  format string, fmt::format_error at run time). */
constexpr text_format fmt_text_format(std::string_view spec) {
  try {
    return parse_text_format(spec);
  } catch (const tradestat::error& e) {
    throw fmt::format_error(e.what());
  }
}

/** A formatter that takes the common spec `[.N][en|zh]` and prints `to_string(x, text_format)`. */
template <class T>
struct text_formatter {
  text_format spec{};

  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    const std::string_view s = fmt_spec(ctx.begin(), ctx.end());
    spec = fmt_text_format(s);
    return ctx.begin() + s.size();
  }

  template <class FormatContext>
  auto format(const T& x, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text(to_string(x, spec));
    return fmt::format_to(ctx.out(), "{}", text);
  }
};

/** Money's spec: `[c|s|n][k|M|B|T|w|y|W][.N][en|zh]`, code, symbol or name; the scale word
 *  (thousand, million, billion, trillion; 万, 亿, 万亿); then the common precision and language.
 *  Returns how many characters the money part took. */
constexpr std::size_t parse_money_spec(std::string_view s, money_format& f) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == 'c' || s[i] == 's' || s[i] == 'n')) {
    f.style = s[i] == 'c' ? currency_style::code : s[i] == 's' ? currency_style::symbol : currency_style::name;
    ++i;
  }
  if (i < s.size()) {
    int e = -1;
    switch (s[i]) {
      case 'k':
        e = 3;
        break;
      case 'M':
        e = 6;
        break;
      case 'B':
        e = 9;
        break;
      case 'T':
      case 'W':
        e = 12;
        break;
      case 'w':
        e = 4;
        break;
      case 'y':
        e = 8;
        break;
      default:
        break;
    }
    if (e >= 0) {
      f.display_exponent = e;
      ++i;
    }
  }
  return i;
}

}  // namespace tradestat::detail

/** Formats money with {fmt}. The spec is `[c|s|n][k|M|B|T|w|y|W][.N][en|zh]`: code, symbol or
 *  name; the scale word (thousand, million, billion, trillion; 万, 亿, 万亿); N digits after the
 *  point (rounded half up, 四舍五入; without it every digit is printed); the language.
 *  Example: `fmt::format("{:nB.1}", money<CNY, scale<7>>{52037})` // "520.4 billion yuan"
 *  Example: `fmt::format("{:ny.1zh}", money<CNY, scale<7>>{52037})` // "5203.7亿元" */
template <tradestat::currency C, tradestat::money_scale S, std::signed_integral R>
struct fmt::formatter<tradestat::money<C, S, R>> {
  tradestat::money_format spec{};

  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    const std::string_view s = tradestat::detail::fmt_spec(ctx.begin(), ctx.end());
    const std::size_t money_part = tradestat::detail::parse_money_spec(s, spec);
    const tradestat::text_format f = tradestat::detail::fmt_text_format(s.substr(money_part));
    spec.lang = f.lang;
    spec.precision = f.precision;
    return ctx.begin() + s.size();
  }

  template <class FormatContext>
  auto format(const tradestat::money<C, S, R>& m, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text = tradestat::to_string(m, spec);
    return fmt::format_to(ctx.out(), "{}", text);
  }
};

/** Formats an exchange rate with {fmt}: the common spec `[.N][en|zh]`.
 *  Example: `fmt::format("{}", exchange_rate<USD, CNY>("7.1586", month{2025, 3}, rate_kind::customs_monthly))`
 *  // "7.1586 CNY per USD (customs monthly rate, 2025-03)" */
template <tradestat::currency From, tradestat::currency To, tradestat::rate_period Period>
struct fmt::formatter<tradestat::exchange_rate<From, To, Period>>
    : tradestat::detail::text_formatter<tradestat::exchange_rate<From, To, Period>> {};

/** Formats a quotient: `n/d` by default, a decimal with `{:.N}`.
 *  Example: `fmt::format("{:.4}", quotient(6737, 52037))` // "0.1295" */
template <>
struct fmt::formatter<tradestat::quotient> : tradestat::detail::text_formatter<tradestat::quotient> {};

/** Formats a rate kind by name: `{}` English, `{:zh}` Chinese.
 *  Example: `fmt::format("{:zh}", rate_kind::spot)` // "即期汇率" */
template <>
struct fmt::formatter<tradestat::rate_kind> : tradestat::detail::text_formatter<tradestat::rate_kind> {};

#endif  // TRADESTAT_UNITS_FMT_HPP
