// Compile-time facts about <tradestat/data/read_options.hpp>: compiling is passing.
#include <tradestat/data/read_options.hpp>

#include <concepts>
#include <type_traits>

namespace {
using namespace tradestat;

// Positive: a projection is a small constant set of fields; the default reads every field and the
// whole input.
constexpr record_fields some{record_field::period, record_field::flow, record_field::partner,
                             record_field::value_cny};
static_assert(some.contains(record_field::partner) && !some.contains(record_field::value_usd));
static_assert(some.size() == 4);
static_assert(record_fields::all().size() == record_field_count);
static_assert(record_fields{}.empty());
static_assert((some | record_fields{record_field::value_usd}).size() == 5);
static_assert((some & record_fields{record_field::value_usd, record_field::flow}) == record_fields{record_field::flow});
static_assert(read_options{}.fields == record_fields::all());
static_assert(read_options{}.bytes.whole());
static_assert(read_options{.bytes = {.begin = 1}}.bytes.whole() == false);
static_assert(to_string(record_field::value_cny) == "value_cny");
static_assert(to_string(record_field::aggregate) == "aggregate");
static_assert(std::is_trivially_copyable_v<read_options>);

// A byte range holds the rows that start in it: begin included, end excluded.
static_assert(byte_range{3, 6}.holds(3) && byte_range{3, 6}.holds(5));
static_assert(!byte_range{3, 6}.holds(6) && !byte_range{3, 6}.holds(2));
static_assert(byte_range{}.holds(static_cast<std::size_t>(-2)));

// Negative: a field set is not a number and fields are not integers: no implicit conversion from
// either.
static_assert(!std::is_convertible_v<unsigned, record_fields>);
static_assert(!std::is_convertible_v<int, record_field>);
static_assert(!std::is_convertible_v<record_field, record_fields>);  // a set of one is written {f}
static_assert(std::is_constructible_v<record_fields, std::initializer_list<record_field>>);

}  // namespace
