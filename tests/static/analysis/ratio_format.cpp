// Compile-time facts and negative checks for printing ratio kinds: compiling this file is passing.
#include <tradestat/analysis/ratio_format.hpp>

#include <string>

namespace {
using namespace tradestat;

template <class K>
concept prints_percent = requires(K k) {
  percent_text(k, 1);
};
template <class K>
concept prints_points = requires(K k) {
  points_text(k, 1);
};
template <class K>
concept prints_change = requires(K k) {
  change_text(k, 1);
};

static_assert(prints_percent<share> && prints_percent<growth> && prints_percent<contribution_rate>);
static_assert(prints_points<percentage_points> && prints_points<contribution>);
static_assert(prints_change<growth>);
// Negative: points are not a percent, a share is not a change, and a number is not a ratio kind.
static_assert(!prints_percent<percentage_points> && !prints_percent<contribution> && !prints_percent<double>);
static_assert(!prints_points<share> && !prints_points<growth> && !prints_points<index_number>);
static_assert(!prints_change<share> && !prints_change<percentage_points>);

}  // namespace
