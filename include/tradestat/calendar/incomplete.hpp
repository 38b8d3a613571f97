// What to do when a total over a period would miss some of its parts (a quarter with a month missing).
#ifndef TRADESTAT_CALENDAR_INCOMPLETE_HPP
#define TRADESTAT_CALENDAR_INCOMPLETE_HPP

#include <tradestat/error.hpp>

#include <string>


namespace tradestat {

/** The policy for a period whose parts are not all present: the caller says how, the default refuses.
    Example: `rollup<quarter>(monthly, incomplete::drop)` leaves out quarters that lack a month. */
enum class incomplete {
  refuse,         // throw incomplete_error naming what is missing (the default)
  drop,           // leave the incomplete period out of the result
  sum_available,  // total the parts that are present: an explicitly partial figure
};

/** The error for a total, rollup or conversion that would silently miss data.
    Example: `rollup<quarter>(monthly)` with 2025-02 missing throws `cannot roll up 2025Q1: 2025-02 is
    missing (pass incomplete::drop or incomplete::sum_available to say how)`. */
class incomplete_error : public error {
 public:
  explicit incomplete_error(const std::string& message) : error(error_kind::incomplete, message) {}
};

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_INCOMPLETE_HPP
