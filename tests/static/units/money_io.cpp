// Compile-time facts of money formatting and parsing: compiling this file is passing.
#include <tradestat/units/money_io.hpp>

#include <concepts>
#include <sstream>
#include <string>
#include <string_view>

namespace {
using namespace tradestat;

template <class T>
concept parsable = requires(std::string_view s) {
  parse_money<T>(s);
};
template <class T>
concept streamable = requires(std::ostream& os, T t) {
  os << t;
};
template <class M, class P>
concept formattable_with = requires(M m, P p) {
  format(m, money_format{}, p);
};

static_assert(parsable<money<cny>> && parsable<money<usd, yi>> && parsable<money<cny, minor_unit>>);
static_assert(!parsable<int> && !parsable<double> && !parsable<std::string>);
static_assert(std::same_as<decltype(parse_money<money<cny, wan>>("1")), money<cny, wan>>);
static_assert(std::same_as<decltype(format(money<cny>{})), std::string>);
static_assert(streamable<money<cny, yi>>);
static_assert(formattable_with<money<cny>, rounding::half_up_t>);
static_assert(!formattable_with<money<cny>, int>);

}  // namespace
