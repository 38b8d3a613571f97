// Compile-time facts and negative checks for reading published figures: compiling this file is passing.
#include <tradestat/analysis/published_io.hpp>

#include <concepts>
#include <sstream>
#include <string>

namespace {
using namespace tradestat;

template <class T>
concept readable = requires {
  parse<published<T>>("1");
};
template <class T>
concept printable = requires(published<T> p, std::ostringstream& os) {
  { to_string(p) } -> std::same_as<std::string>;
  { to_string(p, text_format{language::zh, 1}) } -> std::same_as<std::string>;
  os << p;
};

static_assert(
    std::same_as<decltype(parse<published<money<CNY, billion>>>("1")), published<money<CNY, billion>>>);
static_assert(std::same_as<decltype(parse<published<growth>>("1 %")), published<growth>>);
static_assert(readable<share> && readable<percentage_points> && readable<tradestat::index> &&
              readable<money<USD>>);
// Negative: only money and ratio kinds are published figures.
static_assert(!readable<double> && !readable<int> && !readable<quotient> && !readable<interval>);
static_assert(printable<money<CNY, billion>> && printable<share> && printable<growth> && printable<tradestat::index> &&
              printable<percentage_points> && printable<contribution> && printable<contribution_rate>);

}  // namespace
