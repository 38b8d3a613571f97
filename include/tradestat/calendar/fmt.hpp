// {fmt} support for every period kind, in its own header so that {fmt} stays an optional dependency.
#ifndef TRADESTAT_CALENDAR_FMT_HPP
#define TRADESTAT_CALENDAR_FMT_HPP

#include <tradestat/calendar/date.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <string>
#include <string_view>

#include <fmt/format.h>

namespace tradestat::detail {
// Reads the `[.N][en|zh]` spec up to '}' and reports a bad one as fmt reports its own.
template <class ParseContext>
constexpr auto parse_fmt_text_format(ParseContext& ctx, text_format& f) -> decltype(ctx.begin()) {
  auto it = ctx.begin();
  const auto end = ctx.end();
  auto stop = it;
  while (stop != end && *stop != '}') ++stop;
  try {
    f = parse_text_format(std::string_view(it, static_cast<std::size_t>(stop - it)));
  } catch (const parse_error& e) {
    throw fmt::format_error(e.what());
  }
  return stop;
}
}  // namespace tradestat::detail

/** Formats a period (month, quarter, half, year, ytd, span, plan) with {fmt}. The spec is
 *  `[.N][en|zh]`: English (ISO-like) by default, `zh` for the Chinese forms; a precision is accepted
 *  and ignored (a period has no digits to round).
 *  Example: `fmt::format("{:zh}", month{2025, 3})` // "2025年3月" */
template <tradestat::detail::printable_period P>
struct fmt::formatter<P> {
  tradestat::text_format spec{};
  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    if (ctx.begin() == ctx.end()) return ctx.begin();
    return tradestat::detail::parse_fmt_text_format(ctx, spec);
  }
  template <class FormatContext>
  auto format(const P& p, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text = tradestat::to_string(p, spec);
    return fmt::format_to(ctx.out(), "{}", text);
  }
};

/** Formats whichever period an `any_period` holds. Example: `fmt::format("{:zh}", parse<any_period>("Q1 2025"))` // "2025年一季度" */
template <>
struct fmt::formatter<tradestat::any_period> {
  tradestat::text_format spec{};
  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    if (ctx.begin() == ctx.end()) return ctx.begin();
    return tradestat::detail::parse_fmt_text_format(ctx, spec);
  }
  template <class FormatContext>
  auto format(const tradestat::any_period& p, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text = tradestat::to_string(p, spec);
    return fmt::format_to(ctx.out(), "{}", text);
  }
};

/** Formats a day with the same spec: `2025-03-19` by default, `2025年3月19日` with `zh`.
 *  Example: `fmt::format("{:zh}", date{2025, 3, 19})` // "2025年3月19日" */
template <>
struct fmt::formatter<tradestat::date> {
  tradestat::text_format spec{};
  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    if (ctx.begin() == ctx.end()) return ctx.begin();
    return tradestat::detail::parse_fmt_text_format(ctx, spec);
  }
  template <class FormatContext>
  auto format(const tradestat::date& d, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text = tradestat::to_string(d, spec);
    return fmt::format_to(ctx.out(), "{}", text);
  }
};

#endif  // TRADESTAT_CALENDAR_FMT_HPP
