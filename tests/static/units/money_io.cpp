// Compile-time facts of money formatting and parsing: compiling this file is passing.
#include <tradestat/units/money_io.hpp>

#include <concepts>
#include <type_traits>
#include <sstream>
#include <string>
#include <string_view>

namespace {
using namespace tradestat;

template <class T>
concept readable = requires(std::string_view s) {
  parse<T>(s);
};
template <class T>
concept streamable = requires(std::ostream& os, T t) {
  os << t;
};
template <class M, class P>
concept formattable_with = requires(M m, P p) {
  to_string(m, money_format{}, p);
};
template <class M>
concept formattable_without_policy = requires(M m) {
  to_string(m, money_format{language::zh, currency_style::name, 4, 1});
  to_string(m, text_format{language::zh, 1});
  to_string(m, {language::zh, 1});
  to_string(m);
};

static_assert(readable<money<CNY>> && readable<money<USD, yi>> && readable<money<CNY, minor_unit>>);
static_assert(!readable<int> && !readable<double> && !readable<std::string>);
static_assert(std::same_as<decltype(parse<money<CNY, wan>>("1")), money<CNY, wan>>);
static_assert(std::same_as<decltype(to_string(money<CNY>{})), std::string>);
static_assert(streamable<money<CNY, yi>>);
static_assert(formattable_with<money<CNY>, rounding::half_up_t>);
static_assert(formattable_with<money<CNY>, rounding::exact_t> && formattable_with<money<CNY>, rounding::half_even_t>);
// A precision needs no policy (half up by default); a policy must be one of the rounding tags.
static_assert(formattable_without_policy<money<CNY, wan>>);
static_assert(!formattable_with<money<CNY>, int>);
static_assert(!formattable_with<money<CNY>, double>);
static_assert(!formattable_with<money<CNY>, language>);
static_assert(!formattable_with<money<CNY>, const char*>);
// money_format is the common text_format plus money's own fields.
static_assert(std::is_convertible_v<text_format, money_format>);
static_assert(money_format{text_format{language::zh, 2}} == money_format{language::zh, currency_style::code, 0, 2});

}  // namespace
