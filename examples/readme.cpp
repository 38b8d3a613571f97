#include <tradestat/tradestat.hpp>

#include <iostream>

int main() {
  // Every name tradestat offers lives in namespace tradestat; one include brings them all.
  static_assert(tradestat::version.major == TRADESTAT_VERSION_MAJOR);
  std::cout << "built with tradestat " << tradestat::version_string << '\n';
}
