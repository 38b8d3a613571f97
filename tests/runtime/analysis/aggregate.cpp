#include <tradestat/analysis/aggregate.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/data/canonical_csv.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "catch.hpp"
#include "generated_records.hpp"

using namespace tradestat;
using tradestat::test::generate_records;

TEST_CASE("aggregate: several aggregations in one pass give what each gives alone") {
  const auto v = generate_records();
  const auto [total, by_p, by_yf] = aggregate(v, sum(&record::value_cny), sum_by(by_partner, &record::value_cny),
                                              sum_by(by(by_year, by_flow), &record::value_usd));
  CHECK(total == (v | sum(&record::value_cny)));
  CHECK(by_p == (v | sum_by(by_partner, &record::value_cny)));
  CHECK(by_yf == (v | sum_by(by(by_year, by_flow), &record::value_usd)));
}

TEST_CASE("aggregate: over a filtered view, in one pass over a single-pass reader") {
  const std::string text =
      "period,flow,partner,value_cny\n"
      "2025-01,export,gacc:145,100\n"
      "2025-02,export,gacc:502,40\n"
      "2024-02,export,gacc:145,7\n"
      "2025-03,import,gacc:145,5\n";
  auto [total, by_p] = aggregate(read_canonical(byte_source::from_memory(text, "t.csv")) | where(year{2025}) |
                                     where(trade_flow::exports),
                                 sum(&record::value_cny), sum_by(by_partner, &record::value_cny));
  CHECK(total.value() == money<CNY>{140});
  CHECK(by_p[*find_country(iso_alpha3_code{"KAZ"})].value() == money<CNY>{100});
  CHECK(by_p.size() == 2);
}

TEST_CASE("aggregate: a reader piped as an rvalue, with sum and sum_by") {
  const std::string text =
      "period,flow,partner,value_cny\n"
      "2025-01,export,gacc:145,100\n"
      "2025-02,import,gacc:502,40\n";
  const money<CNY> exports =
      read_canonical(byte_source::from_memory(text, "t.csv")) | where(trade_flow::exports) | sum(&record::value_cny);
  CHECK(exports == money<CNY>{100});
  const auto t = read_canonical(byte_source::from_memory(text, "t.csv")) | sum_by(by_flow, &record::value_cny);
  CHECK(t[trade_flow::imports].value() == money<CNY>{40});
}
