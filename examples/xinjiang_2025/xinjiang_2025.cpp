// Xinjiang's foreign trade in 2025, from records to the customs bulletin: every figure is computed
// from data/xinjiang_2025.csv (synthetic records whose totals reproduce the published ones, see
// data/README.md) by the library's reader and pipelines, never typed in, and printed by the report
// layer as a table, as sentences and as charts.
//
// Usage: tradestat_example_xinjiang_2025 [--lang en|zh] [--data FILE] [OUTPUT_DIR]
//   prints the bulletin (the figures, one sentence per figure, the comparison by partner group) in
//   English or Chinese, and writes to OUTPUT_DIR (default: the current directory) bulletin.md,
//   bulletin.csv, partner_groups.md, partner_groups.csv, partner_groups.svg and yearly_totals.svg.
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
#include <tradestat/report/bar_chart.hpp>
#include <tradestat/report/line_chart.hpp>
#include <tradestat/report/sentence.hpp>
#include <tradestat/report/table_of.hpp>
#include <tradestat/report/text_table.hpp>
#include <tradestat/units/money_io.hpp>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace tradestat;

namespace {

/** The bulletin's language and the few words around its figures that are not a figure's kind. */
struct bulletin_language {
  language lang = language::en;
  bool zh() const { return lang == language::zh; }
  text_format text(int precision = -1) const { return {.lang = lang, .precision = precision}; }
  /** The display scale of amounts: billions in English, 亿 (10^8) in Chinese, as each release has it. */
  int exponent() const { return zh() ? 8 : 9; }
  const char* pick(const char* en, const char* cn) const { return zh() ? cn : en; }
  std::string name(const subject& s) const { return name_of(s, text()); }
};

/** An amount as the release prints it: "520.4 billion yuan", "5203.7亿元". */
template <class M>
std::string amount(const M& m, const bulletin_language& l, int decimals = 1) {
  return to_string(m, {l.lang, currency_style::name, l.exponent(), decimals});
}

/** Pieces of a cell joined as the language joins clauses. */
std::string join(std::initializer_list<std::string> parts, const bulletin_language& l, const char* en_sep = ", ") {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out.append(l.pick(en_sep, "，"));
    out.append(p);
  }
  return out;
}

/** "88.1 % of the total", "占进出口总值的88.1%". */
std::string share_text(const share& s, const subject& whole, const bulletin_language& l, int decimals = -1) {
  std::string out;
  if (l.zh()) {
    out.append("占");
    out.append(whole.zh);
    out.append("的");
    out.append(to_string(s, l.text(decimals)));
  } else {
    out.append(to_string(s, l.text(decimals)));
    out.append(" of ");
    out.append(whole.en);
  }
  return out;
}

/** A plan as Chinese releases name it: “十四五”时期 (to_string gives 十四五). */
std::string plan_zh(const plan& p) {
  std::string out = "“";
  out.append(to_string(p, {.lang = language::zh}));
  out.append("”时期");
  return out;
}

bool self_branded(const record& r) { return r.brand && is_self_owned(*r.brand); }

/** One line of the bulletin's table of figures. */
struct figure {
  std::string id;
  subject name;
  std::string period, value, comparison;
};

void write_file(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) {
    std::string m = "cannot write ";
    m.append(file.string());
    m.append(": is the output directory there and writable?");
    throw std::runtime_error(m);
  }
}

}  // namespace

int main(int argc, char** argv) try {
  std::string data_file = TRADESTAT_XINJIANG_DATA;  // data/xinjiang_2025.csv, set by CMake
  std::filesystem::path out_dir = ".";
  bulletin_language l;
  for (int k = 1; k < argc; ++k) {
    const std::string_view a = argv[k];
    if (a == "--data" && k + 1 < argc) {
      data_file = argv[++k];
    } else if (a == "--lang" && k + 1 < argc) {
      const std::string_view lang = argv[++k];
      if (lang != "en" && lang != "zh") throw std::runtime_error("--lang takes en or zh");
      l.lang = lang == "zh" ? language::zh : language::en;
    } else {
      out_dir = a;
    }
  }
  const text_format f = l.text();

  // Each call reads the file once (streaming, in chunks) and computes a whole table.
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
  const share ten_percent{quotient(1, 10)};
  const auto asean_share = share_series<CNY>(records(), span{year{2016}, y2025}, asean);
  const auto asean_first = first_crossing(asean_share, ten_percent);

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
  const auto& own = own_brands.total();
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

  // 7. Yearly totals (the dataset's yearly rows for 2016-2023, the monthly records after), then the
  // 14th Five-Year Plan (2021-2025) against the 13th.
  series<year, money<CNY>> annual;
  for (const auto& row : (records() | sum_by(by_year, &record::value_cny)).rows())
    annual.append(row.key, row.value.value());
  const auto plans = plan_comparison_of(annual, plan{14});

  // 8. The table of figures: each value and comparison from the tables above, in the library's words.
  const subject the_total{"the total", "进出口总值"};
  const subject all_exports{"exports", "出口总值"};
  const subject n_equipment{"electrical equipment", "电气设备"};
  const subject n_batteries{"lithium batteries", "锂电池"};
  const subject n_textile{"textile machinery", "纺织机械"};
  const std::string y = to_string(y2025, f);
  const auto yoy = [&](const auto& row) { return year_on_year_text(row.growth.value(), f); };
  std::string other_regions;
  for (const country_group* g : regions) {
    if (!other_regions.empty()) other_regions.append(l.pick("; ", "；"));
    other_regions.append(to_string(*g, f));
    other_regions.append(l.pick(" ", ""));
    other_regions.append(change_text(partners[*g].growth.value(), f));
  }
  std::string plan_comparison = l.zh() ? "比" : "";
  if (l.zh()) {
    plan_comparison.append(plan_zh(plans.prior_plan));
    plan_comparison.append(change_text(plans.growth.value(), f));
  } else {
    plan_comparison.append(change_text(plans.growth.value(), f));
    plan_comparison.append(" on the ");
    plan_comparison.append(to_string(plans.prior_plan, f));
  }
  std::string asean_first_text = l.pick("first year at or above ", "首次达到");
  asean_first_text.append(to_string(ten_percent, l.text(0)));
  asean_first_text.append(l.pick(": ", "的年份："));
  asean_first_text.append(asean_first ? to_string(*asean_first, f) : l.pick("none", "无"));
  const auto category_share = [&](const subject& name, const product_group& g, int decimals) {
    std::string out = l.name(name);
    out.append(l.pick(" ", ""));
    out.append(to_string(own_share(g), l.text(decimals)));
    return out;
  };
  const std::vector<figure> figures{
      {"total", {"total import and export value", "进出口总值"}, y, amount(total.current, l), yoy(total)},
      {"total_usd", {"the same in US dollars (monthly H.10 rates)", "以美元计（按H.10月度汇率）"}, y,
       amount(flows_usd.total().current, l), yoy(flows_usd.total())},
      {"exports", {"exports", "出口"}, y, amount(exports.current, l), yoy(exports)},
      {"imports", {"imports", "进口"}, y, amount(imports.current, l), yoy(imports)},
      {"plan14", {"total over the 14th Five-Year Plan period", "“十四五”时期进出口总值"},
       l.zh() ? plan_zh(plans.current_plan) : to_string(plans.current_plan, f),
       to_string(plans.current_total, {l.lang, currency_style::name, 12, 2}), plan_comparison},
      {"bri", {"trade with Belt and Road partner countries", "对共建“一带一路”国家进出口"}, y,
       amount(partners[bri].current, l),
       join({share_text(partners[bri].share.value(), the_total, l), yoy(partners[bri])}, l)},
      {"central_asia", {"trade with the five Central Asian countries", "对中亚五国进出口"}, y,
       amount(partners[central_asia].current, l), share_text(partners[central_asia].share.value(), the_total, l)},
      {"asean", {"trade with ASEAN", "对东盟进出口"}, y, amount(partners[asean].current, l),
       join({yoy(partners[asean]), share_text(partners[asean].share.value(), the_total, l), asean_first_text}, l)},
      {"other_regions", {"trade with Africa, West Asia, the Middle East and Latin America", "对非洲、西亚、中东和拉美进出口"},
       y, "", other_regions},
      {"me_exports", {"exports of mechanical and electrical products", "机电产品出口"}, y,
       amount(products[me].current, l),
       join({yoy(products[me]), share_text(products[me].share.value(), all_exports, l)}, l)},
      {"green_exports",
       {"exports of the new three (electric cars, lithium batteries, solar cells)", "“新三样”（电动汽车、锂电池、太阳能电池）出口"},
       y, amount(products[new_three].current, l), yoy(products[new_three])},
      {"agri_exports", {"agricultural exports", "农产品出口"}, y, amount(products[agri].current, l),
       yoy(products[agri])},
      {"private", {"trade of private enterprises", "民营企业进出口"}, y, amount(private_firms.current, l),
       join({yoy(private_firms), share_text(private_firms.share.value(), the_total, l)}, l)},
      {"self_brand", {"exports of self-branded goods", "自主品牌产品出口"}, y, amount(own.current, l, l.zh() ? 1 : 2),
       join({yoy(own), share_text(share_of(own.current, exports.current), all_exports, l)}, l)},
      {"self_brand_shares", {"self-branded share of exports within a category", "自主品牌产品占同类产品出口的比重"}, y,
       join({category_share(n_equipment, equipment, 0), category_share(n_batteries, batteries, 1),
             category_share(n_textile, textile_machines, 0)},
            l),
       ""},
  };
  std::string title = l.pick("Xinjiang's foreign trade in 2025, from ", "新疆2025年对外贸易，数据来自");
  title.append(std::filesystem::path(data_file).filename().string());
  title.append(l.pick(" (synthetic records)", "（合成记录）"));
  text_table figures_table(title,
                           {{"id", l.pick("id", "编号"), column_align::left},
                            {"figure", l.pick("figure", "指标"), column_align::left},
                            {"period", l.pick("period", "时期"), column_align::left},
                            {"value", l.pick("value", "数值"), column_align::left},
                            {"comparison", l.pick("comparison", "比较"), column_align::left}},
                           false, l.lang);
  for (const figure& fig : figures) {
    figures_table.add_row({table_cell::text(fig.id), table_cell::text(l.name(fig.name)), table_cell::text(fig.period),
                           table_cell::text(fig.value), table_cell::text(fig.comparison)});
  }

  // 9. The narrative: one sentence per published figure, from the same typed figures. The words
  // (rose or fell, 增长 or 下降, percentage points, "for the first time") follow from each value.
  // Self-branded exports print to 0.01 billion in English (52.11, as published) and 0.1亿 in Chinese.
  std::vector<sentence> narrative{
      sentence{{"Total trade", "进出口总值"}}.amount(total.current).change(total.growth.value()),
      sentence{{"Total trade in US dollars", "以美元计，进出口总值"}}
          .amount(flows_usd.total().current)
          .change(flows_usd.total().growth.value()),
      sentence{{"Exports", "出口"}}.amount(exports.current).change(exports.growth.value()),
      sentence{{"Imports", "进口"}}.amount(imports.current).change(imports.growth.value()),
  };
  {
    // The plan's total in trillions (万亿), to two digits, against the 13th plan's.
    std::string en = "Trade over the ";
    en.append(to_string(plans.current_plan));
    en.append(", against the ");
    en.append(to_string(plans.prior_plan));
    en.append(",");
    std::string zh = "与";
    zh.append(plan_zh(plans.prior_plan));
    zh.append("相比，");
    zh.append(plan_zh(plans.current_plan));
    zh.append("进出口总值");
    narrative.push_back(sentence{{en, zh}, {.en_exponent = 12, .zh_exponent = 12, .precision = 2}}
                            .change(plans.growth.value())
                            .amount(plans.current_total));
  }
  const auto partner_sentence = [&](const subject& name, const auto& row) {
    return sentence{name}.amount(row.current).change(row.growth.value()).share(row.share.value(), the_total);
  };
  narrative.push_back(partner_sentence({"Trade with Belt and Road partner countries", "对共建“一带一路”国家进出口"},
                                       partners[bri]));
  narrative.push_back(sentence{{"Trade with the five Central Asian countries", "对中亚五国进出口"}}
                          .amount(partners[central_asia].current)
                          .share(partners[central_asia].share.value(), the_total));
  narrative.push_back(partner_sentence({"Trade with ASEAN", "对东盟进出口"}, partners[asean])
                          .share_change(partners[asean].share_change.value())
                          .first_above(ten_percent, asean_first, y2025));
  const subject region_names[4]{{"Trade with Africa", "对非洲进出口"},
                                 {"Trade with West Asia (UN M49)", "对西亚（联合国M49）进出口"},
                                 {"Trade with the Middle East (Chinese usage)", "对中东进出口"},
                                 {"Trade with Latin America and the Caribbean", "对拉丁美洲和加勒比进出口"}};
  for (std::size_t k = 0; k < regions.size(); ++k) {
    const auto& row = partners[*regions[k]];
    narrative.push_back(sentence{region_names[k]}.amount(row.current).change(row.growth.value()));
  }
  narrative.push_back(sentence{{"Exports of mechanical and electrical products", "机电产品出口"}}
                          .amount(products[me].current)
                          .change(products[me].growth.value())
                          .share(products[me].share.value(), all_exports));
  narrative.push_back(sentence{{"Exports of the new three", "“新三样”产品出口"}}
                          .amount(products[new_three].current)
                          .change(products[new_three].growth.value()));
  narrative.push_back(sentence{{"Agricultural exports", "农产品出口"}}
                          .amount(products[agri].current)
                          .change(products[agri].growth.value()));
  narrative.push_back(sentence{{"Trade of private enterprises", "民营企业进出口"}}
                          .amount(private_firms.current)
                          .change(private_firms.growth.value())
                          .share(private_firms.share.value(), the_total));
  narrative.push_back(sentence{{"Exports of self-branded goods", "自主品牌产品出口"}, {.precision = l.zh() ? 1 : 2}}
                          .amount(own.current)
                          .change(own.growth.value())
                          .share(share_of(own.current, exports.current), all_exports));
  std::vector<std::string> lines;
  for (const sentence& s : narrative) lines.push_back(to_string(s, f));
  // Within categories the shares print at the published precision: 33 %, 81.1 %, 25 %.
  for (const auto& [name, group, decimals] :
       {std::tuple{n_equipment, &equipment, 0}, std::tuple{n_batteries, &batteries, 1},
        std::tuple{n_textile, &textile_machines, 0}}) {
    subject exports_of{"exports of ", ""};
    exports_of.en.append(name.en);
    exports_of.zh = name.zh;
    exports_of.zh.append("出口");
    lines.push_back(
        to_string(sentence{{"Self-branded goods", "自主品牌产品"}}.share(own_share(*group), exports_of), l.text(decimals)));
  }

  // 10. The comparison by partner group, 2025 against 2024: value, growth, share, share change and
  // contribution to the total's growth (groups overlap, so the table has no total row).
  text_table groups_table =
      table_of(partners, {.lang = l.lang, .exponent = l.exponent(), .key_header = {"Partner group", "伙伴组别"}});
  groups_table.add_note(l.pick("Members on 2025-12-31 counted in both years (comparable basis).",
                               "按2025年12月31日成员计算两年数据（可比口径）。"));

  // 11. Charts: trade by partner group (2024 and 2025 bars), and total trade every year since 2016.
  const std::string bars =
      bar_chart_svg(partners, {.title = l.pick("Xinjiang's trade by partner group, 2024 and 2025",
                                               "新疆对主要伙伴组别进出口，2024年与2025年"),
                               .lang = l.lang,
                               .exponent = l.exponent(),
                               .width = 1600});
  std::string line_title = l.pick("Xinjiang's total trade, ", "新疆进出口总值，");
  line_title.append(to_string(annual.begin()->period, f));
  line_title.append(l.pick("-", "—"));
  line_title.append(to_string(std::prev(annual.end())->period, f));
  const std::string line = line_chart_svg(annual, {"Total trade", "进出口总值"},
                                          {.title = line_title, .lang = l.lang, .exponent = l.exponent()});

  // 12. Print the bulletin, and write it: Markdown, CSV and SVG through the report layer's writers.
  std::string markdown = to_markdown(figures_table);
  markdown.append("\n");
  for (const std::string& s : lines) {
    markdown.append(s);
    markdown.append("\n\n");
  }
  std::cout << to_markdown(figures_table) << '\n';
  for (const std::string& s : lines) std::cout << s << '\n';
  std::cout << '\n' << groups_table << '\n';

  write_file(out_dir / "bulletin.md", markdown);
  write_file(out_dir / "bulletin.csv", to_csv(figures_table));
  write_file(out_dir / "partner_groups.md", to_markdown(groups_table));
  write_file(out_dir / "partner_groups.csv", to_csv(groups_table));
  write_file(out_dir / "partner_groups.svg", bars);
  write_file(out_dir / "yearly_totals.svg", line);
  std::cout << l.pick("Written: ", "已写入：") << (out_dir / "bulletin.md").string()
            << ", bulletin.csv, partner_groups.md, partner_groups.csv, partner_groups.svg, yearly_totals.svg\n";
} catch (const std::exception& e) {
  std::cerr << e.what() << '\n';
  return 1;
}
