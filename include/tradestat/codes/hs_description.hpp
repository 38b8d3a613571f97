// English descriptions of HS 2022 codes. Kept apart from hs_code.hpp because the text is large:
// include this header only where descriptions are printed.
#ifndef TRADESTAT_CODES_HS_DESCRIPTION_HPP
#define TRADESTAT_CODES_HS_DESCRIPTION_HPP

#include <tradestat/codes/catalogue/hs2022_descriptions.hpp>
#include <tradestat/codes/hs_code.hpp>

#include <optional>
#include <string_view>

namespace tradestat {

/** The HS 2022 description of a 2-, 4- or 6-digit HS 2022 code; nothing for other editions, for
    codes not in the nomenclature, and for national 8- and 10-digit codes (their text is not the
    subheading's). Example: `*hs2022_description(hs_code{"0101", hs_version::hs2022})` // "Horses, asses,
    mules and hinnies; live" */
constexpr std::optional<std::string_view> hs2022_description(const hs_code& c) {
  if (c.version() != hs_version::hs2022) return std::nullopt;
  const auto at = detail::hs2022_position(c);
  if (!at) return std::nullopt;
  switch (c.length()) {
    case 2:
      return detail::hs2022_chapter_descriptions[*at];
    case 4:
      return detail::hs2022_heading_descriptions[*at];
    default:
      return detail::hs2022_subheading_descriptions[*at];
  }
}

}  // namespace tradestat

#endif  // TRADESTAT_CODES_HS_DESCRIPTION_HPP
