// Money with its currency and scale: the figures of Xinjiang's 2025 bulletin, exactly.
#include <tradestat/units/allocation.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/unit_value.hpp>

#include <iostream>

using namespace tradestat;

int main() {
  // Scales: 3082.9亿元 of exports (in 万元) plus 545.0亿元 of imports (in 亿元), January-October 2024.
  const money<CNY, wan> exports{30'829'000};
  const money<CNY, yi> imports{545};
  const money<CNY, wan> total = exports + imports;  // the finer scale, exactly
  std::cout << "total: " << to_string(total, {language::zh, currency_style::name, 8, 1}) << '\n';

  // Rounding only to print, with a named policy: 5203.7亿元 is 520.4 billion yuan.
  const auto y2025 = parse<money<CNY, scale<7>>>("5203.7亿元");
  std::cout << "2025: " << to_string(y2025, {language::en, currency_style::name, 9, 1}, rounding::half_up)
            << '\n';
  std::cout << "to 亿元, half up: " << rescale<yi>(y2025, rounding::half_up).count()
            << ", toward zero: " << rescale<yi>(y2025, rounding::toward_zero).count() << '\n';

  // A share is an exact quotient until it is printed: 673.7 / 5203.7 is 12.9 %.
  const quotient asean = parse<money<CNY, scale<7>>>("673.7亿元") / y2025;
  std::cout << "ASEAN share: " << asean.numerator() << '/' << asean.denominator() << " = "
            << asean.scaled(3, rounding::half_up) << " per mille\n";

  // Allocation keeps every unit: 100 yuan over three equal weights.
  const auto parts = allocate(money<CNY>{100}, {1, 1, 1});
  std::cout << "100 yuan in three: " << parts[0] << ", " << parts[1] << ", " << parts[2] << '\n';

  // A unit value: yuan per kilogram, applicable to kilograms only (a GACC row: 639,240,426 yuan
  // for 159,525,200 kg of soybeans). In fen, so that the price per kilogram keeps two decimals.
  const auto value = parse_count<money<CNY>>("639,240,426");
  const auto price = rescale<minor_unit>(value) / kilograms_of(159'525'200);
  std::cout << "per kg: " << to_string(price.per_one(rounding::half_up))
            << "; 1000 kg: " << to_string(value_of(price, kilograms_of(1000), rounding::half_up)) << '\n';

  // money<CNY>{1} + money<USD>{1};  // does not compile: convert with an exchange_rate first
}
