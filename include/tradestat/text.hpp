// The text algebra: one way to choose the language and precision of printed values, and one way to
// parse text into a value, for every layer.
#ifndef TRADESTAT_TEXT_HPP
#define TRADESTAT_TEXT_HPP

#include <tradestat/error.hpp>

#include <cstddef>
#include <string_view>

namespace tradestat {

/** The language of printed text: English by default, Chinese on request. */
enum class language { en, zh };

/** How a value is printed: its language, and its precision (digits after the decimal point; -1
 *  means the kind's own default, e.g. one decimal for a growth rate). Every value type's
 *  `to_string(x, text_format)`, `operator<<` (which uses the default) and `fmt::formatter` (whose
 *  spec `{:.1zh}` is this struct written as text) take it.
 *  Example: `to_string(growth(a, b), {.lang = language::zh, .precision = 2})` // "25.03%" */
struct text_format {
  language lang = language::en;
  int precision = -1;
  friend constexpr bool operator==(const text_format&, const text_format&) = default;
};

/** Reads a format spec, the text between `{:` and `}`: `[.N][en|zh]`, N from 0 to 18.
 *  Example: `parse_text_format(".1zh")` // {language::zh, 1} */
constexpr text_format parse_text_format(std::string_view spec) {
  text_format f;
  std::size_t i = 0;
  if (i < spec.size() && spec[i] == '.') {
    ++i;
    const std::size_t start = i;
    int n = 0;
    while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9' && i - start < 2) {
      n = n * 10 + (spec[i] - '0');
      ++i;
    }
    if (i == start || n > 18) {
      throw parse_error(spec, start, "a format spec", "expected a precision from 0 to 18 after '.'");
    }
    f.precision = n;
  }
  const std::string_view rest = spec.substr(i);
  if (rest == "zh") {
    f.lang = language::zh;
  } else if (!rest.empty() && rest != "en") {
    throw parse_error(spec, i, "a format spec", "expected en or zh (the spec is [.N][en|zh])");
  }
  return f;
}

/** Reads text as a value of type T, or throws `parse_error` naming the offset where it stopped.
 *  Each value type that reads from text specialises `text_parser<T>` with a static `parse`.
 *  Example: `parse<month>("2025年3月")` // month{2025, 3} */
template <class T>
struct text_parser;

/** A type that `parse<T>` can read. */
template <class T>
concept parsable = requires(std::string_view s) {
  { text_parser<T>::parse(s) };
};

template <parsable T>
constexpr T parse(std::string_view text) {
  return text_parser<T>::parse(text);
}

}  // namespace tradestat

#endif  // TRADESTAT_TEXT_HPP
