// Enterprise types (企业性质) as GACC groups them. Shares add up to 100 % only with `other`.
#ifndef TRADESTAT_CODES_ENTERPRISE_TYPE_HPP
#define TRADESTAT_CODES_ENTERPRISE_TYPE_HPP

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tradestat {

/** The enterprise type of a trade record.
    Example: `enterprise_type_from_name("民营企业")` is `enterprise_type::private_enterprise`. */
enum class enterprise_type : std::uint8_t {
  state_owned,         // 国有企业
  foreign_invested,    // 外商投资企业
  private_enterprise,  // 民营企业: private, collective and individual enterprises together
  other,               // 其他
};

/** English name. Example: `name_en(enterprise_type::foreign_invested)` is "foreign-invested enterprises". */
constexpr std::string_view name_en(enterprise_type t) {
  switch (t) {
    case enterprise_type::state_owned:
      return "state-owned enterprises";
    case enterprise_type::foreign_invested:
      return "foreign-invested enterprises";
    case enterprise_type::private_enterprise:
      return "private enterprises";
    case enterprise_type::other:
      return "other";
  }
  return "";
}

/** Chinese name. Example: `name_zh(enterprise_type::state_owned)` is "国有企业". */
constexpr std::string_view name_zh(enterprise_type t) {
  switch (t) {
    case enterprise_type::state_owned:
      return "国有企业";
    case enterprise_type::foreign_invested:
      return "外商投资企业";
    case enterprise_type::private_enterprise:
      return "民营企业";
    case enterprise_type::other:
      return "其他";
  }
  return "";
}

/** The type a Chinese or English name gives; throws std::invalid_argument otherwise.
    Example: `enterprise_type_from_name("state-owned enterprises")` is `enterprise_type::state_owned`. */
constexpr enterprise_type enterprise_type_from_name(std::string_view name) {
  for (auto t : {enterprise_type::state_owned, enterprise_type::foreign_invested,
                 enterprise_type::private_enterprise, enterprise_type::other})
    if (name == name_zh(t) || name == name_en(t)) return t;
  throw std::invalid_argument("\"" + std::string(name) +
                              "\" is not an enterprise type (国有企业, 外商投资企业, 民营企业, 其他)");
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_ENTERPRISE_TYPE_HPP
