// The parts of a sentence take the kinds they name, and nothing else.
#include <tradestat/analysis/ratio_cell.hpp>
#include <tradestat/report/sentence.hpp>

#include <optional>

using namespace tradestat;

namespace {
template <class T>
concept can_change = requires(sentence s, const T& t) { s.change(t); };
template <class T>
concept can_share = requires(sentence s, const T& t) { s.share(t, subject{}); };
template <class T>
concept can_share_change = requires(sentence s, const T& t) { s.share_change(t); };
template <class T>
concept can_amount = requires(sentence s, const T& t) { s.amount(t); };
template <class T>
concept can_first_above = requires(sentence s, const T& t) { s.first_above(t, std::optional<year>{}, year{2025}); };
}  // namespace

// A change is a growth rate.
static_assert(can_change<growth>);
static_assert(!can_change<share>);
static_assert(!can_change<percentage_points>);
static_assert(!can_change<contribution>);
static_assert(!can_change<growth_cell>);  // a cell may have no base: take its value first
static_assert(!can_change<double>);
// A share clause takes a share.
static_assert(can_share<share>);
static_assert(!can_share<growth>);
static_assert(!can_share<percentage_points>);
static_assert(!can_share<double>);
// A share's change is in percentage points.
static_assert(can_share_change<percentage_points>);
static_assert(!can_share_change<growth>);
static_assert(!can_share_change<share>);
static_assert(!can_share_change<double>);
// An amount is money of any currency and scale, never a plain number.
static_assert(can_amount<money<CNY>>);
static_assert(can_amount<money<USD, billion>>);
static_assert(!can_amount<double>);
static_assert(!can_amount<long>);
static_assert(!can_amount<share>);
// First crossings are of shares and amounts.
static_assert(can_first_above<share>);
static_assert(can_first_above<money<CNY, yi>>);
static_assert(!can_first_above<growth>);
static_assert(!can_first_above<double>);
