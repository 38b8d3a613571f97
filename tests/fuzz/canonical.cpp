// libFuzzer target: the canonical CSV reader on arbitrary bytes. Every row must be accounted for,
// every accepted record must survive a write and a second read unchanged, and the file read in
// 2 to 4 byte ranges must give the same records and, merged, the same report (or refuse a row
// spanning lines with a read_error).
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/split.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<tradestat::record> records;
  tradestat::read_report whole;
  try {
    auto rows = tradestat::read_canonical(tradestat::byte_source::from_memory(bytes, "fuzz.csv"),
                                          {.max_row_bytes = 4096});
    for (const tradestat::record& r : rows) records.push_back(r);
    const tradestat::read_report& report = rows.report();
    if (!report.balanced() || report.rows_accepted != records.size() || !report.complete) std::abort();
    whole = report;
  } catch (const tradestat::read_error&) {
    return 0;  // a file-level error (a header the format refuses, a bad first row)
  }
  try {
    const std::size_t n = 2 + size % 3;
    auto parts = tradestat::read_canonical_parts(tradestat::byte_source::from_memory(bytes, "fuzz.csv"), n,
                                                 {.max_row_bytes = 4096});
    std::size_t k = 0;
    for (auto& part : parts)
      for (const tradestat::record& r : part)
        if (k >= records.size() || !(r == records[k++])) std::abort();
    if (k != records.size() || !(tradestat::merged_report(parts) == whole)) std::abort();
  } catch (const tradestat::read_error&) {
    // a row spanning lines: refused in byte ranges
  }
  std::ostringstream out;
  tradestat::write_canonical(out, records);
  const std::string written = out.str();
  auto again =
      tradestat::read_canonical(tradestat::byte_source::from_memory(std::string_view(written), "written.csv"),
                                {.mode = tradestat::read_mode::strict});
  std::size_t i = 0;
  for (const tradestat::record& r : again) {
    if (i >= records.size() || !(r == records[i])) std::abort();
    ++i;
  }
  if (i != records.size()) std::abort();
  return 0;
}
