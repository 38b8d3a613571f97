// {fmt} support for the code types, in its own header so that {fmt} stays an optional dependency.
#ifndef TRADESTAT_CODES_FMT_HPP
#define TRADESTAT_CODES_FMT_HPP

#include <tradestat/codes/brand_type.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/country_group.hpp>
#include <tradestat/codes/customs_district.hpp>
#include <tradestat/codes/enterprise_type.hpp>
#include <tradestat/codes/hs_code.hpp>
#include <tradestat/codes/partner_code.hpp>
#include <tradestat/codes/product_group.hpp>
#include <tradestat/codes/province.hpp>
#include <tradestat/codes/trade_flow.hpp>
#include <tradestat/codes/trade_mode.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <string>
#include <string_view>

#include <fmt/format.h>

/** Formats a code type (country, hs_code, hs_version, hs_section, partner codes, code_scheme,
 *  trade_flow, trade_mode, enterprise_type, brand_type, province, prefecture, customs_district,
 *  country_group, product_group) with {fmt}. The spec is `[.N][en|zh]`: the name in English by default,
 *  `zh` for the Chinese name (English where none is known); a precision is accepted and ignored.
 *  Example: `fmt::format("{:zh}", trade_flow::exports)` // "出口" */
template <class T>
requires tradestat::detail::is_code_value<T>
struct fmt::formatter<T> {
  tradestat::text_format spec{};

  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    auto it = ctx.begin();
    auto stop = it;
    while (stop != ctx.end() && *stop != '}') ++stop;
    try {
      spec = tradestat::parse_text_format(std::string_view(it, static_cast<std::size_t>(stop - it)));
    } catch (const tradestat::parse_error& e) {
      throw fmt::format_error(e.what());
    }
    return stop;
  }

  template <class FormatContext>
  auto format(const T& x, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text{to_string(x, spec)};
    return fmt::format_to(ctx.out(), "{}", text);
  }
};

#endif  // TRADESTAT_CODES_FMT_HPP
