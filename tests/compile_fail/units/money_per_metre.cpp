// expect: money.divides.only.by.trade.quantities
#include <tradestat/units/boost_units.hpp>

#include <boost/units/systems/si/length.hpp>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = money<CNY>{100} / boost::units::quantity<boost::units::si::length, std::int64_t>::from_value(8);
#else
  auto x = money<CNY>{100} / kilograms_of(8);
#endif
  (void)x;
}
