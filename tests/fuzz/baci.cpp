// libFuzzer target: the BACI reader on arbitrary bytes. Every row must be accounted for.
#include <tradestat/data/baci.hpp>
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto rows = tradestat::read_baci(tradestat::byte_source::from_memory(bytes, "fuzz.csv"),
                                     tradestat::hs_version::hs2017, {.max_row_bytes = 4096});
    std::size_t accepted = 0;
    for (const tradestat::record& r : rows) {
      // BACI values are non-negative whole dollars, and every row names both countries.
      if (!r.value_usd || r.value_usd->count() < 0 || !r.reporter || !r.partner) std::abort();
      ++accepted;
    }
    const tradestat::read_report& report = rows.report();
    if (!report.balanced() || report.rows_accepted != accepted || !report.complete) std::abort();
  } catch (const tradestat::read_error&) {
  }
  return 0;
}
