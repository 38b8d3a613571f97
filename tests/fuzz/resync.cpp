// libFuzzer target for resynchronisation: a valid file in each format (canonical, BACI, Comtrade,
// GACC) with one data row replaced by arbitrary bytes (no line feed) loses at most that row. The
// first input byte picks the format and the row; the rest is the row's new text. Read leniently,
// in memory and in small chunks, the records of every other row must come out unchanged and in
// order, and at most one row may be rejected.
#include <tradestat/data/baci.hpp>
#include <tradestat/data/byte_source.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/data/comtrade.hpp>
#include <tradestat/data/gacc.hpp>
#include <tradestat/data/read_report.hpp>
#include <tradestat/data/record.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t rows_per_file = 8;

// Header and rows of each format. Some fields are quoted, none of them empty: an empty quoted
// field ("") would let a stray quote pair up with a later line's quotes into a well-formed row.
struct base_file {
  std::string_view header;
  std::array<std::string_view, rows_per_file> rows;
};

constexpr std::array<base_file, 4> bases{{
    {"period,flow,partner,hs,hs_version,value_cny\n",
     {"2025-01,export,gacc:145,85171300,H6,1\n", "2025-01,import,\"gacc:502\",120190,H6,20\n",
      "2025-02,export,iso3:KGZ,6109,H6,300\n", "\"2025-02\",export,gacc:145,85171300,H6,4000\n",
      "2025-03,import,gacc:502,\"120190\",H6,50000\n", "2025-03,export,gacc:145,6109,H6,600000\n",
      "2025-04,export,\"iso3:KGZ\",6109,H6,7000000\n", "2025-04,import,gacc:502,120190,\"H6\",80000000\n"}},
    {"t,i,j,k,v,q\n",
     {"2022,4,8,010121,1,0.5\n", "2022,4,8,010121,2,0.5\n", "2022,156,842,854231,3,1\n",
      "2022,156,842,854231,4,1\n", "2022,842,156,854231,5,2\n", "2022,842,156,854231,6,2\n",
      "2022,4,156,010121,7,3\n", "2022,4,156,010121,8,3\n"}},
    {"freqCode,refYear,refMonth,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,"
     "customsCode,motCode,primaryValue\n",
     {"A,2020,52,156,M,842,0,H5,8542,C00,0,1\n", "A,2020,52,156,M,842,0,\"H5\",8542,C00,0,20\n",
      "A,2021,52,156,M,842,0,H5,8542,C00,0,300\n", "A,2021,52,156,X,842,0,H5,8542,C00,0,4000\n",
      "A,2022,52,156,M,\"842\",0,H5,8542,C00,0,50000\n", "A,2022,52,156,X,842,0,H5,8542,C00,0,600000\n",
      "A,2023,52,156,M,842,0,H5,8542,\"C00\",0,7000000\n", "A,2023,52,156,X,842,0,H5,8542,C00,0,80000000\n"}},
    {"\"数据年月\",\"贸易伙伴编码\",\"商品编码\",\"人民币\",\n",
     {"\"202301\",\"502\",\"12019019\",\"1\",\n", "\"202302\",\"502\",\"12019019\",\"20\",\n",
      "\"202303\",\"410\",\"12019019\",\"300\",\n", "\"202304\",\"410\",\"12019019\",\"4,000\",\n",
      "\"202305\",\"502\",\"12019019\",\"50,000\",\n", "\"202306\",\"410\",\"12019019\",\"600,000\",\n",
      "\"202307\",\"502\",\"12019019\",\"7,000,000\",\n", "\"202308\",\"410\",\"12019019\",\"80,000,000\",\n"}},
}};

struct outcome {
  std::vector<tradestat::record> records;
  tradestat::read_report report;
};

outcome read(std::size_t format, tradestat::byte_source source) {
  const tradestat::read_options common{.max_row_bytes = 256};
  outcome out;
  auto take = [&](auto reader) {
    for (const tradestat::record& r : reader) out.records.push_back(r);
    out.report = reader.report();
  };
  switch (format) {
    case 0:
      take(tradestat::read_canonical(std::move(source), common));
      break;
    case 1:
      take(tradestat::read_baci(std::move(source), tradestat::hs_version::hs2017, common));
      break;
    case 2:
      take(tradestat::read_comtrade(std::move(source), {.common = common}));
      break;
    default:
      take(tradestat::read_gacc(std::move(source), tradestat::trade_flow::imports, {.common = common}));
      break;
  }
  return out;
}

// The records of the base file, one a row, read once for each format.
const std::vector<tradestat::record>& base_records(std::size_t format) {
  static const std::array<std::vector<tradestat::record>, 4> all = [] {
    std::array<std::vector<tradestat::record>, 4> out;
    for (std::size_t f = 0; f < bases.size(); ++f) {
      std::string text(bases[f].header);
      for (const std::string_view row : bases[f].rows) text += row;
      outcome o = read(f, tradestat::byte_source::from_memory(text, "base.csv"));
      if (o.records.size() != rows_per_file || o.report.rows_rejected != 0) std::abort();
      out[f] = std::move(o.records);
    }
    return out;
  }();
  return all[format];
}

void check(const outcome& o, const std::vector<tradestat::record>& base, std::size_t damaged) {
  if (!o.report.complete || !o.report.balanced() || o.report.rows_accepted != o.records.size()) std::abort();
  if (o.report.rows_rejected > 1) std::abort();
  const std::size_t n = o.records.size();
  if (n != rows_per_file && n != rows_per_file - 1) std::abort();
  for (std::size_t i = 0; i < damaged; ++i)
    if (!(o.records[i] == base[i])) std::abort();
  for (std::size_t i = damaged + 1; i < rows_per_file; ++i)
    if (!(o.records[i - rows_per_file + n] == base[i])) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t format = data[0] % bases.size();
  const std::size_t damaged = (data[0] / bases.size()) % rows_per_file;
  std::string row(reinterpret_cast<const char*>(data + 1), size - 1);
  for (char& c : row)
    if (c == '\n') c = ' ';
  std::string text(bases[format].header);
  for (std::size_t i = 0; i < rows_per_file; ++i) {
    if (i == damaged)
      text += row + "\n";
    else
      text += bases[format].rows[i];
  }
  const std::vector<tradestat::record>& base = base_records(format);
  try {
    check(read(format, tradestat::byte_source::from_memory(text, "fuzz.csv")), base, damaged);
    std::istringstream in(text);
    check(read(format, tradestat::byte_source::from_stream(in, "fuzz.csv", 64)), base, damaged);
  } catch (const tradestat::read_error&) {
    std::abort();  // a lenient read of a file with a valid header never fails as a whole
  }
  return 0;
}
