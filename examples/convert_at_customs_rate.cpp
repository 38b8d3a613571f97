// Convert monthly dollar figures to yuan at each month's customs rate, then total them.
// The rates below are illustrative values of the right size, not GACC's published rates.
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/units/exact_sum.hpp>
#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/units/exchange_rate_io.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/rate_table.hpp>

#include <iostream>
#include <string_view>
#include <vector>

using namespace tradestat;

int main() {
  // 1. A table of customs monthly rates (CNY per USD), one per tradestat::month.
  rate_table<USD, CNY> customs(rate_kind::customs_monthly);
  customs.insert(month{2025, 1}, "7.1879");
  customs.insert(month{2025, 2}, "7.1700");
  customs.insert(month{2025, 3}, "7.1733");

  // 2. Monthly exports in thousand US dollars (千美元), as GACC's tables give them.
  struct month_figure {
    tradestat::month period;
    money<USD, thousand> exports;
  };
  const std::vector<month_figure> figures{{month{2025, 1}, money<USD, thousand>{1'234'567}},
                                          {month{2025, 2}, money<USD, thousand>{987'654}},
                                          {month{2025, 3}, money<USD, thousand>{1'500'000}}};

  // 3. Convert each month at its own rate; each conversion rounds once, half up.
  const money_format thousands{language::en, currency_style::code, 3};
  std::vector<money<CNY, thousand>> in_yuan;
  for (const auto& f : figures) {
    const exchange_rate<USD, CNY>& rate = customs.at(f.period);
    in_yuan.push_back(convert(f.exports, rate, rounding::half_up));
    std::cout << f.period << "  " << to_string(f.exports, thousands) << " -> "
              << to_string(in_yuan.back(), thousands) << '\n';
  }

  // 4. Sum exactly, round only to print (half up, 四舍五入, unless another policy is given).
  const money<CNY, thousand> q1 = exact_sum(in_yuan);
  std::cout << "Q1: " << to_string(q1, thousands) << " = "
            << to_string(q1, {language::en, currency_style::name, 9, 1}) << " = "
            << to_string(q1, {language::zh, currency_style::name, 8, 1}) << '\n';
  std::cout << "March's rate: " << customs.at(month{2025, 3}) << '\n';

  // 5. A month without a rate is refused, not guessed.
  try {
    (void)customs.at(month{2025, 4});
  } catch (const missing_rate_error& e) {
    std::cout << e.what() << '\n';
  }
}
