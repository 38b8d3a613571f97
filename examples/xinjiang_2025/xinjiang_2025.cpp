// Xinjiang's foreign trade in 2025, from records to the figures of the customs bulletin: every figure
// is computed from data/xinjiang_2025.csv (synthetic records whose totals reproduce the published
// ones, see data/README.md) by the library's reader and pipelines, never typed in.
//
// Usage: tradestat_example_xinjiang_2025 [--data FILE] [OUTPUT_DIR]
//   prints the figures and the comparison by partner group, and writes them to OUTPUT_DIR (default:
//   the current directory) as bulletin.md, bulletin.csv, partner_groups.md and partner_groups.csv.
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
#include <tradestat/units/money_io.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

using namespace tradestat;

namespace {

/** An amount as the English reports print it: billions (or trillions) of yuan, one decimal. */
std::string billions(const money<CNY>& m, int decimals = 1) {
  return to_string(m, {language::en, currency_style::name, 9, decimals});
}
std::string billions(const money<USD>& m) { return to_string(m, {language::en, currency_style::name, 9, 1}); }

/** A ratio cell (it may have no base) with one decimal: "19.9 %". */
template <class Cell>
std::string pct(const Cell& c, int decimals = 1) {
  return to_string(c, {language::en, decimals});
}

bool self_branded(const record& r) { return r.brand && is_self_owned(*r.brand); }

/** One line of the bulletin's table. */
struct figure {
  std::string id, name, period, value, comparison;
};

using table_rows = std::vector<std::vector<std::string>>;

void write_markdown(std::ostream& out, const std::vector<std::string>& header, const table_rows& rows) {
  const auto line = [&](const std::vector<std::string>& cells) {
    out << '|';
    for (const auto& c : cells) out << ' ' << c << " |";
    out << '\n';
  };
  line(header);
  out << '|';
  for (std::size_t k = 0; k < header.size(); ++k) out << " --- |";
  out << '\n';
  for (const auto& r : rows) line(r);
}

void write_csv(std::ostream& out, const std::vector<std::string>& header, const table_rows& rows) {
  const auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (k != 0) out << ',';
      if (cells[k].find_first_of(",\"\n") == std::string::npos) {
        out << cells[k];
        continue;
      }
      out << '"';
      for (const char ch : cells[k]) out << (ch == '"' ? "\"\"" : std::string(1, ch));
      out << '"';
    }
    out << '\n';
  };
  line(header);
  for (const auto& r : rows) line(r);
}

void write_files(const std::filesystem::path& dir, const std::string& stem,
                 const std::vector<std::string>& header, const table_rows& rows) {
  std::ofstream md(dir / (stem + ".md"));
  write_markdown(md, header, rows);
  std::ofstream csv(dir / (stem + ".csv"));
  write_csv(csv, header, rows);
  if (!md || !csv) throw std::runtime_error("cannot write " + (dir / stem).string() + ".md/.csv");
}

}  // namespace

int main(int argc, char** argv) try {
  std::string data_file = TRADESTAT_XINJIANG_DATA;  // data/xinjiang_2025.csv, set by CMake
  std::filesystem::path out_dir = ".";
  for (int k = 1; k < argc; ++k) {
    const std::string_view a = argv[k];
    if (a == "--data" && k + 1 < argc)
      data_file = argv[++k];
    else
      out_dir = a;
  }

  // Each call reads the file once (memory-mapped, streaming) and computes a whole table.
  const auto records = [&] { return read_canonical(data_file); };
  const year y2025{2025};
  const year y2024{2024};

  // 1. Total, exports and imports: a comparison table by flow, in yuan and in dollars.
  const auto flows = compare<CNY>(records(), y2025, y2024, by_flow);
  const auto& total = flows.total();
  const auto& exports = flows[trade_flow::exports];
  const auto& imports = flows[trade_flow::imports];
  const auto flows_usd = compare<USD>(records(), y2025, y2024, by_flow);

  // 2. Partner groups (overlapping), members on the last day of 2025 in both years (可比口径).
  const country_group& bri = groups::belt_and_road();
  const country_group& central_asia = groups::central_asia();
  const country_group& asean = groups::asean();
  const std::vector<const country_group*> regions{&groups::africa(), &groups::west_asia(),
                                                  &groups::middle_east(), &groups::latin_america_caribbean()};
  const auto partners =
      compare<CNY>(records(), y2025, y2024,
                   {bri, central_asia, asean, *regions[0], *regions[1], *regions[2], *regions[3]});

  // 3. ASEAN's share in every year since 2016: the first year it reached 10 %.
  const auto asean_share = share_series<CNY>(records(), span{year{2016}, y2025}, asean);
  const auto asean_first = first_crossing(asean_share, share{quotient(1, 10)});

  // 4. Product groups of exports (overlapping: the new three are mechanical and electrical too).
  const product_group& me = product_groups::mechanical_electrical();
  const product_group& new_three = product_groups::new_three();
  const product_group& agri = product_groups::agricultural_products();
  const auto products = compare<CNY>(records(), y2025, y2024, by_product_group({me, new_three, agri}),
                                     {.measure = trade_measure::exports});

  // 5. Private enterprises, a row of the table by enterprise type.
  const auto firms = compare<CNY>(records(), y2025, y2024, by_enterprise);
  const auto& private_firms = firms[enterprise_type::private_enterprise];

  // 6. Self-branded exports, and their share within three categories in 2025.
  const auto own_brands = compare<CNY>(records() | where(self_branded), y2025, y2024, by_flow,
                                       {.measure = trade_measure::exports});
  const product_group& equipment = product_groups::electrical_equipment();
  const product_group& batteries = product_groups::lithium_ion_batteries();
  const product_group& textile_machines = product_groups::textile_machinery();
  const auto categories = by_product_group({equipment, batteries, textile_machines});
  const auto all_2025 =
      records() | where(y2025) | where(trade_flow::exports) | sum_by(categories, &record::value_cny);
  const auto own_2025 = records() | where(y2025) | where(trade_flow::exports) | where(self_branded) |
                        sum_by(categories, &record::value_cny);
  const auto own_share = [&](const product_group& g) {
    return share_of(own_2025[g].value(), all_2025[g].value());
  };

  // 7. Five-year plans: yearly totals, then the 14th plan (2021-2025) against the 13th.
  series<year, money<CNY>> annual;
  for (const auto& row : (records() | sum_by(by_year, &record::value_cny)).rows())
    annual.append(row.key, row.value.value());
  const auto plans = plan_comparison_of(annual, plan{14});

  // 8. The table of figures: each value and comparison from the tables above, in the library's words.
  const auto share_of_total = [&](const share_cell& s) { return pct(s) + " of the total"; };
  std::string other_regions;
  for (const country_group* g : regions) {
    if (!other_regions.empty()) other_regions += "; ";
    other_regions += to_string(*g) + " " + change_text(partners[*g].growth.value());
  }
  const std::vector<figure> figures{
      {"total", "total import and export value", "2025", billions(total.current),
       year_on_year_text(total.growth.value())},
      {"total_usd", "the same in US dollars (monthly H.10 rates)", "2025",
       billions(flows_usd.total().current), year_on_year_text(flows_usd.total().growth.value())},
      {"exports", "exports", "2025", billions(exports.current), year_on_year_text(exports.growth.value())},
      {"imports", "imports", "2025", billions(imports.current), year_on_year_text(imports.growth.value())},
      {"plan14", "total over the 14th Five-Year Plan period", to_string(plans.current_plan),
       to_string(plans.current_total, {language::en, currency_style::name, 12, 2}),
       change_text(plans.growth.value()) + " on " + to_string(plans.prior_plan)},
      {"bri", "trade with Belt and Road partner countries", "2025", billions(partners[bri].current),
       share_of_total(partners[bri].share) + ", " + year_on_year_text(partners[bri].growth.value())},
      {"central_asia", "trade with the five Central Asian countries", "2025",
       billions(partners[central_asia].current), share_of_total(partners[central_asia].share)},
      {"asean", "trade with ASEAN", "2025", billions(partners[asean].current),
       year_on_year_text(partners[asean].growth.value()) + ", " + share_of_total(partners[asean].share) +
           ", first year at or above 10 %: " + (asean_first ? to_string(*asean_first) : "none")},
      {"other_regions", "trade with Africa, West Asia, the Middle East and Latin America", "2025", "",
       other_regions},
      {"me_exports", "exports of mechanical and electrical products", "2025", billions(products[me].current),
       year_on_year_text(products[me].growth.value()) + ", " + pct(products[me].share) + " of exports"},
      {"green_exports", "exports of the new three (electric cars, lithium batteries, solar cells)", "2025",
       billions(products[new_three].current), year_on_year_text(products[new_three].growth.value())},
      {"agri_exports", "agricultural exports", "2025", billions(products[agri].current),
       year_on_year_text(products[agri].growth.value())},
      {"private", "trade of private enterprises", "2025", billions(private_firms.current),
       year_on_year_text(private_firms.growth.value()) + ", " + share_of_total(private_firms.share)},
      {"self_brand", "exports of self-branded goods", "2025", billions(own_brands.total().current, 2),
       year_on_year_text(own_brands.total().growth.value()) + ", " +
           pct(share_of(own_brands.total().current, exports.current)) + " of exports"},
      {"self_brand_shares", "self-branded share of exports within a category", "2025",
       "electrical equipment " + pct(own_share(equipment), 0) + ", lithium batteries " +
           pct(own_share(batteries)) + ", textile machinery " + pct(own_share(textile_machines), 0),
       ""},
  };

  // 9. The comparison by partner group, 2025 against 2024: value, growth, share, share change and
  // contribution to the total's growth (groups overlap, so the contributions do not add up).
  table_rows group_rows;
  for (const auto& [key, row] : partners)
    group_rows.push_back({to_string(key), billions(row.current), billions(row.prior), pct(row.growth),
                          pct(row.share), pct(row.prior_share), pct(row.share_change),
                          pct(row.contribution)});
  group_rows.push_back({"total", billions(partners.total().current), billions(partners.total().prior),
                        pct(partners.total().growth), pct(partners.total().share),
                        pct(partners.total().prior_share), pct(partners.total().share_change),
                        pct(partners.total().contribution)});
  const std::vector<std::string> group_header{"partner group", "2025",       "2024",         "growth",
                                              "share 2025",    "share 2024", "share change", "contribution"};

  // 10. Print both tables, and write them as Markdown and CSV.
  table_rows figure_rows;
  for (const figure& f : figures) figure_rows.push_back({f.id, f.name, f.period, f.value, f.comparison});
  const std::vector<std::string> figure_header{"id", "figure", "period", "value", "comparison"};

  std::cout << "Xinjiang's foreign trade in 2025, from " << data_file.substr(data_file.find_last_of('/') + 1)
            << " (synthetic records)\n\n";
  write_markdown(std::cout, figure_header, figure_rows);
  std::cout << "\nTrade by partner group, 2025 against 2024 (members on 2025-12-31 in both years)\n\n";
  write_markdown(std::cout, group_header, group_rows);

  write_files(out_dir, "bulletin", figure_header, figure_rows);
  write_files(out_dir, "partner_groups", group_header, group_rows);
  std::cout << "\nWritten: " << (out_dir / "bulletin.md").string()
            << ", bulletin.csv, partner_groups.md, partner_groups.csv\n";
} catch (const std::exception& e) {
  std::cerr << e.what() << '\n';
  return 1;
}
