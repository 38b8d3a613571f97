// Interop with std::chrono: where a program passes std::chrono::year_month or year_month_day to the
// library, or takes them from it. The vocabulary leaves <chrono> out (0.3 s of compile time, with the
// <sstream> libstdc++ 12 pulls into it); include this header, which includes it, where you use it.
#ifndef TRADESTAT_CALENDAR_CHRONO_HPP
#define TRADESTAT_CALENDAR_CHRONO_HPP

#include <tradestat/calendar/date.hpp>
#include <tradestat/calendar/period.hpp>

#include <chrono>
#include <concepts>

namespace tradestat {

// The conversions are members of `month` and `date` (templates over the shape of year_month and
// year_month_day, so that period.hpp and date.hpp need not include <chrono>); these checks keep the
// shapes true to the standard types.
//
//   month m = std::chrono::year{2025} / 3;                       // month{2025, 3}
//   std::chrono::year_month ym = month{2025, 3};                 // 2025y/March
//   date d = std::chrono::year{2025} / 10 / 26;                  // date{2025, 10, 26}
//   std::chrono::sys_days t = std::chrono::year_month_day{d};    // for day arithmetic
//   groups::asean().contains(timor_leste, 2025y / October / 26)  // a year_month_day where a date is asked
static_assert(detail::year_month_shaped<std::chrono::year_month>);
static_assert(detail::year_month_day_shaped<std::chrono::year_month_day>);
static_assert(std::convertible_to<std::chrono::year_month, month> && std::convertible_to<month, std::chrono::year_month>);
static_assert(std::convertible_to<std::chrono::year_month_day, date> &&
              std::convertible_to<date, std::chrono::year_month_day>);
// Neither a day nor a weekday-dated month is a month, nor a month a day.
static_assert(!std::convertible_to<std::chrono::year_month_day, month> &&
              !std::convertible_to<std::chrono::year_month_weekday, month> &&
              !std::convertible_to<std::chrono::year_month, date> && !std::convertible_to<std::chrono::year, month>);

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_CHRONO_HPP
