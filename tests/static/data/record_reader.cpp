// Compile-time facts about records and readers; compiling is passing.
#include <tradestat/data/baci.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_reader.hpp>

#include <concepts>
#include <iterator>
#include <optional>
#include <ranges>
#include <string>
#include <type_traits>

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

// Negative: a reader is one pass over a file: it moves, it does not copy.
static_assert(std::movable<canonical_reader>);
static_assert(!std::copy_constructible<canonical_reader>);
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
  bool read_header(const std::vector<std::string_view>&, const std::string&) { return false; }
  std::optional<field_error> parse(const std::vector<std::string_view>&, record&) { return std::nullopt; }
};
static_assert(!row_parser<no_names>);

}  // namespace
