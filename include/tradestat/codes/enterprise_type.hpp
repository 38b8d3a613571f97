// Enterprise types (企业性质) as GACC groups them. Shares add up to 100 % only with `other`.
#ifndef TRADESTAT_CODES_ENTERPRISE_TYPE_HPP
#define TRADESTAT_CODES_ENTERPRISE_TYPE_HPP

#include <tradestat/detail/code_text.hpp>
#include <tradestat/text.hpp>

#include <cstdint>
#include <string_view>

namespace tradestat {

/** The enterprise type of a trade record.
    Example: `parse<enterprise_type>("民营企业")` // enterprise_type::private_enterprise */
enum class enterprise_type : std::uint8_t {
  state_owned,         // 国有企业
  foreign_invested,    // 外商投资企业
  private_enterprise,  // 民营企业: private, collective and individual enterprises together
  other,               // 其他
};

/** The type's name. Example: `to_string(enterprise_type::foreign_invested)` // "foreign-invested enterprises";
    `to_string(enterprise_type::state_owned, {.lang = language::zh})` // "国有企业" */
constexpr std::string_view to_string(enterprise_type t, text_format f = {}) {
  switch (t) {
    case enterprise_type::state_owned:
      return detail::name_in(f, "state-owned enterprises", "国有企业");
    case enterprise_type::foreign_invested:
      return detail::name_in(f, "foreign-invested enterprises", "外商投资企业");
    case enterprise_type::private_enterprise:
      return detail::name_in(f, "private enterprises", "民营企业");
    case enterprise_type::other:
      return detail::name_in(f, "other", "其他");
  }
  return "";
}
template <>
inline constexpr bool detail::is_code_value<enterprise_type> = true;

/** Reads a type's English or Chinese name as `to_string` prints it.
    Example: `parse<enterprise_type>("state-owned enterprises")` // enterprise_type::state_owned */
template <>
struct text_parser<enterprise_type> {
  static constexpr enterprise_type parse(std::string_view name) {
    for (auto t : {enterprise_type::state_owned, enterprise_type::foreign_invested,
                   enterprise_type::private_enterprise, enterprise_type::other})
      if (name == to_string(t, {.lang = language::zh}) || name == to_string(t)) return t;
    throw detail::unknown_name(name, "an enterprise type", "国有企业, 外商投资企业, 民营企业, 其他 or their English names");
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_CODES_ENTERPRISE_TYPE_HPP
