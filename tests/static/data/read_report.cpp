// Compile-time facts about <tradestat/data/read_report.hpp>: compiling is passing.
#include <tradestat/data/read_report.hpp>

#include <concepts>
#include <stdexcept>
#include <type_traits>

namespace {
using namespace tradestat;

// A reader's error is one of the library's: catch it as tradestat::error (or std::runtime_error).
static_assert(std::derived_from<read_error, tradestat::error>);
static_assert(std::derived_from<read_error, std::runtime_error>);
static_assert(!std::derived_from<read_error, parse_error>);
static_assert(!std::is_constructible_v<read_error, const char*>);  // a rejection or a file and a detail

}  // namespace
