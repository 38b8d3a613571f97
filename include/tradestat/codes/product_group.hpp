// Product groups: named sets of HS codes and prefixes, overlapping by design (a lithium-ion battery
// is a "new three" product, a mechanical and electrical product and an electrical good at once).
#ifndef TRADESTAT_CODES_PRODUCT_GROUP_HPP
#define TRADESTAT_CODES_PRODUCT_GROUP_HPP

#include <tradestat/codes/hs_code.hpp>
#include <tradestat/detail/code_text.hpp>
#include <tradestat/detail/digits.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace tradestat {

/** What defines a product group: names, included and excluded HS prefixes (2 to 10 digits), the HS
    edition the prefixes belong to (none: they are matched as digits whatever the code's edition),
    whether the list is an approximation, and a note on its source.
    Example: `product_group({.name_en = "Walnuts", .name_zh = "核桃", .include = {"080231", "080232"},
    .edition = hs_version::hs2022}).includes().size()` // 2 */
struct product_group_definition {
  std::string name_en = {};
  std::string name_zh = {};
  std::vector<std::string> include = {};
  std::vector<std::string> exclude = {};
  std::optional<hs_version> edition = std::nullopt;
  bool approximation = false;
  std::string note = {};
};

/** How much of a code lies in a group: a chapter can be partly in a group of headings.
    Example: `new_three().match(hs_code{"8507", hs_version::hs2022})` // product_match::partly */
enum class product_match : std::uint8_t { outside, partly, inside };

namespace detail {

template <class>
inline constexpr bool dependent_false = false;

[[noreturn]] inline void fail_group_text(std::string_view before, const std::string& name, const std::string& after,
                                         error_kind kind) {
  std::string message{before};
  message += name;
  message += after;
  throw error(kind, message);
}

// Prefixes of 2, 4, 6, 8 and 10 digits as sorted numbers, one list per length: a code is tested with
// at most five binary searches over integers.
class prefix_index {
 public:
  explicit prefix_index(const std::vector<std::string>& prefixes) {
    for (const auto& p : prefixes) by_length_[p.size() / 2 - 1].push_back(value_of(p));
    for (auto& v : by_length_) std::sort(v.begin(), v.end());
  }
  // Some prefix is a prefix of (or equal to) `digits`.
  bool has_prefix_of(std::string_view digits) const {
    std::uint64_t v = 0;
    for (std::size_t n = 2; n <= digits.size(); n += 2) {
      v = v * 100 + digits_value<std::uint64_t>(digits.substr(n - 2, 2));
      const auto& list = by_length_[n / 2 - 1];
      if (std::binary_search(list.begin(), list.end(), v)) return true;
    }
    return false;
  }
  // Some prefix is longer than `digits` and starts with it.
  bool has_extension_of(std::string_view digits) const {
    const std::uint64_t v = value_of(digits);
    std::uint64_t scale = 1;
    for (std::size_t n = digits.size() + 2; n <= 10; n += 2) {
      scale *= 100;
      const auto& list = by_length_[n / 2 - 1];
      auto it = std::lower_bound(list.begin(), list.end(), v * scale);
      if (it != list.end() && *it < (v + 1) * scale) return true;
    }
    return false;
  }

 private:
  static std::uint64_t value_of(std::string_view digits) { return digits_value<std::uint64_t>(digits); }
  std::array<std::vector<std::uint64_t>, 5> by_length_{};
};

}  // namespace detail

/** A named set of HS codes; users define their own from a product_group_definition.
    Example: `product_groups::walnuts().contains(hs_code{"08023100", hs_version::hs2022})` // true */
class product_group {
 public:
  /** Validates the definition; throws `tradestat::error` (invalid_argument) naming the group and the bad
      prefix. Example: `product_group({.name_en = "Nuts", .include = {"0802"}}).includes().front()` // "0802" */
  explicit product_group(product_group_definition d)
      : d_(validated(std::move(d))), include_(d_.include), exclude_(d_.exclude) {}

  /** True when the whole code lies in the group; throws `tradestat::error` (invalid_argument) when the
      group is tied to another HS edition. Example: `walnuts().contains(hs_code{"0802", hs_version::hs2022})` // false (only partly) */
  bool contains(const hs_code& c) const { return match(c) == product_match::inside; }

  // Deleted on purpose: digits alone do not say which HS edition they belong to.
  template <class Text>
  requires std::is_convertible_v<const Text&, std::string_view>
  bool contains(const Text&) const {
    static_assert(detail::dependent_false<Text>,
                  "a product group is asked about an hs_code, not about digits: write "
                  "contains(hs_code{\"850760\", hs_version::hs2022})");
    return false;
  }

  /** Inside, partly inside (the code is coarser than the group's prefixes) or outside.
      Example: `walnuts().match(hs_code{"0806", hs_version::hs2022})` // product_match::outside */
  product_match match(const hs_code& c) const {
    if (d_.edition && *d_.edition != c.version()) {
      std::string message{"product group \""};
      message += d_.name_en;
      message += "\" is defined on ";
      message += to_string(*d_.edition);
      message += " codes; ";
      message += to_string(c.version());
      message += " code ";
      message += c.digits();
      message += " must be mapped to that edition first";
      throw error(error_kind::invalid_argument, message);
    }
    const std::string_view digits = c.digits();
    if (include_.has_prefix_of(digits)) {
      if (exclude_.has_prefix_of(digits)) return product_match::outside;
      return exclude_.has_extension_of(digits) ? product_match::partly : product_match::inside;
    }
    return include_.has_extension_of(digits) ? product_match::partly : product_match::outside;
  }

  /** The group's name, Chinese on request (English when it has no Chinese name).
      Example: `to_string(product_groups::walnuts(), {.lang = language::zh})` // "核桃" */
  friend std::string to_string(const product_group& g, text_format f = {}) {
    return std::string(detail::name_in(f, g.d_.name_en, g.d_.name_zh));
  }
  /** What the group is and where its list comes from. Example: `walnuts().note().empty()` // false */
  const std::string& note() const { return d_.note; }
  /** True for lists built by this project where no official list was at hand. */
  bool is_approximation() const { return d_.approximation; }
  std::optional<hs_version> edition() const { return d_.edition; }
  /** The included prefixes, sorted. */
  const std::vector<std::string>& includes() const { return d_.include; }
  /** The excluded prefixes, sorted. */
  const std::vector<std::string>& excludes() const { return d_.exclude; }

 private:
  static product_group_definition validated(product_group_definition d) {
    if (d.name_en.empty()) throw error(error_kind::invalid_argument, "a product group needs an English name");
    if (d.include.empty())
      detail::fail_group_text("product group \"", d.name_en, "\" includes no HS codes", error_kind::invalid_argument);
    for (auto* list : {&d.include, &d.exclude}) {
      for (const auto& p : *list) {
        try {
          (void)hs_code(p, hs_version::hs2022);
        } catch (const parse_error& e) {
          fail(d.name_en, e.what());
        }
      }
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    return d;
  }

  [[noreturn]] static void fail(const std::string& name, std::string_view what) {
    std::string message{"product group \""};
    message += name;
    message += "\": ";
    message += what;
    throw error(error_kind::invalid_argument, message);
  }

  product_group_definition d_;
  detail::prefix_index include_, exclude_;
};
template <>
inline constexpr bool detail::is_code_value<product_group> = true;

/** A group holding every code of the given groups (all tied to the same edition, or none).
    Example: `to_string(union_of("Agricultural products (China)", "农产品", {&wto, &aquatic}))` // "Agricultural products (China)" */
inline product_group union_of(std::string name_en, std::string name_zh,
                              const std::vector<const product_group*>& parts, std::string note = {}) {
  if (parts.empty()) detail::fail_group_text("union_of(\"", name_en, "\"): no groups given", error_kind::invalid_argument);
  product_group_definition d{std::move(name_en), std::move(name_zh), {}, {}, parts.front()->edition(), false,
                             std::move(note)};
  for (const product_group* p : parts) {
    if (p->edition() != d.edition)
      detail::fail_group_text("union_of(\"", d.name_en, "\"): groups tied to different HS editions",
                              error_kind::invalid_argument);
    if (!p->excludes().empty())
      detail::fail_group_text("union_of(\"", d.name_en,
                              "\"): group \"" + to_string(*p) + "\" has exclusions; list its codes instead",
                              error_kind::invalid_argument);
    d.include.insert(d.include.end(), p->includes().begin(), p->includes().end());
    d.approximation = d.approximation || p->is_approximation();
  }
  return product_group(std::move(d));
}

namespace detail {

inline std::string_view trim_csv_field(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Exactly two comma-separated fields, trimmed; nothing when the line has another count.
inline std::optional<std::pair<std::string_view, std::string_view>> two_csv_fields(std::string_view line) {
  const std::size_t comma = line.find(',');
  if (comma == std::string_view::npos || line.find(',', comma + 1) != std::string_view::npos)
    return std::nullopt;
  return std::pair{trim_csv_field(line.substr(0, comma)), trim_csv_field(line.substr(comma + 1))};
}

}  // namespace detail

/** Reads a product group from CSV: a header `hs_prefix,role`, then one prefix a line with the role
    `include` or `exclude`. Throws `tradestat::error` (bad_data) naming the line.
    Any input stream of char (a template, so that this header needs no <istream>: include the stream's
    header where you call it).
    Example: `read_product_group_csv(in, "Grapes", "葡萄", hs_version::hs2022).excludes().size()` // 1 for "hs_prefix,role\n0806,include\n080610,exclude\n" */
template <class Traits>
  requires std::same_as<Traits, std::char_traits<char>>
product_group read_product_group_csv(std::basic_istream<char, Traits>& in, std::string name_en, std::string name_zh,
                                     std::optional<hs_version> edition, std::string note = {}) {
  std::string line;
  std::size_t line_no = 0;
  auto fail = [&](const std::string& what) {
    detail::fail_group_text("product group CSV line ", std::to_string(line_no), ": " + what, error_kind::bad_data);
  };
  if (!std::getline(in, line)) throw error(error_kind::bad_data, "product group CSV is empty: expected a header");
  ++line_no;
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // UTF-8 BOM
  const auto header = detail::two_csv_fields(line);
  if (!header || header->first != "hs_prefix" || header->second != "role")
    fail("expected the header hs_prefix,role");
  product_group_definition d{std::move(name_en), std::move(name_zh), {}, {}, edition, false, std::move(note)};
  while (std::getline(in, line)) {
    ++line_no;
    if (detail::trim_csv_field(line).empty()) continue;
    const auto fields = detail::two_csv_fields(line);
    if (!fields) fail("expected 2 fields, hs_prefix and role");
    const auto [prefix, role] = *fields;
    try {
      (void)hs_code(prefix, hs_version::hs2022);
    } catch (const parse_error& e) {
      fail(e.what());
    }
    if (role == "include")
      d.include.emplace_back(prefix);
    else if (role == "exclude")
      d.exclude.emplace_back(prefix);
    else
      fail("role \"" + std::string(role) + "\" is not include or exclude");
  }
  return product_group(std::move(d));
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_PRODUCT_GROUP_HPP
