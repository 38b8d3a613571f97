// Compile-time facts about the GACC reader; compiling is passing.
#include <tradestat/data/gacc.hpp>

#include <concepts>
#include <filesystem>
#include <iterator>
#include <ranges>
#include <type_traits>
#include <utility>

#include <range/v3/range/concepts.hpp>

namespace {
using namespace tradestat;

// Positive: the parser is a row parser; the reader is a one-pass input range of records.
static_assert(row_parser<gacc_row_parser>);
static_assert(std::ranges::input_range<gacc_reader>);
static_assert(ranges::input_range<gacc_reader>);
static_assert(std::same_as<std::ranges::range_reference_t<gacc_reader>, const record&>);
static_assert(std::is_nothrow_move_constructible_v<gacc_reader>);
static_assert(requires(const std::filesystem::path& p) { read_gacc(p, trade_flow::imports); });
static_assert(requires(const std::filesystem::path& p) {
  read_gacc(p, trade_flow::exports, gacc_options{.period = year{2023}});
});

// A view (copies share the one pass, and the stream). Negative: it is one pass, and the flow,
// which the file does not have, cannot be left out.
template <class Input>
concept readable_without_flow = requires(Input in) {
  read_gacc(std::move(in));
};
template <class Input>
concept readable_with_options_only = requires(Input in, gacc_options o) {
  read_gacc(std::move(in), o);
};

static_assert(std::ranges::view<gacc_reader> && ranges::view_<gacc_reader>);
static_assert(!std::ranges::forward_range<gacc_reader>);
static_assert(!readable_without_flow<std::filesystem::path>);
static_assert(!readable_without_flow<byte_source>);
static_assert(!readable_with_options_only<std::filesystem::path>);

// Positive and negative: China's HS editions by year, and placeholders.
static_assert(china_hs_edition(2022) == hs_version::hs2022);
static_assert(china_hs_edition(2021) == hs_version::hs2017);
static_assert(detail::is_gacc_placeholder("?") && detail::is_gacc_placeholder("-") &&
              detail::is_gacc_placeholder(""));
static_assert(!detail::is_gacc_placeholder("0"));

constexpr std::int64_t grouped(std::string_view s) {
  std::int64_t v = -1;
  return detail::parse_grouped(s, v) == detail::number_status::ok ? v : -1;
}
static_assert(grouped("5,917,063,944") == 5'917'063'944);
static_assert(grouped("639240426") == 639'240'426);
static_assert(grouped("5,91,063") == -1);
static_assert(grouped("1,2345") == -1);
static_assert(grouped(",123") == -1);
static_assert(grouped("12.5") == -1);
static_assert(grouped("-5") == -1);

}  // namespace

namespace {
// A window cut inside a character is trimmed before the encoding is guessed; whole text is kept.
static_assert(tradestat::detail::without_cut_character("ab\xE6\x95") == "ab");
static_assert(tradestat::detail::without_cut_character("ab\xE6\x95\xB0") == "ab\xE6\x95\xB0");
static_assert(tradestat::detail::without_cut_character("ab\xE6") == "ab");
static_assert(tradestat::detail::without_cut_character("abc") == "abc");
}  // namespace
