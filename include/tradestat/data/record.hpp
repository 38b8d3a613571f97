// The customs record: one row of trade data, typed, whatever file it came from. A field the
// source does not give is absent (an empty std::optional), never zero.
#ifndef TRADESTAT_DATA_RECORD_HPP
#define TRADESTAT_DATA_RECORD_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/error.hpp>
#include <tradestat/codes/brand_type.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/customs_district.hpp>
#include <tradestat/codes/enterprise_type.hpp>
#include <tradestat/codes/hs_code.hpp>
#include <tradestat/codes/partner_code.hpp>
#include <tradestat/codes/province.hpp>
#include <tradestat/codes/trade_flow.hpp>
#include <tradestat/codes/trade_mode.hpp>
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/quantity.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace tradestat {

/** The period a record covers: a month (GACC, monthly Comtrade) or a year (BACI, annual Comtrade).
 *  Example: `record_period{year{2023}}.index()` // 1 */
using record_period = std::variant<month, year>;

/** A country together with the code scheme its source named it in, so a record written back out
 *  keeps the source's code. Example: `coded_country{country_from(cepii_code{842}),
 * code_scheme::cepii}.code_text()` // "842" */
struct coded_country {
  tradestat::country country;
  code_scheme scheme;

  /** The country's code in `scheme` as text; throws tradestat::error (invalid_argument) when the
   *  country has no code there. Example: `coded_country{country_from(gacc_code{502}), code_scheme::iso_alpha3}.code_text()`
   * // "USA" */
  std::string code_text() const {
    std::string text = country.code_text(scheme);
    if (text.empty())
      throw error(error_kind::invalid_argument, "tradestat: " + std::string(tradestat::to_string(country)) +
                                                    " has no " + std::string(tradestat::to_string(scheme)) +
                                                    " code: write it in a scheme that has one");
    return text;
  }

  friend constexpr bool operator==(const coded_country&, const coded_country&) = default;
};

/** The name of a quantity unit as the source prints it ("千克", "件", "台", "kg"): at most 15 bytes
 *  of UTF-8, stored inline so that records never allocate. Example: `quantity_unit{"件"}.text()` // "件" */
class quantity_unit {
 public:
  static constexpr std::size_t max_size = 15;

  constexpr quantity_unit() = default;
  /** Throws tradestat::error (invalid_argument) for an empty name or one longer than 15 bytes. */
  constexpr explicit quantity_unit(std::string_view name) {
    if (name.empty() || name.size() > max_size)
      throw error(error_kind::invalid_argument, "tradestat: quantity unit \"" + std::string(name) + "\" has " +
                                                    std::to_string(name.size()) +
                                                    " bytes: a unit's name has 1 to 15 bytes of UTF-8");
    std::copy(name.begin(), name.end(), text_.begin());
    size_ = static_cast<std::uint8_t>(name.size());
  }
  constexpr std::string_view text() const { return {text_.data(), size_}; }
  friend constexpr bool operator==(const quantity_unit& a, const quantity_unit& b) {
    return a.text() == b.text();
  }

 private:
  std::array<char, max_size> text_{};
  std::uint8_t size_ = 0;
};

/** A quantity in a unit that is not a weight (items, pairs, sets, litres as the source names them).
 *  Example: `counted_quantity{12, quantity_unit{"件"}}.amount` // 12 */
struct counted_quantity {
  std::int64_t amount = 0;
  quantity_unit unit;
  friend constexpr bool operator==(const counted_quantity&, const counted_quantity&) = default;
};

/** One row of customs data (DESIGN.md "Data"). Only `period` and `flow` are always present; every
 *  other field is empty when the source does not give it, so a missing value never sums as zero.
 *  Values are exact whole units of their currency: a source in thousand USD (BACI) is read into
 *  whole dollars. A source that gives both currencies (GACC, customs) fills both.
 *  Example: `record r{.period = month{2025, 3}, .flow = trade_flow::exports}; r.value_cny.has_value()` //
 * false */
struct record {
  record_period period{};
  trade_flow flow = trade_flow::exports;
  std::optional<coded_country> reporter{};      // the declaring economy (Comtrade reporter, BACI exporter)
  std::optional<coded_country> partner{};       // 贸易伙伴: origin for imports, destination for exports
  std::optional<hs_code> commodity{};           // 商品编码, with its HS edition
  std::optional<trade_mode> mode{};             // 贸易方式
  std::optional<enterprise_type> enterprise{};  // 企业性质
  std::optional<province> region{};             // 注册地: the enterprise's province
  std::optional<customs_district> district{};   // 关区
  std::optional<brand_type> brand{};            // 品牌类型 (exports)
  std::optional<money<CNY>> value_cny{};        // 人民币, whole yuan
  std::optional<money<USD>> value_usd{};        // 美元, whole US dollars
  std::optional<kilograms> net_weight{};        // net weight (GACC 千克, BACI tonnes read as kg)
  std::optional<counted_quantity> quantity{};   // a quantity in another unit (第一/第二数量)
  bool estimated = false;                       // the source marks a figure as estimated
  bool aggregate = false;                       // a total or "nes" row, never summed with detail rows

  friend bool operator==(const record&, const record&) = default;
};

}  // namespace tradestat

#endif  // TRADESTAT_DATA_RECORD_HPP
