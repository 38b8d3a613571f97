#include <tradestat/analysis/pivot.hpp>

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "generated_records.hpp"

using namespace tradestat;
using tradestat::test::generate_records;

TEST_CASE("pivot: partners by year, every cell as a hand loop sums it") {
  const auto v = generate_records();
  std::map<std::pair<country, int>, std::int64_t> cells;
  for (const record& r : v)
    if (r.partner && r.value_cny) cells[{r.partner->country, std::get<month>(r.period).year_number()}] += r.value_cny->count();
  const auto p = v | pivot_by(by_partner, by_year, &record::value_cny);
  CHECK(p.columns() == std::vector<year>{year{2024}, year{2025}});
  CHECK(p.rows().size() == 6);
  for (const auto& [k, t] : cells) CHECK(p.at(k.first, year{k.second}).present_total().count() == t);
  CHECK(p.at(p.rows().front(), year{2031}).records() == 0);
  CHECK(pivot(v | sum_by(by(by_partner, by_year), &record::value_cny)).at(p.rows()[1], year{2025}) ==
        p.at(p.rows()[1], year{2025}));
}

TEST_CASE("pivot: by quarter, a yearly record has no quarter and is kept apart") {
  std::vector<record> v{record{.period = month{2025, 2}, .flow = trade_flow::exports},
                        record{.period = year{2025}, .flow = trade_flow::exports}};
  v[0].value_usd = money<USD>{3};
  v[1].value_usd = money<USD>{40};
  const auto p = v | pivot_by(by_flow, by_quarter, &record::value_usd);
  CHECK(p.at(trade_flow::exports, quarter{2025, 1}).value() == money<USD>{3});
  CHECK(p.unkeyed().value() == money<USD>{40});
}
