// Reading a GACC online-query export: the query chose the flow (imports) and split by month, so the
// file has 数据年月; the value column 人民币 makes the values yuan. The rows here are invented; a real
// download is GBK, which the reader detects and converts.
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/data/gacc.hpp>

#include <cstdint>
#include <iostream>
#include <string>
#include <variant>

int main() {
  using namespace tradestat;
  const std::string text =
      "\"数据年月\",\"贸易伙伴编码\",\"贸易伙伴名称\",\"商品编码\",\"商品名称\",\"第一数量\","
      "\"第一计量单位\",\"第二数量\",\"第二计量单位\",\"人民币\",\n"
      "\"202301\",\"402\",\"阿根廷\",\"12019019\",\"转基因黄大豆\",\"1,000,000\",\"千克\",\"0\",\"?\",\"4,"
      "000,000\",\n"
      "\"202301\",\"410\",\"巴西\",\"12019019\",\"转基因黄大豆\",\"2,500,000\",\"千克\",\"0\",\"?\",\"9,750,"
      "000\",\n"
      "\"202302\",\"502\",\"美国\",\"12019011\",\"非转基因黄大豆\",\"500,000\",\"千克\",\"0\",\"?\",\"2,100,"
      "000\",\n"
      "\"202302\",\"41O\",\"巴西\",\"12019019\",\"转基因黄大豆\",\"300,000\",\"千克\",\"0\",\"?\",\"1,200,"
      "000\",\n";

  auto rows = read_gacc(byte_source::from_memory(text, "soy.csv"), trade_flow::imports);
  money<CNY> total{};
  std::int64_t kg = 0;
  for (const record& r : rows) {
    std::cout << to_string(std::get<month>(r.period)) << ' ' << r.partner->country << ": "
              << r.value_cny->count() << " yuan, " << r.net_weight->value() << " kg\n";
    total += *r.value_cny;
    kg += r.net_weight->value();
  }
  std::cout << "total: " << total.count() << " yuan, " << kg << " kg\n";
  std::cout << rows.report().summary() << '\n';
  for (const rejection& why : rows.report().rejections) std::cout << why.message() << '\n';
}
