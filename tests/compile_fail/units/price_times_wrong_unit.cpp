// expect: a.unit.value.applies.to.its.own.quantity.unit
#include <tradestat/units/unit_value.hpp>

int main() {
  using namespace tradestat;
  const auto per_kg = money<CNY>{100} / kilograms_of(8);
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = value_of(per_kg, litres_of(3), rounding::half_up);
#else
  auto x = value_of(per_kg, kilograms_of(3), rounding::half_up);
#endif
  (void)x;
}
