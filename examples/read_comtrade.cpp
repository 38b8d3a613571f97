// Reading a UN Comtrade download: by default only the canonical slice (partner2 World, customs
// procedure C00, all modes of transport) of country partners; the breakdown rows and the World
// and "nes" rows are set aside and counted, so the sum counts each flow once. Invented values, in
// a download trimmed to the columns the reader uses.
#include <tradestat/data/comtrade.hpp>

#include <iostream>
#include <string>

int main() {
  using namespace tradestat;
  const std::string text =
      "freqCode,refYear,refMonth,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,"
      "customsCode,motCode,primaryValue\n"
      "A,2023,52,156,M,0,0,H6,8542,C00,0,1000000.0\n"     // World
      "A,2023,52,156,M,842,0,H6,8542,C00,0,600000.0\n"    // the United States, all second partners
      "A,2023,52,156,M,842,826,H6,8542,C00,0,250000.0\n"  // ... consigned from the United Kingdom
      "A,2023,52,156,M,842,392,H6,8542,C00,0,350000.0\n"  // ... consigned from Japan
      "A,2023,52,156,M,392,0,H6,8542,C00,0,300000.0\n"    // Japan
      "A,2023,52,156,M,899,0,H6,8542,C00,0,100000.0\n";   // Areas, nes

  auto rows = read_comtrade(byte_source::from_memory(text, "ic.csv"));
  money<USD> countries{};
  for (const record& r : rows) {
    std::cout << r.partner->country << ": " << r.value_usd->count() << " USD\n";
    countries += *r.value_usd;
  }
  std::cout << "countries: " << countries.count() << " USD\n";
  std::cout << rows.report().summary() << ": " << rows.report().set_aside(set_aside_reason::breakdown)
            << " breakdown, " << rows.report().set_aside(set_aside_reason::aggregate) << " aggregate\n";

  auto every = read_comtrade(byte_source::from_memory(text, "ic.csv"),
                             {.rows = comtrade_rows::all, .aggregates = comtrade_aggregates::include});
  money<USD> naive{};
  for (const record& r : every) naive += *r.value_usd;
  std::cout << "every row summed: " << naive.count()
            << " USD (counts the United States twice and adds World)\n";

  auto totals =
      read_comtrade(byte_source::from_memory(text, "ic.csv"), {.aggregates = comtrade_aggregates::only});
  for (const record& r : totals)
    std::cout << "aggregate " << r.partner->country << ": " << r.value_usd->count() << " USD\n";
}
