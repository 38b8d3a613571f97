// {fmt} support for money, in its own header so that {fmt} stays an optional dependency.
#ifndef TRADESTAT_UNITS_FMT_HPP
#define TRADESTAT_UNITS_FMT_HPP

#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/rounding.hpp>

#include <string>

#include <fmt/format.h>

/** Formats money with {fmt}. The spec is `[en|zh][c|s|n][.N][k|M|B|T|w|y|W]`: language; code,
 *  symbol or name; N decimals (rounded half up, 四舍五入; without it every digit is printed); and
 *  the scale word (thousand, million, billion, trillion; 万, 亿, 万亿).
 *  Example: `fmt::format("{:n.1B}", money<CNY, scale<7>>{52037})` // "520.4 billion yuan"
 *  Example: `fmt::format("{:zhn.1y}", money<CNY, scale<7>>{52037})` // "5203.7亿元" */
template <tradestat::currency C, tradestat::money_scale S, std::signed_integral R>
struct fmt::formatter<tradestat::money<C, S, R>> {
  tradestat::money_format spec{};

  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    auto it = ctx.begin();
    const auto end = ctx.end();
    auto at = [&](char c) { return it != end && *it == c; };
    if (at('z') || at('e')) {
      const char first = *it++;
      if (it == end || (first == 'z' && *it != 'h') || (first == 'e' && *it != 'n')) {
        throw fmt::format_error("tradestat money format: expected 'zh' or 'en'");
      }
      ++it;
      spec.lang = first == 'z' ? tradestat::language::zh : tradestat::language::en;
    }
    if (at('c') || at('s') || at('n')) {
      spec.style = *it == 'c'   ? tradestat::currency_style::code
                   : *it == 's' ? tradestat::currency_style::symbol
                                : tradestat::currency_style::name;
      ++it;
    }
    if (at('.')) {
      ++it;
      if (it == end || *it < '0' || *it > '9') {
        throw fmt::format_error("tradestat money format: '.' must be followed by the number of decimals");
      }
      spec.decimals = 0;
      while (it != end && *it >= '0' && *it <= '9') {
        spec.decimals = spec.decimals * 10 + (*it++ - '0');
        if (spec.decimals > 18) {
          throw fmt::format_error("tradestat money format: at most 18 decimals");
        }
      }
    }
    if (it != end && *it != '}') {
      switch (*it) {
        case 'k':
          spec.display_exponent = 3;
          break;
        case 'M':
          spec.display_exponent = 6;
          break;
        case 'B':
          spec.display_exponent = 9;
          break;
        case 'T':
          spec.display_exponent = 12;
          break;
        case 'w':
          spec.display_exponent = 4;
          break;
        case 'y':
          spec.display_exponent = 8;
          break;
        case 'W':
          spec.display_exponent = 12;
          break;
        default:
          throw fmt::format_error(
              "tradestat money format: unknown spec; use [en|zh][c|s|n][.N][k|M|B|T|w|y|W]");
      }
      ++it;
    }
    if (it != end && *it != '}') {
      throw fmt::format_error("tradestat money format: unknown spec; use [en|zh][c|s|n][.N][k|M|B|T|w|y|W]");
    }
    return it;
  }

  template <class FormatContext>
  auto format(const tradestat::money<C, S, R>& m, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text = tradestat::format(m, spec, tradestat::rounding::half_up);
    return fmt::format_to(ctx.out(), "{}", text);
  }
};

#endif  // TRADESTAT_UNITS_FMT_HPP
