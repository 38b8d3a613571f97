// Checks data/xinjiang_2025.csv against every calibration target of
// ../shared/reference/xinjiang-2025.md: the published figures are typed here, as published, and the
// dataset's aggregates are computed with the library's readers and pipelines. A generator change that
// misses a target fails this check (CTest dataset.xinjiang_2025.targets).
//
// Usage: xinjiang_dataset_check DATA.csv
#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/groups.hpp>
#include <tradestat/analysis/indicators.hpp>
#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>
#include <tradestat/data/canonical_csv.hpp>

#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace tradestat;

namespace {

int passed = 0;
int failed = 0;

void expect(bool ok, std::string_view what, const std::string& got) {
  (ok ? passed : failed) += 1;
  std::cout << (ok ? "ok   " : "FAIL ") << what << ": " << got << '\n';
}

void expect_text(std::string_view what, const std::string& got, std::string_view published) {
  std::string detail = got;
  if (got != published) {
    detail += " (published ";
    detail += published;
    detail += ")";
  }
  expect(got == published, what, detail);
}

/** An amount in 亿元 with `decimals` decimals, rounded half up, as the Chinese reports print it. */
std::string in_yi(const money<CNY>& m, int decimals = 1) {
  std::int64_t unit = 1;
  for (int k = 0; k < decimals; ++k) unit *= 10;
  const auto n = rescale<scale<8>>(m * unit, rounding::half_up).count();
  return to_string(quotient(n, unit), {.precision = decimals});
}

/** An amount in billions of yuan with one decimal, as the English reports print it. */
std::string billions(const money<CNY>& m) {
  return to_string(quotient(rescale<scale<8>>(m, rounding::half_up).count(), 10), {.precision = 1});
}

template <class Cell>
std::string text(const Cell& c, int decimals = 1) {
  return to_string(c, {.precision = decimals});
}

bool is_self_branded(const record& r) { return r.brand && is_self_owned(*r.brand); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: xinjiang_dataset_check DATA.csv\n";
    return 2;
  }
  const std::string path = argv[1];
  std::vector<record> rows;
  for (const record& r : read_canonical(path)) rows.push_back(r);
  expect(!rows.empty(), "records read", std::to_string(rows.size()));
  const year y25{2025};
  const year y24{2024};

  // Total, exports, imports: 5203.7 = 4607.4 + 596.3 亿元; +19.9 %, +25.0 %, -8.9 %.
  const auto flows = compare<CNY>(rows, y25, y24, by_flow);
  const auto& x = flows[trade_flow::exports];
  const auto& m = flows[trade_flow::imports];
  const auto& t = flows.total();
  expect_text("total 2025 (亿元)", in_yi(t.current), "5203.7");
  expect_text("total 2025 (billion yuan)", billions(t.current), "520.4");
  expect_text("total 2024, implied (亿元)", in_yi(t.prior), "4340.5");
  expect_text("total growth", text(t.growth), "19.9 %");
  expect_text("exports 2025 (亿元)", in_yi(x.current), "4607.4");
  expect_text("exports 2025 (billion yuan)", billions(x.current), "460.7");
  expect_text("exports 2024, implied (亿元)", in_yi(x.prior), "3685.9");
  expect_text("exports growth", text(x.growth), "25.0 %");
  expect_text("imports 2025 (亿元)", in_yi(m.current), "596.3");
  expect_text("imports 2025 (billion yuan)", billions(m.current), "59.6");
  expect_text("imports 2024, implied (亿元)", in_yi(m.prior), "654.6");
  expect_text("imports growth", text(m.growth), "-8.9 %");
  expect(x.current + m.current == t.current, "exports + imports = total", in_yi(x.current + m.current));
  expect_text("exports' contribution to growth", text(x.contribution), "21.2 percentage points");
  expect_text("imports' contribution to growth", text(m.contribution), "-1.3 percentage points");

  // 2024 year to date, as reported in ../shared/reference/data/xinjiang_trade_totals.csv.
  struct to_date {
    int through;
    int decimals;
    std::string_view published;
  };
  for (const to_date& d : {to_date{2, 1, "636.9"}, to_date{7, 0, "2533"}, to_date{9, 1, "3223.9"},
                           to_date{10, 1, "3627.9"}, to_date{11, 0, "4031"}}) {
    const money<CNY> v = rows | where(ytd(2024, d.through)) | sum(&record::value_cny);
    expect_text(to_string(ytd(2024, d.through)) + " total (亿元)", in_yi(v, d.decimals), d.published);
  }
  const auto oct = rows | where(ytd(2024, 10)) | sum_by(by_flow, &record::value_cny);
  expect_text("2024 January-October exports (亿元)", in_yi(oct[trade_flow::exports].value()), "3082.9");
  expect_text("2024 January-October imports (亿元)", in_yi(oct[trade_flow::imports].value()), "545.0");

  // Partner groups on the comparable basis (members on 2025-12-31 in both years).
  const country_group& bri = groups::belt_and_road();
  const country_group& ca = groups::central_asia();
  const country_group& asean = groups::asean();
  const auto by_groups = compare<CNY>(rows, y25, y24,
                                      {bri, ca, asean, groups::africa(), groups::west_asia(),
                                       groups::middle_east(), groups::latin_america_caribbean()});
  expect_text("Belt and Road 2025 (亿元)", in_yi(by_groups[bri].current), "4583.7");
  expect_text("Belt and Road 2024, implied (亿元)", in_yi(by_groups[bri].prior), "3996.3");
  expect_text("Belt and Road growth", text(by_groups[bri].growth), "14.7 %");
  expect_text("Belt and Road share", text(by_groups[bri].share), "88.1 %");
  expect_text("Belt and Road share 2024", text(by_groups[bri].prior_share), "92.1 %");
  expect_text("Central Asia 2025 (亿元)", in_yi(by_groups[ca].current), "2766.9");
  expect_text("Central Asia share", text(by_groups[ca].share), "53.2 %");
  expect(*by_groups[ca].share > share{quotient(1, 2)}, "Central Asia over half of the total",
         text(by_groups[ca].share));
  expect_text("ASEAN 2025 (亿元)", in_yi(by_groups[asean].current), "673.7");
  expect_text("ASEAN 2025 (billion yuan)", billions(by_groups[asean].current), "67.4");
  expect_text("ASEAN 2024, implied (亿元)", in_yi(by_groups[asean].prior), "339.7");
  expect_text("ASEAN growth", text(by_groups[asean].growth), "98.3 %");
  expect_text("ASEAN share", text(by_groups[asean].share), "12.9 %");
  expect_text("ASEAN share 2024", text(by_groups[asean].prior_share), "7.8 %");
  for (const country_group* g : {&groups::africa(), &groups::west_asia(), &groups::middle_east(),
                                 &groups::latin_america_caribbean()}) {
    const auto& row = by_groups[*g];
    expect(row.growth.has_value() && *row.growth >= growth{quotient(1, 10)},
           to_string(*g) + " grew by double digits", text(row.growth));
  }
  // ASEAN below 10 % in every year before 2025, above in 2025: the first crossing is 2025.
  const auto asean_share = share_series<CNY>(rows, span{year{2016}, year{2025}}, asean);
  for (int k = 2016; k <= 2024; ++k)
    expect(*asean_share.at(year{k}) < share{quotient(1, 10)}, "ASEAN below 10 % in " + std::to_string(k),
           text(asean_share.at(year{k})));
  const auto first = first_crossing(asean_share, share{quotient(1, 10)});
  expect(first && *first == y25, "ASEAN above 10 % for the first time in 2025",
         first ? to_string(*first) : "never");

  // Product groups, exports.
  const product_group& me = product_groups::mechanical_electrical();
  const product_group& new_three = product_groups::new_three();
  const product_group& agri = product_groups::agricultural_products();
  const auto products = compare<CNY>(rows, y25, y24, by_product_group({me, new_three, agri}),
                                     {.measure = trade_measure::exports});
  expect_text("mechanical and electrical exports 2025 (亿元)", in_yi(products[me].current, 0), "1865");
  expect_text("mechanical and electrical exports 2025 (billion yuan)", billions(products[me].current),
              "186.5");
  expect_text("mechanical and electrical exports 2024, implied (亿元)", in_yi(products[me].prior), "1325.5");
  expect_text("mechanical and electrical growth", text(products[me].growth), "40.7 %");
  expect_text("mechanical and electrical share of exports", text(products[me].share), "40.5 %");
  expect_text("new three exports growth", text(products[new_three].growth, 0), "73 %");
  expect(products[new_three].growth.has_value() && *products[new_three].growth > growth{quotient(65, 100)} &&
             *products[new_three].growth < growth{quotient(75, 100)},
         "green exports about +70 %", text(products[new_three].growth));
  expect_text("agricultural exports growth", text(products[agri].growth), "25.4 %");
  for (const product_group* g : {&product_groups::walnuts(), &product_groups::grapes()}) {
    const money<CNY> v = rows | where(y25) | where(trade_flow::exports) | where(*g) | sum(&record::value_cny);
    expect(v > money<CNY>{0}, to_string(*g) + " among agricultural exports", in_yi(v));
  }
  for (const product_group* g : {&product_groups::autos_and_parts(), &product_groups::electrical_equipment(),
                                 &product_groups::electronic_components()}) {
    const auto grew = compare<CNY>(rows | where(*g), y25, y24, by_flow, {.measure = trade_measure::exports});
    expect(grew.total().growth.has_value() && *grew.total().growth > growth{},
           to_string(*g) + " exports grew", text(grew.total().growth));
  }

  // Private enterprises: 4826.6 亿元, +20.1 %, 92.75 % of the total.
  const auto firms = compare<CNY>(rows, y25, y24, by_enterprise);
  const auto& priv = firms[enterprise_type::private_enterprise];
  expect_text("private enterprises 2025 (亿元)", in_yi(priv.current), "4826.6");
  expect_text("private enterprises 2025 (billion yuan)", billions(priv.current), "482.7");
  expect_text("private enterprises 2024, implied (亿元)", in_yi(priv.prior), "4018.8");
  expect_text("private enterprises growth", text(priv.growth), "20.1 %");
  expect_text("private enterprises share", text(priv.share), "92.8 %");
  expect_text("private enterprises share, two decimals", text(priv.share, 2), "92.75 %");

  // Self-branded exports: 521.1 亿元, +40.3 %, 11.3 % of exports; shares within three categories.
  const auto self =
      compare<CNY>(rows | where(is_self_branded), y25, y24, by_flow, {.measure = trade_measure::exports});
  expect_text("self-branded exports 2025 (亿元)", in_yi(self.total().current), "521.1");
  expect_text("self-branded exports 2025 (billion yuan)",
              to_string(quotient(rescale<scale<7>>(self.total().current, rounding::half_up).count(), 100),
                        {.precision = 2}),
              "52.11");
  expect_text("self-branded exports 2024, implied (亿元)", in_yi(self.total().prior), "371.4");
  expect_text("self-branded growth", text(self.total().growth), "40.3 %");
  expect_text("self-branded share of exports", text(share_of(self.total().current, x.current)), "11.3 %");
  struct within {
    const product_group* group;
    int decimals;
    std::string_view published;
  };
  for (const within& w : {within{&product_groups::electrical_equipment(), 0, "33 %"},
                          within{&product_groups::lithium_ion_batteries(), 1, "81.1 %"},
                          within{&product_groups::textile_machinery(), 0, "25 %"}}) {
    const auto category = [&] { return rows | where(y25) | where(trade_flow::exports) | where(*w.group); };
    const money<CNY> all = category() | sum(&record::value_cny);
    const money<CNY> own = category() | where(is_self_branded) | sum(&record::value_cny);
    expect_text(std::string("self-branded share within ") + to_string(*w.group),
                text(share_of(own, all), w.decimals), w.published);
  }

  // Yearly totals: 2019 and 2023 as reported, the 14th plan over 1.71 trillion and +144.3 %.
  const auto annual_table = rows | sum_by(by_year, &record::value_cny);
  series<year, money<CNY>> annual;
  for (const auto& row : annual_table.rows()) annual.append(row.key, row.value.value());
  expect_text("2019 total (亿元)", in_yi(annual.at(year{2019})), "1640.9");
  expect_text("2023 total (亿元)", in_yi(annual.at(year{2023})), "3573.3");
  expect_text("2023 growth", text(growth(annual.at(year{2022}), annual.at(year{2023}))), "45.9 %");
  const auto plans = plan_comparison_of(annual, plan{14});
  expect(plans.current_total > money<CNY>{1'710'000'000'000}, "14th plan over 1.71 trillion yuan",
         in_yi(plans.current_total));
  expect_text("14th plan on the 13th", text(plans.growth), "144.3 %");

  // Shape: Xinjiang's records, HS 2022 national codes, dollars on every monthly record, border
  // small-volume trade with neighbouring countries only, reconstructed years flagged.
  const std::set<std::string> neighbours{"KAZ", "KGZ", "TJK", "RUS", "MNG", "PAK", "AFG", "IND"};
  std::size_t bad_shape = 0, border = 0, unflagged_reconstructed = 0;
  for (const record& r : rows) {
    const bool monthly = std::holds_alternative<month>(r.period);
    if (!r.region || r.region->gb2260() != 65 || !r.value_cny || !r.partner) ++bad_shape;
    if (monthly &&
        (!r.commodity || r.commodity->digits().size() != 8 || r.commodity->version() != hs_version::hs2022 ||
         !r.value_usd || !r.mode || !r.enterprise || r.brand.has_value() != (r.flow == trade_flow::exports)))
      ++bad_shape;
    if (r.mode && r.mode->code() == 19) {
      ++border;
      if (!neighbours.contains(r.partner->code_text())) ++bad_shape;
    }
    if (!monthly) {
      const int y = year_of(r).year_number();
      if ((y == 2019 || y == 2023) == r.estimated) ++unflagged_reconstructed;
    }
  }
  expect(bad_shape == 0, "every record has the columns of its kind", std::to_string(bad_shape) + " without");
  expect(border > 0, "border small-volume trade (边境小额贸易) records, neighbours only",
         std::to_string(border));
  expect(unflagged_reconstructed == 0, "reconstructed years flagged E, reported ones not",
         std::to_string(unflagged_reconstructed) + " wrong");
  // Dollars: the implied rate of 2025 lies within the year's monthly rates (7.1069 to 7.2968).
  const money<USD> usd = rows | where(y25) | sum(&record::value_usd);
  const quotient rate(t.current.count(), usd.count());  // yuan per dollar, a plain ratio of counts
  expect(rate > quotient(71069, 10000) && rate < quotient(72968, 10000),
         "2025 in dollars at the monthly rates",
         to_string(quotient(rescale<scale<8>>(usd, rounding::half_up).count(), 10), {.precision = 1}) +
             " billion USD");

  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
