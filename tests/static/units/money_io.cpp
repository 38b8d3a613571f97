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

static_assert(parsable<money<CNY>> && parsable<money<USD, yi>> && parsable<money<CNY, minor_unit>>);
static_assert(!parsable<int> && !parsable<double> && !parsable<std::string>);
static_assert(std::same_as<decltype(parse_money<money<CNY, wan>>("1")), money<CNY, wan>>);
static_assert(std::same_as<decltype(format(money<CNY>{})), std::string>);
static_assert(streamable<money<CNY, yi>>);
static_assert(formattable_with<money<CNY>, rounding::half_up_t>);
static_assert(!formattable_with<money<CNY>, int>);

}  // namespace
