// expect: rule::a_record_holds_yuan_and_us_dollars_only
// A record holds yuan and US dollars: a value in euros is a conversion, with a dated rate.
#include <tradestat/data/record_access.hpp>

int main() {
  using namespace tradestat;
  const record r{.period = month{2025, 3}};
#ifdef TRADESTAT_COMPILE_FAIL
  auto v = value<EUR>(r);
#else
  auto v = value<USD>(r);
#endif
  (void)v;
}
