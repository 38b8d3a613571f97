// Named groups of partners with effective-dated membership. Groups overlap by design (Kazakhstan is
// in Central Asia, the SCO and the Belt and Road group), so their shares do not add up.
#ifndef TRADESTAT_CODES_COUNTRY_GROUP_HPP
#define TRADESTAT_CODES_COUNTRY_GROUP_HPP

#include <tradestat/calendar/date.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** One country's membership of a group over a half-open interval of days [from, until), as
    `tradestat::date`s (a `std::chrono::year_month_day` converts: calendar/chrono.hpp).
    Example: `membership{uk, membership::always, date{2020, 2, 1}}.covers(date{2020, 1, 31})` // true (a member until 2020-01-31) */
struct membership {
  /** `from` value for "a member since before any trade data": the earliest day, 0001-01-01. */
  static constexpr date always = date::min();
  /** `until` value for "still a member": the latest day, 9999-12-31, which it also covers. */
  static constexpr date still = date::max();

  country member;
  date from = always;        // first day as a member
  date until = still;        // first day no longer a member (`still`: none)
  bool date_unsure = false;  // a date from general knowledge, not a checked source

  /** True when the country is a member on that day.
      Example: `membership{tl, date{2025, 10, 26}}.covers(date{2025, 10, 26})` // true */
  constexpr bool covers(date day) const { return from <= day && (day < until || until == still); }
};

/** A named group of partners whose membership changes over time; users build their own the same way.
    Example: `member(groups::asean(), timor_leste, date{2025, 10, 25})` // false, and true a day later */
class country_group {
 public:
  /** A group from its names and memberships; throws `tradestat::error` (invalid_argument) on an empty
      interval or an unrecognised member. Example: `to_string(country_group{"Core", "核心", {{kz}, {uz}}})` // "Core" */
  country_group(std::string name_en, std::string name_zh, std::vector<membership> members,
                std::string note = {})
      : name_en_(std::move(name_en)),
        name_zh_(std::move(name_zh)),
        note_(std::move(note)),
        members_(std::move(members)) {
    if (name_en_.empty()) throw error(error_kind::invalid_argument, "a country group needs an English name");
    for (const auto& m : members_) {
      if (!(m.from < m.until)) fail(m.member, "membership of ", " ends before it starts");
      if (!m.member.is_recognised()) fail(m.member, "an unrecognised partner (or none) cannot be a member: ", "");
    }
  }

  /** True when the country is a member on that day. Example: `groups::eu().contains(uk, date{2020, 1, 31})` // true */
  bool contains(country c, date day) const {
    return std::any_of(members_.begin(), members_.end(),
                       [&](const membership& m) { return m.member == c && m.covers(day); });
  }

  /** The members on a day, in the order they were given. Example: `groups::asean().members(date{2025, 1, 1}).size()` // 10 */
  std::vector<country> members(date day) const {
    std::vector<country> out;
    for (const auto& m : members_)
      if (m.covers(day) && std::find(out.begin(), out.end(), m.member) == out.end()) out.push_back(m.member);
    return out;
  }

  /** The comparable basis (可比口径): the members of one day, applied to every date, so a year-on-year
      comparison counts the same countries in both years.
      Example: `groups::asean().as_of(date{2025, 12, 31}).contains(tl, date{2024, 6, 1})` // true */
  country_group as_of(date day) const {
    std::vector<membership> fixed;
    for (country c : members(day)) {
      bool unsure = false;
      for (const auto& m : members_)
        if (m.member == c && m.covers(day)) unsure = unsure || m.date_unsure;
      fixed.push_back(membership{c, membership::always, membership::still, unsure});
    }
    return country_group(name_en_ + " (membership of " + to_string(day) + ")",
                         name_zh_.empty() ? name_zh_ : name_zh_ + "（" + to_string(day) + "口径）",
                         std::move(fixed), note_);
  }

  /** True when any membership date is marked unsure. Example: `groups::sco().has_unsure_dates()` // true */
  bool has_unsure_dates() const {
    return std::any_of(members_.begin(), members_.end(), [](const membership& m) { return m.date_unsure; });
  }

  /** The group's name, Chinese on request (English when it has no Chinese name).
      Example: `to_string(groups::asean(), {.lang = language::zh})` // "东盟" */
  friend std::string to_string(const country_group& g, text_format f = {}) {
    return std::string(detail::name_in(f, g.name_en_, g.name_zh_));
  }
  /** What the group is and where its data come from. Example: `groups::asean().note().empty()` // false */
  const std::string& note() const { return note_; }
  const std::vector<membership>& memberships() const { return members_; }

 private:
  [[noreturn]] void fail(country c, std::string_view before, std::string_view after) const {
    std::string message{"group \""};
    message += name_en_;
    message += "\": ";
    message += before;
    if (c != country::none()) message += to_string(c);
    message += after;
    throw error(error_kind::invalid_argument, message);
  }

  std::string name_en_, name_zh_, note_;
  std::vector<membership> members_;
};

template <>
inline constexpr bool detail::is_code_value<country_group> = true;

/** True when the country belongs to the group on that day.
    Example: `member(groups::eu(), uk, date{2020, 2, 1})` // false */
inline bool member(const country_group& group, country c, date day) {
  return group.contains(c, day);
}

namespace detail {

inline std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

[[noreturn]] inline void throw_bad_group_csv(const std::string& where, const std::string& what) {
  std::string message = where;
  message += ": ";
  message += what;
  throw error(error_kind::bad_data, message);
}

inline std::vector<std::string_view> split_commas(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = line.find(',', start);
    out.push_back(trim_spaces(
        line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

// YYYY-MM-DD, or empty for `fallback`.
inline date parse_iso_date(std::string_view s, date fallback, const std::string& where) {
  if (s.empty()) return fallback;
  if (s.size() == 10 && s[4] == '-') {  // the ISO form only, not 2025年3月19日
    try {
      return parse<date>(s);
    } catch (const parse_error&) {
    }
  }
  throw_bad_group_csv(where, "\"" + std::string(s) + "\" is not a date YYYY-MM-DD");
}

}  // namespace detail

/** Reads a group from CSV: a header `iso_alpha3,from,until` (until optional), then one membership a
    line; empty dates mean "always" and "still". Throws `tradestat::error` (bad_data) naming the line.
    Any input stream of char (a template, so that this header needs no <istream>: include the stream's
    header where you call it). Example: `read_country_group_csv(in, "Core", "核心").memberships().size()`
    // 1 for "iso_alpha3,from,until\nKAZ,,\n" */
template <class Traits>
  requires std::same_as<Traits, std::char_traits<char>>
country_group read_country_group_csv(std::basic_istream<char, Traits>& in, std::string name_en, std::string name_zh,
                                     std::string note = {}) {
  std::string line;
  std::size_t line_no = 0;
  auto where = [&] { return "country group CSV line " + std::to_string(line_no); };
  if (!std::getline(in, line)) detail::throw_bad_group_csv("country group CSV", "empty: expected a header");
  ++line_no;
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // UTF-8 BOM
  const auto header = detail::split_commas(line);
  if (header.size() < 2 || header.size() > 3 || header[0] != "iso_alpha3" || header[1] != "from" ||
      (header.size() == 3 && header[2] != "until"))
    detail::throw_bad_group_csv(where(), "expected the header iso_alpha3,from,until");
  std::vector<membership> members;
  while (std::getline(in, line)) {
    ++line_no;
    if (detail::trim_spaces(line).empty()) continue;
    const auto fields = detail::split_commas(line);
    if (fields.size() != header.size())
      detail::throw_bad_group_csv(where(), "expected " + std::to_string(header.size()) + " fields, found " +
                                               std::to_string(fields.size()));
    const std::string_view code = fields[0];
    const bool letters = code.size() == 3 && std::all_of(code.begin(), code.end(), detail::is_upper);
    const auto c = letters ? find_country(iso_alpha3_code{code}) : std::nullopt;
    if (!c)
      detail::throw_bad_group_csv(where(), "\"" + std::string(fields[0]) + "\" is not an ISO alpha-3 code");
    membership m{*c};
    m.from = detail::parse_iso_date(fields[1], membership::always, where());
    if (header.size() == 3) m.until = detail::parse_iso_date(fields[2], membership::still, where());
    if (!(m.from < m.until)) detail::throw_bad_group_csv(where(), "membership ends before it starts");
    members.push_back(m);
  }
  return country_group(std::move(name_en), std::move(name_zh), std::move(members), std::move(note));
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_COUNTRY_GROUP_HPP
