#include <tradestat/tradestat.hpp>

#include <iostream>

using namespace tradestat;

int main() {
  const money<CNY, yi> exports{4607}, imports{596};  // Xinjiang 2025, in 亿元 (10^8 yuan)
  const money<CNY, yi> total = exports + imports;      // exact: 5203亿元
  const quotient share = exports / total;              // exact until rounded for print
  std::cout << total.count() << " yi yuan, exports " << share.scaled(3, rounding::half_up) << " per mille\n";
  // exports + money<USD>{1};  // does not compile: convert with an exchange_rate first
}
