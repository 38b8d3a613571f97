// libFuzzer target: the GACC export reader on arbitrary bytes (either encoding, with and without
// a queried period). Every row must be accounted for.
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/gacc.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {

void read_all(std::string_view bytes, std::optional<tradestat::record_period> period) {
  try {
    tradestat::gacc_options options{.period = period, .common = {.max_row_bytes = 4096}};
    auto rows = tradestat::read_gacc(tradestat::byte_source::from_memory(bytes, "fuzz.csv"),
                                     tradestat::trade_flow::imports, options);
    std::size_t accepted = 0;
    for (const tradestat::record& r : rows) {
      if (r.flow != tradestat::trade_flow::imports) std::abort();
      ++accepted;
    }
    const tradestat::read_report& report = rows.report();
    if (!report.balanced() || report.rows_accepted != accepted || !report.complete) std::abort();
  } catch (const tradestat::read_error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  read_all(bytes, std::nullopt);
  read_all(bytes, tradestat::record_period{tradestat::year{2023}});
  return 0;
}
