// Compile-time facts and negative checks for printing ratio kinds: compiling this file is passing.
#include <tradestat/analysis/ratio_format.hpp>

#include <concepts>
#include <sstream>
#include <string>

namespace {
using namespace tradestat;

template <class K>
concept prints = requires(K k) {
  { to_string(k) } -> std::same_as<std::string>;
  { to_string(k, text_format{language::zh, 2}) } -> std::same_as<std::string>;
  { to_string(k, {language::zh, 2}) } -> std::same_as<std::string>;
};
template <class K>
concept streams = requires(std::ostringstream& os, K k) {
  os << k;
};
template <class K>
concept prints_in_words = requires(K k) {
  percent_words(k, text_format{});
};
template <class K>
concept prints_points_change = requires(K k) {
  points_change_text(k, text_format{});
};
template <class K>
concept prints_change = requires(K k) {
  change_text(k, text_format{});
  year_on_year_text(k, text_format{});
};
template <class K>
concept takes_a_bare_precision = requires(K k) {
  to_string(k, 1);
};

static_assert(prints<share> && prints<growth> && prints<tradestat::index> && prints<percentage_points> &&
              prints<contribution> && prints<contribution_rate> && prints<cagr_bounds>);
static_assert(streams<share> && streams<growth> && streams<tradestat::index> && streams<percentage_points> &&
              streams<contribution> && streams<contribution_rate> && streams<cagr_bounds>);
static_assert(prints_in_words<share> && prints_in_words<growth> && prints_in_words<contribution_rate>);
static_assert(prints_points_change<percentage_points> && prints_points_change<contribution>);
static_assert(prints_change<growth>);
// Negative: points are not a percent, a share is not a change, a number is not a ratio kind, and
// the precision comes in a text_format, not as a bare number.
static_assert(!prints_in_words<percentage_points> && !prints_in_words<contribution> && !prints_in_words<double>);
static_assert(!prints_points_change<share> && !prints_points_change<growth> &&
              !prints_points_change<tradestat::index>);
static_assert(!prints_change<share> && !prints_change<percentage_points>);
struct not_a_ratio {};
static_assert(!prints<double> && !prints<not_a_ratio> && !streams<not_a_ratio>);
static_assert(!takes_a_bare_precision<share> && !takes_a_bare_precision<growth>);

}  // namespace
