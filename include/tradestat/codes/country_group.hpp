// Named groups of partners with effective-dated membership. Groups overlap by design (Kazakhstan is
// in Central Asia, the SCO and the Belt and Road group), so their shares do not add up.
#ifndef TRADESTAT_CODES_COUNTRY_GROUP_HPP
#define TRADESTAT_CODES_COUNTRY_GROUP_HPP

#include <tradestat/codes/country.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** One country's membership of a group over a half-open interval of days [from, until).
    Example: `membership{uk, membership::always, 2020y/February/1}`: a member until 2020-01-31. */
struct membership {
  /** `from` value for "a member since before any trade data". */
  static constexpr std::chrono::year_month_day always{std::chrono::year::min(), std::chrono::January,
                                                      std::chrono::day{1}};
  /** `until` value for "still a member". */
  static constexpr std::chrono::year_month_day still{std::chrono::year::max(), std::chrono::December,
                                                     std::chrono::day{31}};

  country member;
  std::chrono::year_month_day from = always;  // first day as a member
  std::chrono::year_month_day until = still;  // first day no longer a member
  bool date_unsure = false;                   // a date from general knowledge, not a checked source

  /** True when the country is a member on that day.
      Example: `membership{tl, 2025y/October/26}.covers(2025y/October/26)` is true. */
  constexpr bool covers(std::chrono::year_month_day day) const { return from <= day && day < until; }
};

/** A named group of partners whose membership changes over time; users build their own the same way.
    Example: `member(groups::asean(), timor_leste, 2025y/October/25)` is false, and true a day later. */
class country_group {
 public:
  /** A group from its names and memberships; throws std::invalid_argument on an invalid date or an
      empty interval. Example: `country_group{"Core", "核心", {{kz}, {uz}}}`. */
  country_group(std::string name_en, std::string name_zh, std::vector<membership> members,
                std::string note = {})
      : name_en_(std::move(name_en)),
        name_zh_(std::move(name_zh)),
        note_(std::move(note)),
        members_(std::move(members)) {
    if (name_en_.empty()) throw std::invalid_argument("a country group needs an English name");
    for (const auto& m : members_) {
      if (!m.from.ok() || !m.until.ok())
        throw std::invalid_argument("group \"" + name_en_ + "\": invalid membership date for " +
                                    std::string(m.member.name_en()));
      if (!(m.from < m.until))
        throw std::invalid_argument("group \"" + name_en_ + "\": membership of " +
                                    std::string(m.member.name_en()) + " ends before it starts");
      if (!m.member.is_recognised())
        throw std::invalid_argument("group \"" + name_en_ + "\": an unrecognised partner cannot be a member");
    }
  }

  /** True when the country is a member on that day. Example: EU and the United Kingdom on 2020-01-31: true.
   */
  bool contains(country c, std::chrono::year_month_day day) const {
    check_day(day);
    return std::any_of(members_.begin(), members_.end(),
                       [&](const membership& m) { return m.member == c && m.covers(day); });
  }

  /** The members on a day, in the order they were given. Example: ASEAN on 2025-01-01 has 10. */
  std::vector<country> members(std::chrono::year_month_day day) const {
    check_day(day);
    std::vector<country> out;
    for (const auto& m : members_)
      if (m.covers(day) && std::find(out.begin(), out.end(), m.member) == out.end()) out.push_back(m.member);
    return out;
  }

  /** The comparable basis (可比口径): the members of one day, applied to every date, so a year-on-year
      comparison counts the same countries in both years.
      Example: `groups::asean().as_of(2025y/December/31).contains(tl, 2024y/June/1)` is true. */
  country_group as_of(std::chrono::year_month_day day) const {
    std::vector<membership> fixed;
    for (country c : members(day)) {
      bool unsure = false;
      for (const auto& m : members_)
        if (m.member == c && m.covers(day)) unsure = unsure || m.date_unsure;
      fixed.push_back(membership{c, membership::always, membership::still, unsure});
    }
    return country_group(name_en_ + " (membership of " + iso_date(day) + ")",
                         name_zh_.empty() ? name_zh_ : name_zh_ + "（" + iso_date(day) + "口径）",
                         std::move(fixed), note_);
  }

  /** True when any membership date is marked unsure. Example: true for the SCO. */
  bool has_unsure_dates() const {
    return std::any_of(members_.begin(), members_.end(), [](const membership& m) { return m.date_unsure; });
  }

  const std::string& name_en() const { return name_en_; }
  const std::string& name_zh() const { return name_zh_; }
  /** What the group is and where its data come from. */
  const std::string& note() const { return note_; }
  const std::vector<membership>& memberships() const { return members_; }

 private:
  static std::string iso_date(std::chrono::year_month_day d) {
    auto pad = [](unsigned v, std::size_t width) {
      std::string s = std::to_string(v);
      return std::string(width > s.size() ? width - s.size() : 0, '0') + s;
    };
    return pad(static_cast<unsigned>(static_cast<int>(d.year())), 4) + "-" +
           pad(static_cast<unsigned>(d.month()), 2) + "-" + pad(static_cast<unsigned>(d.day()), 2);
  }
  void check_day(std::chrono::year_month_day day) const {
    if (!day.ok()) throw std::invalid_argument("group \"" + name_en_ + "\": asked about an invalid date");
  }

  std::string name_en_, name_zh_, note_;
  std::vector<membership> members_;
};

/** True when the country belongs to the group on that day.
    Example: `member(groups::eu(), uk, 2020y/February/1)` is false. */
inline bool member(const country_group& group, country c, std::chrono::year_month_day day) {
  return group.contains(c, day);
}

namespace detail {

inline std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
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
inline std::chrono::year_month_day parse_iso_date(std::string_view s, std::chrono::year_month_day fallback,
                                                  const std::string& where) {
  if (s.empty()) return fallback;
  bool ok = s.size() == 10 && s[4] == '-' && s[7] == '-';
  int y = 0;
  unsigned m = 0, d = 0;
  for (std::size_t i = 0; ok && i < 10; ++i) {
    if (i == 4 || i == 7) continue;
    ok = is_digit(s[i]);
    const int v = s[i] - '0';
    if (i < 4)
      y = y * 10 + v;
    else if (i < 7)
      m = m * 10 + static_cast<unsigned>(v);
    else
      d = d * 10 + static_cast<unsigned>(v);
  }
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ok || !date.ok())
    throw std::invalid_argument(where + ": \"" + std::string(s) + "\" is not a date YYYY-MM-DD");
  return date;
}

}  // namespace detail

/** Reads a group from CSV: a header `iso_alpha3,from,until` (until optional), then one membership a
    line; empty dates mean "always" and "still". Throws std::invalid_argument naming the line.
    Example: "iso_alpha3,from,until\nKAZ,,\n" gives a group with Kazakhstan always a member. */
inline country_group read_country_group_csv(std::istream& in, std::string name_en, std::string name_zh,
                                            std::string note = {}) {
  std::string line;
  std::size_t line_no = 0;
  auto where = [&] { return "country group CSV line " + std::to_string(line_no); };
  if (!std::getline(in, line)) throw std::invalid_argument("country group CSV is empty: expected a header");
  ++line_no;
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // UTF-8 BOM
  const auto header = detail::split_commas(line);
  if (header.size() < 2 || header.size() > 3 || header[0] != "iso_alpha3" || header[1] != "from" ||
      (header.size() == 3 && header[2] != "until"))
    throw std::invalid_argument(where() + ": expected the header iso_alpha3,from,until");
  std::vector<membership> members;
  while (std::getline(in, line)) {
    ++line_no;
    if (detail::trim_spaces(line).empty()) continue;
    const auto fields = detail::split_commas(line);
    if (fields.size() != header.size())
      throw std::invalid_argument(where() + ": expected " + std::to_string(header.size()) +
                                  " fields, found " + std::to_string(fields.size()));
    const std::string_view code = fields[0];
    const bool letters = code.size() == 3 && std::all_of(code.begin(), code.end(), detail::is_upper);
    const auto c = letters ? find_country(iso_alpha3_code{code}) : std::nullopt;
    if (!c)
      throw std::invalid_argument(where() + ": \"" + std::string(fields[0]) +
                                  "\" is not an ISO alpha-3 code");
    membership m{*c};
    m.from = detail::parse_iso_date(fields[1], membership::always, where());
    if (header.size() == 3) m.until = detail::parse_iso_date(fields[2], membership::still, where());
    if (!(m.from < m.until)) throw std::invalid_argument(where() + ": membership ends before it starts");
    members.push_back(m);
  }
  return country_group(std::move(name_en), std::move(name_zh), std::move(members), std::move(note));
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_COUNTRY_GROUP_HPP
