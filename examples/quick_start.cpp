// tradestat's first example: amounts of money carry their currency and their scale in their type,
// and every step that could lose a digit says how it rounds.
#include <tradestat/tradestat.hpp>

#include <iostream>

using namespace tradestat;

int main() {
  // Xinjiang's trade in January–October 2024, as published in 亿元 to one decimal: held exactly in 万元.
  const money<CNY, wan> exports{30'829'000};  // 3082.9亿元
  const money<CNY, wan> imports{5'450'000};   // 545.0亿元
  const money<CNY, wan> total = exports + imports;
  std::cout << "total: " << total.count() << " wan yuan\n";

  // To a coarser scale only with a rounding policy.
  const money<CNY, yi> total_yi = rescale<yi>(total, rounding::half_up);
  std::cout << "total: " << total_yi.count() << " yi yuan (rounded half up)\n";

  // Mixed scales add exactly at the finer one.
  const auto with_a_bonus = total_yi + money<CNY, wan>{1};
  std::cout << "plus 1 wan yuan: " << with_a_bonus.count() << " wan yuan\n";

  // A ratio of two amounts in one currency stays exact until it is rounded for print.
  const quotient export_share = exports / total;
  std::cout << "exports' share: " << export_share.numerator() << "/" << export_share.denominator()
            << ", " << export_share.scaled(3, rounding::half_up) << " per mille\n";

  // exports + money<USD>{1};   // does not compile: convert with an exchange_rate first
  // exports * imports;          // does not compile: money times money has no meaning
}
