// {fmt} support for ratio kinds, ratio cells, CAGR brackets, HHI, RCA and published figures, in its own header so that
// {fmt} stays an optional dependency. The spec is the library's `[.N][en|zh]` (see text.hpp).
#ifndef TRADESTAT_ANALYSIS_FMT_HPP
#define TRADESTAT_ANALYSIS_FMT_HPP

#include <tradestat/analysis/cagr.hpp>
#include <tradestat/analysis/concentration.hpp>
#include <tradestat/analysis/published.hpp>
#include <tradestat/analysis/published_io.hpp>
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/analysis/rca.hpp>
#include <tradestat/units/fmt.hpp>

#include <fmt/format.h>

/** Formats a ratio kind with {fmt}: spec `[.N][en|zh]`, one decimal by default, rounded half up.
 *  Example: `fmt::format("{}", share_of(money<CNY>{1}, money<CNY>{4}))` // "25.0 %"
 *  Example: `fmt::format("{:.2zh}", growth{quotient(1, 8)})` // "12.50%" */
template <>
struct fmt::formatter<tradestat::share> : tradestat::detail::text_formatter<tradestat::share> {};
template <>
struct fmt::formatter<tradestat::growth> : tradestat::detail::text_formatter<tradestat::growth> {};
template <>
struct fmt::formatter<tradestat::index_number> : tradestat::detail::text_formatter<tradestat::index_number> {};
template <>
struct fmt::formatter<tradestat::percentage_points>
    : tradestat::detail::text_formatter<tradestat::percentage_points> {};
template <>
struct fmt::formatter<tradestat::contribution> : tradestat::detail::text_formatter<tradestat::contribution> {};
template <>
struct fmt::formatter<tradestat::contribution_rate>
    : tradestat::detail::text_formatter<tradestat::contribution_rate> {};

/** Formats a CAGR bracket: spec `[.N][en|zh]`; a bracket that prints two ways throws
 *  tradestat::error (inexact). Example: `fmt::format("{}", cagr(money<CNY>{100}, money<CNY>{121}, 2))` // "10.0 %" */
template <>
struct fmt::formatter<tradestat::cagr_bounds> : tradestat::detail::text_formatter<tradestat::cagr_bounds> {};

/** Formats a cell of a comparison table: its ratio, or "no base" ("—" in Chinese).
 *  Example: `fmt::format("{:zh}", growth_cell{})` // "—" */
template <class K>
struct fmt::formatter<tradestat::ratio_cell<K>> : tradestat::detail::text_formatter<tradestat::ratio_cell<K>> {};

/** Formats an HHI on its 0–10,000 scale (no decimals unless asked). Example: `fmt::format("{}", h)` // "3800" */
template <>
struct fmt::formatter<tradestat::hhi> : tradestat::detail::text_formatter<tradestat::hhi> {};
/** Formats an RCA index (two decimals unless asked). Example: `fmt::format("{:.3}", r)` // "1.078" */
template <>
struct fmt::formatter<tradestat::rca> : tradestat::detail::text_formatter<tradestat::rca> {};

/** Formats a published figure: spec `[.N][en|zh]`, as `to_string(p, text_format)` prints it.
 *  Example: `fmt::format("{:zh}", printed<CNY, billion>("520.4"))` // "5204亿元" */
template <class T>
struct fmt::formatter<tradestat::published<T>> : tradestat::detail::text_formatter<tradestat::published<T>> {};

#endif  // TRADESTAT_ANALYSIS_FMT_HPP
