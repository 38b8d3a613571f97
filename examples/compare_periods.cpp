// Compare two periods: a comparison table by flow and by partner group (growth, share, share change,
// contribution, contribution rate), the membership basis of groups, and the indicators of a bulletin
// (HHI, five-year-plan comparison, CAGR, the first year a share crossed a threshold).
// The records are built in memory to match Xinjiang's published 2024 and 2025 aggregates.
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/indicators.hpp>
#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>

#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

using namespace tradestat;

namespace {

// One record: a partner's exports or imports in a month, in units of 0.1亿元 (10 million yuan).
record trade(month m, trade_flow f, const char* iso3, std::int64_t tenth_yi) {
  record r{.period = m, .flow = f};
  r.partner = coded_country{country_from(iso_alpha3_code{iso3}), code_scheme::iso_alpha3};
  r.value_cny = money<CNY>{tenth_yi * 10'000'000};
  return r;
}

std::vector<record> xinjiang_like() {
  const auto x = trade_flow::exports;
  const auto i = trade_flow::imports;
  std::vector<record> rows;
  for (const auto& [y, vnm, tha, mys, tls, kaz_x, kaz_m, uzb, kgz, rus_x, rus_m, deu_x, deu_m, usa] :
       {std::array<std::int64_t, 14>{2024, 2000, 800, 595, 2, 13000, 2300, 6500, 2200, 8000, 2500, 3000, 946, 1562},
        std::array<std::int64_t, 14>{2025, 4300, 1200, 1232, 5, 15000, 2000, 8000, 2669, 9000, 2000, 3818, 763, 2000}}) {
    const int year_number = static_cast<int>(y);
    const month june{year_number, 6};
    rows.push_back(trade(june, x, "VNM", vnm));
    rows.push_back(trade(june, i, "THA", tha));
    rows.push_back(trade(june, x, "MYS", mys));
    rows.push_back(trade(month{year_number, 11}, x, "TLS", tls));  // Timor-Leste joined ASEAN on 2025-10-26
    rows.push_back(trade(june, x, "KAZ", kaz_x));
    rows.push_back(trade(june, i, "KAZ", kaz_m));
    rows.push_back(trade(june, x, "UZB", uzb));
    rows.push_back(trade(june, x, "KGZ", kgz));
    rows.push_back(trade(june, x, "RUS", rus_x));
    rows.push_back(trade(june, i, "RUS", rus_m));
    rows.push_back(trade(june, x, "DEU", deu_x));
    rows.push_back(trade(june, i, "DEU", deu_m));
    rows.push_back(trade(june, x, "USA", usa));
  }
  rows.push_back(trade(month{2025, 9}, x, "AZE", 50));  // a new market: no exports in 2024
  return rows;
}

std::string in_yi(const money<CNY>& m) {  // 亿元 with one decimal, rounded half up
  return to_string(quotient(rescale<scale<7>>(m, rounding::half_up).count(), 10), {.precision = 1});
}

template <class Row>
void print_row(const std::string& name, const Row& r) {
  std::cout << name << ": " << in_yi(r.current) << " (" << in_yi(r.prior) << "), growth " << to_string(r.growth)
            << ", share " << to_string(r.share) << ", share change " << to_string(r.share_change)
            << ", contribution " << to_string(r.contribution) << ", contribution rate "
            << to_string(r.contribution_rate) << "\n";
}

}  // namespace

int main() {
  const std::vector<record> rows = xinjiang_like();

  // Total trade by flow, 2025 against 2024: a partition, so the contributions add up.
  const auto by_flows = compare<CNY>(rows, year{2025}, year{2024}, by_flow);
  print_row("exports", by_flows[trade_flow::exports]);
  print_row("imports", by_flows[trade_flow::imports]);
  print_row("total", by_flows.total());
  std::cout << "contributions add up to " << to_string(sum_contributions(by_flows)) << "\n";

  // Partner groups overlap: the table says so, and their contributions do not add (does not compile).
  const country_group& asean = groups::asean();
  const country_group& central_asia = groups::central_asia();
  const auto by_groups = compare<CNY>(rows, year{2025}, year{2024}, {asean, central_asia});
  print_row("ASEAN", by_groups[asean]);
  print_row("Central Asia", by_groups[central_asia]);
  const percentage_points asean_change = *by_groups[asean].share_change;  // share - share
  std::cout << "ASEAN's share " << points_change_text(asean_change) << "\n";
  // sum_contributions(by_groups);  // does not compile: overlapping groups do not partition the total

  // Timor-Leste joined ASEAN during 2025: on the comparable basis (the default) it counts in both
  // years; members of each period count it in 2025 only; members throughout in neither.
  for (const basis b : {basis::current_members, basis::members_each_period, basis::members_throughout}) {
    const auto t = compare<CNY>(rows, year{2025}, year{2024}, {asean}, {.membership = b});
    std::cout << to_string(b) << ": ASEAN " << in_yi(t[asean].current) << " against " << in_yi(t[asean].prior) << ", "
              << to_string(t[asean].growth) << "\n";
  }

  // Exports only, and the balance; a zero prior value gives a cell without a base, not an error.
  const auto exports = compare<CNY>(rows, year{2025}, year{2024}, by_partner, {.measure = trade_measure::exports});
  const country azerbaijan = country_from(iso_alpha3_code{"AZE"});
  std::cout << "exports to Azerbaijan: " << in_yi(exports[azerbaijan].current) << ", growth "
            << to_string(exports[azerbaijan].growth) << ", contribution " << to_string(exports[azerbaijan].contribution) << "\n";
  const auto balance = compare<CNY>(rows, year{2025}, year{2024}, by_flow, {.measure = trade_measure::balance});
  std::cout << "balance: " << in_yi(balance.total().current) << " (" << in_yi(balance.total().prior) << ")\n";
  std::cout << "concentration over partners (HHI): " << to_string(hhi_of(exports)) << "\n";

  // Five-year plans from an annual series (亿元): the 14th against the 13th, and the CAGR over the 14th.
  series<year, money<CNY, yi>> annual;
  const std::int64_t totals[] = {1200, 1300, 1400, 1641, 1460, 1700, 2285, 3573, 4341, 5204};
  for (int k = 0; k < 10; ++k) annual.append(year{2016 + k}, money<CNY, yi>{totals[k]});
  const auto plans = plan_comparison_of(annual, plan{14});
  std::cout << "14th plan: " << plans.current_total.count() << " yi yuan, " << to_string(plans.growth)
            << " on the 13th (" << plans.prior_total.count() << ")\n";
  std::cout << "average annual growth over the 14th plan: " << to_string(cagr(annual, plan{14})) << "\n";

  // The first year ASEAN's share reached 10 %: its share in every year of a span, in one pass.
  const series<year, share_cell> asean_share = share_series<CNY>(rows, span{year{2024}, year{2025}}, asean);
  if (const auto first = first_crossing(asean_share, share{quotient(1, 10)}))
    std::cout << "ASEAN above 10 % for the first time in " << to_string(*first) << " ("
              << to_string(asean_share.at(year{2024})) << ", then " << to_string(asean_share.at(year{2025})) << ")\n";
}
