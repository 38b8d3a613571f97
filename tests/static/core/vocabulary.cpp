// Compile-time facts about <tradestat/vocabulary.hpp>, the cheap entry header: it alone gives the
// vocabulary types and their rules; compiling is passing. (That it reads no platform, reader,
// Boost or range-v3 header is checked by the CTest static.vocabulary_includes.)
#include <tradestat/vocabulary.hpp>

#include "../operations.hpp"

#include <concepts>

namespace {

using namespace tradestat;
using tradestat::test::can_add;

// Money, ratio kinds, periods and codes, with their rules.
static_assert(can_add<money<CNY>, money<CNY>>);
static_assert(!can_add<money<CNY>, money<USD>>);
static_assert(std::same_as<decltype(growth(money<CNY>{80}, money<CNY>{100})), tradestat::growth>);
static_assert(calendar_period<month> && calendar_period<quarter> && calendar_period<year>);
static_assert(!can_add<month, year>);
static_assert(std::equality_comparable<hs_code> && std::copyable<hs_code>);
static_assert(std::copyable<country>);

// The readers are not part of the vocabulary.
#ifdef TRADESTAT_DATA_RECORD_HPP
#error "<tradestat/vocabulary.hpp> includes the readers (data/record.hpp)"
#endif
#ifdef TRADESTAT_DATA_BYTE_SOURCE_HPP
#error "<tradestat/vocabulary.hpp> includes the readers (data/byte_source.hpp)"
#endif

}  // namespace
