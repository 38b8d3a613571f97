// China's five-year plans (五年规划/五年计划) as periods: the 14th is 2021–2025.
#ifndef TRADESTAT_CALENDAR_PLAN_HPP
#define TRADESTAT_CALENDAR_PLAN_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/span.hpp>
#include <tradestat/error.hpp>

#include <compare>
#include <optional>
#include <string>

namespace tradestat {

/** One of China's five-year plans, the 1st (1953–1957) to the 15th (2026–2030).
    Example: `plan{14}.years()` is 2021–2025; `plan{14}.previous()` is `plan{13}` (2016–2020).
    The years come from general knowledge of the plans' history (1953–1957, 1958–1962, then
    1966–1970 after the 1963–1965 readjustment, five-year steps since); the 15th is the plan
    adopted for 2026–2030. Plans after the 15th are not represented. */
class plan {
 public:
  static constexpr int first_number = 1;
  static constexpr int last_number = 15;

  /** The 14th plan: a value to assign to. */
  constexpr plan() noexcept = default;
  /** Throws `tradestat::error` (invalid_argument) unless 1 <= number <= 15. */
  constexpr explicit plan(int number) : number_{checked(number)} {}

  constexpr int number() const noexcept { return number_; }
  constexpr year first_year() const noexcept {
    // 1st 1953, 2nd 1958, then the 3rd starts in 1966 after three years of readjustment.
    return year{number_ <= 2 ? 1953 + 5 * (number_ - 1) : 1966 + 5 * (number_ - 3)};
  }
  constexpr year last_year() const noexcept { return first_year() + year_count{4}; }
  constexpr span<year> years() const noexcept { return span<year>{first_year(), last_year()}; }
  constexpr month first_month() const noexcept { return first_year().first_month(); }
  constexpr month last_month() const noexcept { return last_year().last_month(); }

  /** The plan before; throws `tradestat::error` for the 1st. Example: `plan{14}.previous()` is `plan{13}`.
   */
  constexpr plan previous() const { return plan{number_ - 1}; }
  /** The plan after; throws `tradestat::error` for the 15th. */
  constexpr plan next() const { return plan{number_ + 1}; }

  friend constexpr bool operator==(const plan&, const plan&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const plan&, const plan&) noexcept = default;

 private:
  static constexpr int checked(int number) {
    if (number < first_number || number > last_number) {
      throw_out_of_range(number);
    }
    return number;
  }
  [[noreturn]] static void throw_out_of_range(int number) {
    std::string message{"five-year plan "};
    message += std::to_string(number);
    message += " is not represented: plans 1 (1953-1957) to 15 (2026-2030) are";
    throw error(error_kind::invalid_argument, message);
  }

  int number_ = 14;
};

/** The plan before. Example: `previous(plan{14})` is `plan{13}`. */
constexpr plan previous(const plan& p) { return p.previous(); }
/** The plan after. Example: `next(plan{13})` is `plan{14}`. */
constexpr plan next(const plan& p) { return p.next(); }

// Deleted: plans are compared with the previous plan, not with "the same period last year".
// The reason stays on the line the compiler quotes: not reformatted.
// clang-format off
void same_period_last_year(const plan&) = delete;  // a plan has no same period last year: compare with previous(p)
// clang-format on

/** The plan a year belongs to, if any (1963–1965 and years outside 1953–2030 belong to none).
    Example: `plan_of(year{2023})` is `plan{14}`; `plan_of(year{1964})` is empty. */
constexpr std::optional<plan> plan_of(const year& y) noexcept {
  const int n = y.year_number();
  if (n >= 1953 && n <= 1962) return plan{1 + (n - 1953) / 5};
  if (n >= 1966 && n <= 2030) return plan{3 + (n - 1966) / 5};
  return std::nullopt;
}

}  // namespace tradestat

#endif  // TRADESTAT_CALENDAR_PLAN_HPP
