// Compile-time facts about the Comtrade reader; compiling is passing.
#include <tradestat/data/comtrade.hpp>

#include <concepts>
#include <iterator>
#include <ranges>
#include <type_traits>

#include <range/v3/range/concepts.hpp>

namespace {
using namespace tradestat;

// Positive: the parser is a row parser; the reader is a one-pass input range of records.
static_assert(row_parser<comtrade_row_parser>);
static_assert(std::input_iterator<comtrade_reader::iterator>);
static_assert(std::sentinel_for<std::default_sentinel_t, comtrade_reader::iterator>);
static_assert(std::ranges::input_range<comtrade_reader>);
static_assert(ranges::input_range<comtrade_reader>);
static_assert(std::same_as<std::ranges::range_reference_t<comtrade_reader>, const record&>);

// The safe default: the canonical slice of detail rows; breakdowns and aggregates only on request.
static_assert(comtrade_options{}.rows == comtrade_rows::canonical_slice);
static_assert(comtrade_options{}.aggregates == comtrade_aggregates::set_aside);

// A view: copies share the one pass. Negative: its iterator cannot go backwards or be kept.
static_assert(std::ranges::view<comtrade_reader> && ranges::view_<comtrade_reader>);
static_assert(!std::forward_iterator<comtrade_reader::iterator>);
static_assert(!std::ranges::forward_range<comtrade_reader>);

constexpr std::int64_t kilos(std::string_view s) {
  std::int64_t v = -1;
  return detail::parse_kilograms_half_up(s, v) == detail::number_status::ok ? v : -1;
}
static_assert(kilos("1610.557") == 1611);
static_assert(kilos("1610.499") == 1610);
static_assert(kilos("12") == 12);
static_assert(kilos("-1.0") == -1);
static_assert(kilos("1.") == -1);
static_assert(kilos("abc") == -1);

}  // namespace
