// Compile-time facts about <tradestat/text.hpp> and <tradestat/error.hpp>; compiling is passing.
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <stdexcept>
#include <string_view>
#include <type_traits>

namespace {
using namespace tradestat;

struct no_parser {};
struct with_parser {};
}  // namespace

template <>
struct tradestat::text_parser<with_parser> {
  static with_parser parse(std::string_view) { return {}; }
};

namespace {
// English and the kind's own precision by default.
static_assert(text_format{} == text_format{language::en, -1});
// The spec grammar is checked at compile time: a valid spec is a constant...
static_assert(parse_text_format(".2zh") == text_format{language::zh, 2});
static_assert(parse_text_format("") == text_format{});
static_assert(parse_text_format("en").lang == language::en);
// ...and an invalid one is not (it throws), so `{:.xx}` in a checked format string fails to build.
template <auto F>
concept constant = requires { typename std::integral_constant<int, (F(), 0)>; };
constexpr text_format good() { return parse_text_format(".1"); }
constexpr text_format bad_language() { return parse_text_format("fr"); }
constexpr text_format bad_precision() { return parse_text_format(".19"); }
static_assert(constant<good> && !constant<bad_language> && !constant<bad_precision>);

// parse<T> exists exactly for types with a text_parser.
static_assert(parsable<with_parser> && !parsable<no_parser> && !parsable<int>);
template <class T>
concept can_parse = requires { parse<T>("x"); };
static_assert(can_parse<with_parser> && !can_parse<no_parser>);

// One error family: every error is a tradestat::error and a std::runtime_error.
static_assert(std::is_base_of_v<std::runtime_error, tradestat::error>);
static_assert(std::is_base_of_v<tradestat::error, parse_error>);
static_assert(!std::is_default_constructible_v<tradestat::error>);
static_assert(to_string(error_kind::missing_rate) == "missing_rate");
static_assert(to_string(error_kind::division_by_zero) == "division_by_zero");

}  // namespace
