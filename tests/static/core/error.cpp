// Compile-time facts: the exceptions of units/ and analysis/ are tradestat::errors; compiling is passing.
#include <tradestat/error.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/rate_table.hpp>
#include <tradestat/units/rounding.hpp>

#include <stdexcept>
#include <string>
#include <type_traits>

namespace {
using namespace tradestat;

static_assert(std::is_base_of_v<tradestat::error, overflow_error>);
static_assert(std::is_base_of_v<tradestat::error, inexact_error>);
static_assert(std::is_base_of_v<tradestat::error, missing_rate_error>);
// Not the standard library's own classes any more: catch them as tradestat::error.
static_assert(!std::is_base_of_v<std::overflow_error, overflow_error>);
static_assert(!std::is_base_of_v<std::domain_error, inexact_error>);
static_assert(!std::is_base_of_v<std::out_of_range, missing_rate_error>);
// Built from a message only: the class fixes the kind.
static_assert(std::is_constructible_v<overflow_error, std::string>);
static_assert(!std::is_constructible_v<overflow_error, error_kind, std::string>);
static_assert(!std::is_convertible_v<std::string, missing_rate_error>);

}  // namespace
