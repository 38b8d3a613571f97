// Compile-time facts and negative checks for claims files: compiling this file is passing.
#include <tradestat/analysis/claims.hpp>

#include <string>
#include <type_traits>

namespace {
using namespace tradestat;

template <class T>
concept can_set_figure = requires(figures f, T v) {
  f.set(std::string("id"), v);
};

// Figures computed from records are money or ratio kinds: exact values whose unit is known.
static_assert(can_set_figure<money<CNY>> && can_set_figure<money<USD, billion>> && can_set_figure<share> &&
              can_set_figure<growth> && can_set_figure<percentage_points>);
// Negative: a bare number, a fraction or a double says nothing of what it measures.
static_assert(!can_set_figure<int> && !can_set_figure<quotient> && !can_set_figure<double>);

static_assert(to_string(claim_kind::amount) == "amount" && to_string(claim_kind::plan) == "plan" &&
              to_string(claim_kind::rate) == "rate");
// A claims error is in the library's error family.
static_assert(std::is_base_of_v<error, claims_error>);
static_assert(std::is_same_v<decltype(check_claims(std::declval<const claims_file&>())), check_report>);
}  // namespace
