// Groups in pipelines: `where(group)` for the records of a partner group (effective-dated) or a
// product group, and `by_group(...)` / `by_product_group(...)`, keys of overlapping groups: a
// record counts once in every group it belongs to, and the table says its rows overlap.
#ifndef TRADESTAT_ANALYSIS_GROUPS_HPP
#define TRADESTAT_ANALYSIS_GROUPS_HPP

#include <tradestat/analysis/keys.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/codes/country_group.hpp>
#include <tradestat/codes/product_group.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_access.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace tradestat {

/** Which day of a record's period decides whether its partner belongs to a group whose membership
 *  changes: the last day (the group as it stood when the period closed, the default) or the first.
 *  For a comparable basis (可比口径: the same members in both periods) give `group.as_of(day)`.
 *  Example: `where(groups::asean(), group_day::first_day)` */
enum class group_day : std::uint8_t { last_day, first_day };

/** What a group key's group gathers: partners (a country group), commodities (a product group), or
 *  not known (a key made from a name). Printed tables name it in their overlap note. */
enum class group_dimension : std::uint8_t { unknown, partners, products };

/** The row key of a table by groups: the group's English name, and for printing its Chinese name
 *  (empty when not known) and what the group gathers; these take no part in comparing keys, so two
 *  keys with the same English name are the same row. Converts from the group itself, so `table[groups::asean()]` and
 *  `table["ASEAN"]` find the same row. */
struct group_key {
  std::string name;
  std::string name_zh{};
  group_dimension dimension = group_dimension::unknown;
  group_key() = default;
  group_key(std::string n) : name(std::move(n)) {}  // NOLINT(google-explicit-constructor)
  group_key(const char* n) : name(n) {}             // NOLINT(google-explicit-constructor)
  group_key(const country_group& g)                 // NOLINT(google-explicit-constructor)
      : name(to_string(g)), name_zh(to_string(g, {.lang = language::zh})), dimension(group_dimension::partners) {}
  group_key(const product_group& g)  // NOLINT(google-explicit-constructor)
      : name(to_string(g)), name_zh(to_string(g, {.lang = language::zh})), dimension(group_dimension::products) {}
  friend constexpr bool operator==(const group_key& a, const group_key& b) noexcept { return a.name == b.name; }
  friend constexpr std::strong_ordering operator<=>(const group_key& a, const group_key& b) noexcept {
    return a.name.compare(b.name) <=> 0;
  }
  /** The English name. Example: `to_string(group_key{groups::asean()})` // "ASEAN" */
  friend const std::string& to_string(const group_key& k) { return k.name; }
  /** The name in the format's language: Chinese on request, the English name when the key has no
   *  Chinese name. Example: `to_string(group_key{groups::asean()}, {.lang = language::zh})` // "东盟" */
  friend std::string to_string(const group_key& k, text_format f) {
    return std::string(detail::name_in(f, k.name, k.name_zh));
  }
};

namespace detail {

// One group's memberships by country index, for a lookup per record instead of a scan.
class membership_index {
 public:
  explicit membership_index(const country_group& g) : by_country_(country::none().index() + 1) {
    for (const membership& m : g.memberships()) by_country_[m.member.index()].push_back(m);
  }
  template <class Day>
  bool contains(country c, const Day& day) const {
    for (const membership& m : by_country_[c.index()])
      if (m.covers(day)) return true;
    return false;
  }

 private:
  std::vector<std::vector<membership>> by_country_;
};

inline auto group_membership_day(const record_period& p, group_day d) {
  const month first = p.index() == 0 ? std::get<0>(p) : std::get<1>(p).first_month();
  const month last = p.index() == 0 ? std::get<0>(p) : std::get<1>(p).last_month();
  return d == group_day::last_day ? last.last_day() : first.first_day();
}

struct in_country_group {
  std::shared_ptr<const membership_index> members;
  group_day day;
  bool operator()(const record& r) const {
    return r.partner.has_value() && members->contains(r.partner->country, group_membership_day(r.period, day));
  }
};

[[noreturn]] inline void throw_partly_in_group(const product_group& g, const hs_code& c) {
  throw error(error_kind::incomplete, "tradestat: HS code " + std::string(c.digits()) + " lies partly in product group \"" +
                                          to_string(g) +
                                          "\": the record is coarser than the group, so its value cannot be "
                                          "split. Use records at the group's level of detail");
}

inline bool in_product_group_of(const product_group& g, const record& r) {
  if (!r.commodity) return false;
  switch (g.match(*r.commodity)) {
    case product_match::inside:
      return true;
    case product_match::partly:
      throw_partly_in_group(g, *r.commodity);
    case product_match::outside:
      break;
  }
  return false;
}

struct in_product_group {
  std::shared_ptr<const product_group> group;
  bool operator()(const record& r) const { return in_product_group_of(*group, r); }
};

/** The rows of overlapping groups, keyed by name: the names in the order given, each once. The
 *  part every key of groups shares (country groups, product groups, compare's groups). */
class group_rows {
 public:
  /** Adds a row; a name given twice throws tradestat::error (invalid_argument). */
  void add_row(group_key k) {
    for (const group_key& seen : names_)
      if (seen == k)
        throw error(error_kind::invalid_argument,
                    "tradestat: group \"" + k.name + "\" is given twice (rows are keyed by name): give each group once");
    names_.push_back(std::move(k));
  }
  std::size_t dense_size() const noexcept { return names_.size(); }
  std::size_t index(const group_key& k) const noexcept {
    for (std::size_t i = 0; i < names_.size(); ++i)
      if (names_[i] == k) return i;
    return no_key;
  }
  group_key key_at(std::size_t i) const { return names_[i]; }
  const group_key& name_at(std::size_t i) const noexcept { return names_[i]; }

 private:
  std::vector<group_key> names_;
};

}  // namespace detail

/** Records whose partner belongs to a country group on the chosen day of the record's period.
 *  Example: `rows | where(groups::central_asia())` */
inline where_stage<detail::in_country_group> where(const country_group& g, group_day day = group_day::last_day) {
  return {{std::make_shared<const detail::membership_index>(g), day}};
}
/** Records whose commodity lies in a product group; a record coarser than the group (a chapter
 *  when the group lists headings) throws tradestat::error (incomplete), since it is neither in nor out.
 *  Example: `rows | where(product_groups::walnuts())` */
inline where_stage<detail::in_product_group> where(const product_group& g) {
  return {{std::make_shared<const product_group>(g)}};
}

/** Overlapping country groups as a key: a record counts once in every group its partner belongs
 *  to (on the chosen day of the record's period), in none if in no group (then in unkeyed()).
 *  Example: `sum_by(by_group({groups::asean(), groups::sco()}), &record::value_cny)[groups::asean()]` */
class country_groups_key : public detail::group_rows {
 public:
  static constexpr bool rows_overlap = true;
  using key_type = group_key;

  explicit country_groups_key(const std::vector<country_group>& groups, group_day day = group_day::last_day)
      : day_{day} {
    for (const country_group& g : groups) {
      add_row(group_key{g});
      members_.push_back(std::make_shared<const detail::membership_index>(g));
    }
  }
  country_groups_key() = default;

  template <class F>
  void for_each_index(const record& r, F&& f) const {
    if (!r.partner) return;
    const auto d = detail::group_membership_day(r.period, day_);
    for (std::size_t i = 0; i < members_.size(); ++i)
      if (members_[i]->contains(r.partner->country, d)) f(i);
  }

 private:
  std::vector<std::shared_ptr<const detail::membership_index>> members_;
  group_day day_ = group_day::last_day;
};

/** Overlapping product groups as a key: a record counts in every group its commodity lies in; one
 *  coarser than a group's codes throws tradestat::error (incomplete).
 *  Example: `sum_by(by_product_group({product_groups::walnuts()}), &record::value_cny)` */
class product_groups_key : public detail::group_rows {
 public:
  static constexpr bool rows_overlap = true;
  using key_type = group_key;

  explicit product_groups_key(const std::vector<product_group>& groups) {
    for (const product_group& g : groups) {
      add_row(group_key{g});
      groups_.push_back(std::make_shared<const product_group>(g));
    }
  }
  product_groups_key() = default;

  template <class F>
  void for_each_index(const record& r, F&& f) const {
    for (std::size_t i = 0; i < groups_.size(); ++i)
      if (detail::in_product_group_of(*groups_[i], r)) f(i);
  }

 private:
  std::vector<std::shared_ptr<const product_group>> groups_;
};

/** Keys of overlapping country groups. Example: `by_group({groups::asean(), groups::central_asia()})` */
inline country_groups_key by_group(const std::vector<country_group>& groups, group_day day = group_day::last_day) {
  return country_groups_key{groups, day};
}
/** Keys of overlapping product groups. Example: `by_product_group({product_groups::walnuts()})` */
inline product_groups_key by_product_group(const std::vector<product_group>& groups) {
  return product_groups_key{groups};
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_GROUPS_HPP
