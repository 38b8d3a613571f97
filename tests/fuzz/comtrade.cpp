// libFuzzer target: the UN Comtrade reader on arbitrary bytes, giving the canonical slice and then
// every row. Every row must be accounted for: rows given + rows set aside = rows accepted.
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/comtrade.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void read_all(std::string_view bytes, tradestat::comtrade_options options) {
  options.common.max_row_bytes = 4096;
  try {
    auto rows = tradestat::read_comtrade(tradestat::byte_source::from_memory(bytes, "fuzz.csv"), options);
    std::size_t given = 0;
    for (const tradestat::record& r : rows) {
      (void)r;
      ++given;
    }
    const tradestat::read_report& report = rows.report();
    if (!report.balanced() || !report.complete || report.rows_accepted != given)
      std::abort();
  } catch (const tradestat::read_error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  read_all(bytes, {});
  read_all(bytes,
           {.rows = tradestat::comtrade_rows::all, .aggregates = tradestat::comtrade_aggregates::include});
  return 0;
}
