// Group membership on a comparable basis (可比口径): which members of an effective-dated country
// group count in each of the two periods of a comparison.
#ifndef TRADESTAT_ANALYSIS_COMPARABLE_BASIS_HPP
#define TRADESTAT_ANALYSIS_COMPARABLE_BASIS_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/codes/country_group.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace tradestat {

/** Which members of a group count in a comparison of two periods, when membership changed in
 *  between (Timor-Leste joined ASEAN on 2025-10-26; the United Kingdom left the EU on 2020-02-01).
 *  - `current_members` (the default, 可比口径): the members on the last day of the later period
 *    count in both periods, so a member who joined during the window is counted in both and one
 *    who left in neither. China Customs states year-on-year growth on this basis ("A year-on-year
 *    comparison applies one membership to both years", trade-statistics.md), as do Eurostat's
 *    EU27_2020 series after Brexit.
 *  - `members_each_period`: each period with the members of its own dates (as first published):
 *    growth then mixes a change of membership with a change of trade.
 *  - `members_throughout`: only countries that were members on every day of the window count, in
 *    both periods; a member who joined or left during the window is counted in neither.
 *  Example: `to_string(basis::current_members)` // "current members" */
enum class basis { current_members, members_each_period, members_throughout };

/** The basis's name. Example: `to_string(basis::members_throughout, {.lang = language::zh})` // "全程成员口径" */
constexpr std::string_view to_string(basis b, text_format f = {}) {
  switch (b) {
    case basis::current_members:
      return detail::name_in(f, "current members", "现有成员可比口径");
    case basis::members_each_period:
      return detail::name_in(f, "members of each period", "当期成员口径");
    case basis::members_throughout:
      return detail::name_in(f, "members throughout", "全程成员口径");
  }
  return "";
}

namespace detail {

inline std::chrono::year_month_day first_day_of(const month& m) {
  return std::chrono::year{m.year_number()} / std::chrono::month{static_cast<unsigned>(m.number())} /
         std::chrono::day{1};
}
inline std::chrono::year_month_day last_day_of(const month& m) {
  return std::chrono::year_month_day{std::chrono::year{m.year_number()} /
                                     std::chrono::month{static_cast<unsigned>(m.number())} / std::chrono::last};
}

/** True when the memberships of `c` cover every day of [first, last], across consecutive intervals. */
inline bool member_throughout(const country_group& g, country c, std::chrono::year_month_day first,
                              std::chrono::year_month_day last) {
  std::chrono::year_month_day day = first;
  for (;;) {
    const membership* best = nullptr;
    for (const membership& m : g.memberships()) {
      if (m.member == c && m.covers(day) && (best == nullptr || best->until < m.until)) best = &m;
    }
    if (best == nullptr) return false;
    if (last < best->until) return true;
    day = best->until;  // the first day not covered by that interval: is another one covering it?
  }
}

}  // namespace detail

/** The group to count in a comparison of `current` with `prior` (periods of one kind) on a basis:
 *  for `current_members` the members on the last day of the later period, as members always; for
 *  `members_throughout` the countries that were members on every day from the first day of the
 *  earlier period to the last day of the later one, as members always; for `members_each_period`
 *  the group itself (effective-dated). The name says which basis it is.
 *  Example: `comparable_group(groups::asean(), basis::current_members, year{2025}, year{2024}).contains(tl, 2024y/June/1)`
 *  // true: Timor-Leste counts in 2024 too
 *  Example: `comparable_group(groups::asean(), basis::members_throughout, year{2025}, year{2024}).contains(tl, 2025y/December/1)`
 *  // false: it joined during the window */
template <calendar_period P>
country_group comparable_group(const country_group& group, basis b, const P& current, const P& prior) {
  const month first = std::min(current.first_month(), prior.first_month());
  const month last = std::max(current.last_month(), prior.last_month());
  switch (b) {
    case basis::members_each_period:
      return group;
    case basis::current_members:
      return group.as_of(detail::last_day_of(last));
    case basis::members_throughout: {
      const auto from = detail::first_day_of(first);
      const auto until = detail::last_day_of(last);
      std::vector<membership> kept;
      for (const membership& m : group.memberships()) {
        const bool seen = std::any_of(kept.begin(), kept.end(), [&](const membership& k) { return k.member == m.member; });
        if (!seen && detail::member_throughout(group, m.member, from, until)) {
          kept.push_back(membership{m.member, membership::always, membership::still, m.date_unsure});
        }
      }
      std::string en = to_string(group);
      en += " (members throughout the comparison)";
      std::string zh = to_string(group, {.lang = language::zh});
      if (zh != to_string(group)) zh += "（全程成员口径）";
      return country_group(std::move(en), std::move(zh), std::move(kept), group.note());
    }
  }
  throw error(error_kind::invalid_argument, "tradestat: basis " + std::to_string(static_cast<int>(b)) +
                                                " is not a basis: give one of the basis values");
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_COMPARABLE_BASIS_HPP
