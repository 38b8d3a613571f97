// Built against the installed package: the umbrella header, the target's C++20 requirement and its
// dependencies all have to arrive through find_package(tradestat).
#include <tradestat/tradestat.hpp>

#include <iostream>
#include <string_view>

int main() {
  static_assert(__cplusplus >= 202002L, "tradestat::tradestat carries cxx_std_20 to its users");
  if (std::string_view{tradestat::version_string}.empty()) {
    std::cerr << "tradestat consumer: no version\n";
    return 1;
  }
  std::cout << "tradestat consumer: ok (tradestat " << tradestat::version_string << ")\n";
  return 0;
}
