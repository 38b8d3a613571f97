// Compile-time facts about records and readers; compiling is passing.
#include <tradestat/data/baci.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/comtrade.hpp>
#include <tradestat/data/gacc.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_reader.hpp>

#include <concepts>
#include <iterator>
#include <optional>
#include <ranges>
#include <string>
#include <type_traits>
#include <vector>

#include <range/v3/range/concepts.hpp>

namespace {
using namespace tradestat;

// Positive: a record's fields carry their types; absent fields are optionals, never bare numbers.
static_assert(std::same_as<decltype(record::value_cny), std::optional<money<CNY>>>);
static_assert(std::same_as<decltype(record::value_usd), std::optional<money<USD>>>);
static_assert(std::same_as<decltype(record::net_weight), std::optional<kilograms>>);
static_assert(std::same_as<decltype(record::partner), std::optional<coded_country>>);
static_assert(std::same_as<decltype(record::commodity), std::optional<hs_code>>);
static_assert(std::same_as<record_period, std::variant<month, year>>);
static_assert(std::is_trivially_destructible_v<record>);  // records own no memory

// Positive: both parsers are row parsers and their readers are input ranges for std and range-v3.
static_assert(row_parser<canonical_row_parser>);
static_assert(row_parser<baci_row_parser>);
static_assert(std::input_iterator<canonical_reader::iterator>);
static_assert(std::sentinel_for<std::default_sentinel_t, canonical_reader::iterator>);
static_assert(std::ranges::input_range<canonical_reader>);
static_assert(std::ranges::input_range<baci_reader>);
static_assert(ranges::input_range<canonical_reader>);
static_assert(std::same_as<std::ranges::range_reference_t<canonical_reader>, const record&>);

// Negative: values of the two currencies do not mix without a conversion.
template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
static_assert(addable<money<CNY>, money<CNY>>);
static_assert(!addable<decltype(*record{}.value_cny), decltype(*record{}.value_usd)>);
template <class A, class B>
concept comparable = requires(A a, B b) {
  a == b;
};
static_assert(!comparable<money<CNY>, money<USD>>);
// Negative: an absent value is not a number: an optional does not add.
static_assert(!addable<std::optional<money<CNY>>, std::optional<money<CNY>>>);

// Positive: every reader is a view for std::ranges and for range-v3 (whose view_ asks for
// semiregular: copies are handles on the one pass), so it pipes into views as an rvalue.
template <class R>
concept reader_view = std::ranges::input_range<R> && std::ranges::view<R> && ranges::input_range<R> &&
                      ranges::view_<R> && std::movable<R> && std::ranges::viewable_range<R> &&
                      ranges::viewable_range<R> &&
                      std::same_as<std::ranges::range_reference_t<R>, const record&>;
static_assert(reader_view<canonical_reader>);
static_assert(reader_view<baci_reader>);
static_assert(reader_view<comtrade_reader>);
static_assert(reader_view<gacc_reader>);
static_assert(std::is_nothrow_move_constructible_v<canonical_reader>);
static_assert(std::default_initializable<canonical_reader>);

// Negative: a reader is one pass over a file: not a forward range (its iterator cannot be kept to
// go over a row twice), not sized, not borrowed (its iterators point into the reader's state).
template <class R>
concept single_pass = !std::ranges::forward_range<R> && !std::ranges::sized_range<R> &&
                      !std::ranges::borrowed_range<R> && !ranges::forward_range<R> && !ranges::sized_range<R> &&
                      !std::forward_iterator<std::ranges::iterator_t<R>>;
static_assert(single_pass<canonical_reader>);
static_assert(single_pass<baci_reader>);
static_assert(single_pass<comtrade_reader>);
static_assert(single_pass<gacc_reader>);
// The checks see a forward view where there is one.
static_assert(!single_pass<std::string_view>);
static_assert(!reader_view<std::vector<record>>);  // a container is a range, not a view
static_assert(!std::copy_constructible<byte_source>);

// Negative: a temporary string cannot be a memory source (its bytes would be gone).
template <class S>
concept memory_source = requires(S&& s) {
  byte_source::from_memory(std::forward<S>(s));
};
static_assert(memory_source<const std::string&>);
static_assert(memory_source<std::string_view>);
static_assert(!memory_source<std::string>);

// Negative: a row parser must say how to name columns.
struct no_names {
  bool read_header(csv_row, const std::string&) { return false; }
  std::optional<field_error> parse(csv_row, record&) { return std::nullopt; }
};
static_assert(!row_parser<no_names>);

}  // namespace
