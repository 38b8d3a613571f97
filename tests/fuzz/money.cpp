// libFuzzer target: the money parser (units/money_io.hpp) on arbitrary text. It either reads an
// amount or throws parse_error; an amount it reads prints as text that it reads back unchanged.
#include <tradestat/units/catalogue/iso4217.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/scale.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

template <class M>
void round_trip(std::string_view text) {
  M m;
  try {
    m = tradestat::parse<M>(text);
  } catch (const tradestat::parse_error&) {
    return;
  }
  const std::string printed = tradestat::to_string(m);
  if (!(tradestat::parse<M>(printed) == m)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  round_trip<tradestat::money<tradestat::CNY>>(text);
  round_trip<tradestat::money<tradestat::USD>>(text);
  round_trip<tradestat::money<tradestat::CNY, tradestat::wan>>(text);
  try {
    (void)tradestat::parse_count<tradestat::money<tradestat::CNY, tradestat::wan>>(text);
  } catch (const tradestat::parse_error&) {
  }
  return 0;
}
