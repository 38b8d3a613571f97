#include <tradestat/analysis/compare.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>
#include <tradestat/report/table_of.hpp>

#include <string>
#include <vector>

#include "catch.hpp"

using namespace tradestat;

namespace {
using tenth_yi = scale<7>;  // 0.1亿元: the figures below are 10 times their 亿元
using amount = money<CNY, tenth_yi>;

// Overlapping groups: A and B together (110.0) exceed the total (100.0). Figures by hand:
// A: 600 / 500 - 1 = 20 %, share 600 / 1000 = 60 %, prior share 500 / 800 = 62.5 %, so -2.5 points,
//    contribution (600 - 500) / 800 = 12.5 points. B: no prior, share 50 %, change 50 points,
//    contribution 500 / 800 = 62.5 points.
comparison_table<std::string, amount, year, rows_are::overlapping> groups_table() {
  comparison_table<std::string, amount, year, rows_are::overlapping> t(year{2025}, year{2024}, amount{1000}, amount{800});
  t.add("A", amount{600}, amount{500});
  t.add("B", amount{500}, amount{0});
  return t;
}

// A partition by flow with records outside both keys (100 in 2025). Exports 900 / 600 - 1 = 50 %,
// share 900 / 1100 = 81.8 %, prior share 75 %, change 6.8 points, contribution 300 / 800 = 37.5;
// imports -50 %, share 9.1 %, prior 25 %, change -15.9, contribution -12.5; the rest: no prior,
// share 9.1 %, change 9.1, contribution 12.5; total 1100 / 800 - 1 = 37.5 %.
comparison_table<trade_flow, amount, year> flows_table() {
  comparison_table<trade_flow, amount, year> t(year{2025}, year{2024}, amount{1100}, amount{800});
  t.add(trade_flow::exports, amount{900}, amount{600});
  t.add(trade_flow::imports, amount{100}, amount{200});
  return t;
}
}  // namespace

TEST_CASE("table of: overlapping groups print every figure, no total row, and a note naming the base") {
  const text_table t = table_of(groups_table(), {.exponent = 8, .key_header = {"Group", "组别"}});
  CHECK(t.rows_overlap());
  CHECK(to_markdown(t) ==
        "2025 compared with 2024; amounts in 100 million yuan\n\n"
        "| Group | 2025 (100 million yuan) | 2024 (100 million yuan) | Growth (%) | Share (%) | Share change "
        "(percentage points) | Contribution (percentage points) |\n"
        "| :--- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        "| A | 60.0 | 50.0 | 20.0 | 60.0 | -2.5 | 12.5 |\n"
        "| B | 50.0 | 0.0 | no base | 50.0 | 50.0 | 62.5 |\n\n"
        "The rows overlap: a record counts in every group its partner belongs to, so the rows do not add up and "
        "there is no total row; shares are of every record counted once (100.0 100 million yuan).\n");
  const std::string json = to_json(t);
  CHECK(json.find("\"rows_overlap\": true") != std::string::npos);
  CHECK(json.find("{\"key\": \"B\", \"current\": 50.0, \"prior\": 0.0, \"growth_pct\": null, \"share_pct\": 50.0, "
                  "\"share_change_pp\": 50.0, \"contribution_pp\": 62.5}") != std::string::npos);
  CHECK(json.find("\"total\": null") != std::string::npos);
  CHECK(json.find("\"all_records\": {\"key\": \"All records\", \"current\": 100.0, \"prior\": 80.0, \"growth_pct\": "
                  "25.0, \"share_pct\": 100.0, \"share_change_pp\": 0.0, \"contribution_pp\": 25.0}") != std::string::npos);
  CHECK(to_string(t).find("Total") == std::string::npos);
}

TEST_CASE("table of: Chinese headers, the library's Chinese no-base mark, 亿元 without separators") {
  const text_table t = table_of(groups_table(), {.lang = language::zh, .exponent = 8, .key_header = {"Group", "组别"}});
  const std::string md = to_markdown(t);
  CHECK(md.rfind("2025年与2024年对比；单位：亿元\n\n| 组别 | 2025年（亿元） | 2024年（亿元） | 增长（%） | 比重（%） | "
                 "比重变化（百分点） | 拉动（百分点） |\n",
                 0) == 0);
  CHECK(md.find("| B | 50.0 | 0.0 | — | 50.0 | 50.0 | 62.5 |\n") != std::string::npos);
  CHECK(md.find("比重以全部记录合计（100.0亿元）为基数。") != std::string::npos);
}

TEST_CASE("table of: a partition prints the row of records without the key and the total, CSV numbers plain") {
  const text_table t = table_of(flows_table(), {.exponent = 8});
  CHECK(to_csv(t) ==
        "Item,2025 (100 million yuan),2024 (100 million yuan),Growth (%),Share (%),Share change (percentage "
        "points),Contribution (percentage points)\r\n"
        "export,90.0,60.0,50.0,81.8,6.8,37.5\r\n"
        "import,10.0,20.0,-50.0,9.1,-15.9,-12.5\r\n"
        "Unassigned,10.0,0.0,,9.1,9.1,12.5\r\n"
        "Total,110.0,80.0,37.5,100.0,0.0,37.5\r\n");
  const text_table zh = table_of(flows_table(), {.lang = language::zh, .exponent = 8});
  CHECK(to_csv(zh).find("\r\n出口,90.0,60.0,50.0,81.8,6.8,37.5\r\n") != std::string::npos);
  CHECK(to_csv(zh).find("\r\n合计,110.0,80.0,") != std::string::npos);
}

TEST_CASE("table of: amounts at another unit and precision, English separators in text but not in CSV or JSON") {
  comparison_table<trade_flow, money<USD>, year> t(year{2025}, year{2024}, money<USD>{74'712'345'678},
                                                   money<USD>{60'000'000'000});
  t.add(trade_flow::exports, money<USD>{74'712'345'678}, money<USD>{60'000'000'000});
  // 74,712,345,678 dollars in millions at 2 digits: 74,712.35 (…678 rounds the 5 up); growth
  // 14,712,345,678 / 60,000,000,000 = 24.52 %.
  const text_table out = table_of(t, {.exponent = 6, .amount_precision = 2, .ratio_precision = 2, .caption = "USD"});
  CHECK(out.rows()[0].cells[1].shown() == "74,712.35");
  CHECK(out.rows()[0].cells[1].exact() == "74712.35");
  CHECK(out.rows()[0].cells[3].shown() == "24.52");
  CHECK(out.columns()[1].header == "2025 (million US dollars)");
  CHECK(to_json(out).find("\"current\": 74712.35") != std::string::npos);
  CHECK(out.row_of(row_role::unassigned) == nullptr);  // nothing outside the key
}

TEST_CASE("table of: a keyed table prints amounts and shares of every record, and counts records without a value") {
  std::vector<record> v;
  auto add = [&](trade_flow f, std::optional<std::int64_t> yuan) {
    record r{.period = month{2025, 1}, .flow = f};
    if (yuan) r.value_cny = money<CNY>{*yuan};
    v.push_back(r);
  };
  add(trade_flow::exports, 300);
  add(trade_flow::exports, 250);
  add(trade_flow::imports, 150);
  add(trade_flow::imports, std::nullopt);
  // Exports 550 of 700 = 78.6 %, imports 150 = 21.4 %; one record has no yuan value.
  const auto table = v | sum_by(by_flow, &record::value_cny);
  const text_table t = table_of(table, {.amount_precision = -1, .key_header = {"Flow", "流向"}});
  CHECK(to_string(t) == "Amounts in yuan\n"
                        "Flow    Value (yuan)  Share (%)\n"
                        "------  ------------  ---------\n"
                        "export           550       78.6\n"
                        "import           150       21.4\n"
                        "Total            700      100.0\n"
                        "Note: 1 record has no value in CNY and is left out of every figure.\n");
  const text_table zh = table_of(table, {.lang = language::zh, .amount_precision = -1, .key_header = {"Flow", "流向"}});
  CHECK(to_csv(zh) == "流向,金额（元）,比重（%）\r\n出口,550,78.6\r\n进口,150,21.4\r\n合计,700,100.0\r\n");
}

TEST_CASE("table of: keys are named by a function when asked") {
  const text_table t = table_of(flows_table(), {}, [](trade_flow f, text_format) {
    return f == trade_flow::exports ? std::string("X") : std::string("M");
  });
  CHECK(t.rows()[0].cells[0].shown() == "X");
  CHECK(t.rows()[1].cells[0].shown() == "M");
}

namespace {
// The same figures as groups_table(), keyed by catalogue groups: A and B become ASEAN and Central
// Asia (partner groups), or walnuts and the new three (product groups).
template <class G>
comparison_table<group_key, amount, year, rows_are::overlapping> catalogue_table(const G& a, const G& b) {
  comparison_table<group_key, amount, year, rows_are::overlapping> t(year{2025}, year{2024}, amount{1000}, amount{800});
  t.add(group_key{a}, amount{600}, amount{500});
  t.add(group_key{b}, amount{500}, amount{0});
  return t;
}
}  // namespace

TEST_CASE("table of: a Chinese table names catalogue groups in Chinese, an English one in English") {
  const auto partners = catalogue_table(groups::asean(), groups::central_asia());
  const text_table zh = table_of(partners, {.lang = language::zh, .exponent = 8, .key_header = {"Partner group", "伙伴组别"}});
  CHECK(zh.rows()[0].cells[0].shown() == "东盟");
  CHECK(zh.rows()[1].cells[0].shown() == "中亚五国");
  CHECK(to_csv(zh).find("伙伴组别,") == 0);
  CHECK(to_csv(zh).find("\r\n东盟,60.0,50.0,20.0,60.0,-2.5,12.5\r\n中亚五国,50.0,0.0,") != std::string::npos);
  const text_table en = table_of(partners, {.exponent = 8});
  CHECK(en.rows()[0].cells[0].shown() == "ASEAN");
  CHECK(en.rows()[1].cells[0].shown() == "Central Asia");
  const text_table products = table_of(catalogue_table(product_groups::walnuts(), product_groups::new_three()),
                                       {.lang = language::zh, .exponent = 8});
  CHECK(products.rows()[0].cells[0].shown() == "核桃");
  CHECK(products.rows()[1].cells[0].shown() == "新三样");
}

TEST_CASE("table of: the overlap note says partner for partner groups and commodity for product groups") {
  const table_options en{.exponent = 8};
  const table_options zh{.lang = language::zh, .exponent = 8};
  const std::string partner_note =
      "The rows overlap: a record counts in every group its partner belongs to, so the rows do not add up and "
      "there is no total row; shares are of every record counted once (100.0 100 million yuan).";
  const std::string product_note =
      "The rows overlap: a record counts in every group its commodity lies in, so the rows do not add up and "
      "there is no total row; shares are of every record counted once (100.0 100 million yuan).";
  const auto partners = catalogue_table(groups::asean(), groups::central_asia());
  const auto products = catalogue_table(product_groups::walnuts(), product_groups::new_three());
  CHECK(table_of(partners, en).notes() == std::vector<std::string>{partner_note});
  CHECK(table_of(products, en).notes() == std::vector<std::string>{product_note});
  CHECK(table_of(products, zh).notes() ==
        std::vector<std::string>{"各行相互重叠：一条记录计入其商品所属的每一个组别，各行之和不是合计，故不列合计行；"
                                 "比重以全部记录合计（100.0亿元）为基数。"});
  CHECK(table_of(partners, zh).notes() ==
        std::vector<std::string>{"各行相互重叠：一条记录计入其贸易伙伴所属的每一个组别，各行之和不是合计，故不列合计行；"
                                 "比重以全部记录合计（100.0亿元）为基数。"});
  // A keyed table by product groups says the same: 3 of 4 yuan are walnuts, 75.0 %.
  const std::vector<record> rows{
      record{.period = month{2025, 1}, .commodity = hs_code{"080231", hs_version::hs2022}, .value_cny = money<CNY>{3}},
      record{.period = month{2025, 1}, .commodity = hs_code{"010121", hs_version::hs2022}, .value_cny = money<CNY>{1}}};
  const text_table walnuts =
      table_of(rows | sum_by(by_product_group({product_groups::walnuts()}), &record::value_cny), {.lang = language::zh});
  CHECK(to_csv(walnuts) == "项目,金额（元）,比重（%）\r\n核桃,3.0,75.0\r\n");
  CHECK(walnuts.notes() ==
        std::vector<std::string>{"各行相互重叠：一条记录计入其商品所属的每一个组别，各行之和不是合计，故不列合计行；"
                                 "比重以全部记录合计（4.0元）为基数。"});
}
