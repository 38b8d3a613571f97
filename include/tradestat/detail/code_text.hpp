// What the codes/ headers share to print and read their names: the language choice, ASCII case
// folding, the failure of a name no table knows, and the one operator<< for every code type.
#ifndef TRADESTAT_DETAIL_CODE_TEXT_HPP
#define TRADESTAT_DETAIL_CODE_TEXT_HPP

#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace tradestat {

namespace detail {

/** True for the code types whose `to_string(x, text_format)` `operator<<` and the fmt formatter use;
    each codes/ header sets it for its own types. */
template <class T>
inline constexpr bool is_code_value = false;

/** The name in the language asked, English where no Chinese name is known.
    Example: `name_in({.lang = language::zh}, "export", "出口")` // "出口" */
constexpr std::string_view name_in(text_format f, std::string_view en, std::string_view zh) noexcept {
  return f.lang == language::zh && !zh.empty() ? zh : en;
}

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

/** The parse_error for a name that is none of the known ones: reading stopped at its start.
    Example: `throw unknown_name("出品", "a trade flow", "出口, 进口, 复出口, 复进口")` */
inline parse_error unknown_name(std::string_view text, std::string_view target, std::string_view known) {
  std::string problem{"expected one of "};
  problem += known;
  return parse_error(text, 0, target, problem);
}

}  // namespace detail

/** Writes `to_string(x)` for every code type (country, hs_code, partner codes, trade_flow, trade_mode,
    enterprise_type, brand_type, province, prefecture, customs_district, groups).
    Example: `std::cout << trade_flow::exports` // prints export */
template <class CharT, class Traits, class T>
requires detail::is_code_value<T>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const T& x) {
  const std::string s{to_string(x)};
  return os << s.c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_DETAIL_CODE_TEXT_HPP
