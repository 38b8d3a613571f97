// expect: specialization of .*read_canonical.* after instantiation
// The umbrella compiles none of the four readers: their row parsers and read functions are templates
// that a program instantiates when it reads the format (docs/architecture.md, "Compiled when used").
// A template cannot be explicitly specialised after it has been instantiated, so the twin, which
// declares a specialisation of each read function right after the umbrella, compiles only while no
// code in the umbrella calls one (and the parse() declarations only while the parsers are templates).
// This case reads canonical CSV first, as a non-template function in a header would, and the same
// declarations are refused.
#include <tradestat/tradestat.hpp>

#include <cstddef>
#include <optional>
#include <vector>

#ifdef TRADESTAT_COMPILE_FAIL
inline std::size_t records_with_a_value() {
  std::size_t n = 0;
  for (const tradestat::record& r :
       tradestat::read_canonical(tradestat::byte_source::from_memory("period,flow\n")))
    n += r.value_cny.has_value() ? 1 : 0;
  return n;
}
#endif

namespace tradestat {

template <>
std::optional<field_error> basic_canonical_row_parser<>::parse(csv_row, record&);
template <>
std::optional<field_error> basic_gacc_row_parser<>::parse(csv_row, record&) const;
template <>
std::optional<field_error> basic_comtrade_row_parser<>::parse(csv_row, record&);
template <>
std::optional<field_error> basic_baci_row_parser<>::parse(csv_row, record&) const;

template <>
canonical_reader read_canonical<void>(byte_source, read_options);
template <>
canonical_reader read_canonical<void>(const file_path&, read_options);
template <>
std::vector<canonical_reader> read_canonical_parts<void>(byte_source, std::size_t, read_options);
template <>
std::vector<canonical_reader> read_canonical_parts<void>(const file_path&, std::size_t, read_options);
template <>
std::vector<canonical_reader> read_canonical_parts<void>(byte_source, read_options);
template <>
std::vector<canonical_reader> read_canonical_parts<void>(const file_path&, read_options);
template <>
detail::gacc_text detail::gacc_utf8_source<void>(byte_source, const gacc_options&);
template <>
gacc_reader read_gacc<void>(byte_source, trade_flow, gacc_options);
template <>
gacc_reader read_gacc<void>(const file_path&, trade_flow, gacc_options);
template <>
comtrade_reader read_comtrade<void>(byte_source, comtrade_options);
template <>
comtrade_reader read_comtrade<void>(const file_path&, comtrade_options);
template <>
baci_reader read_baci<void>(byte_source, hs_version, read_options);
template <>
baci_reader read_baci<void>(const file_path&, hs_version, read_options);

}  // namespace tradestat

int main() {}
