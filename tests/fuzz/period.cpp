// libFuzzer target: the period parser (calendar/period_io.hpp) on arbitrary text. It either reads
// a period or throws parse_error; a period it reads prints, in English and in Chinese, as text that
// reads back the same.
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/span.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace {

template <class P>
void round_trip(std::string_view text) {
  P p;
  try {
    p = tradestat::parse<P>(text);
  } catch (const tradestat::parse_error&) {
    return;
  }
  if (!(tradestat::parse<P>(tradestat::to_string(p)) == p)) std::abort();
  if constexpr (std::is_same_v<P, tradestat::any_period>) {
    // In Chinese a January and the first year to date are both 2025年1月: read back as the kind held.
    std::visit(
        [](const auto& v) {
          using K = std::remove_cvref_t<decltype(v)>;
          if (!(tradestat::parse<K>(tradestat::to_string(v, {.lang = tradestat::language::zh})) == v)) std::abort();
        },
        p);
  } else {
    if (!(tradestat::parse<P>(tradestat::to_string(p, {.lang = tradestat::language::zh})) == p)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  round_trip<tradestat::month>(text);
  round_trip<tradestat::quarter>(text);
  round_trip<tradestat::half>(text);
  round_trip<tradestat::year>(text);
  round_trip<tradestat::ytd>(text);
  round_trip<tradestat::span<tradestat::year>>(text);
  round_trip<tradestat::span<tradestat::month>>(text);
  round_trip<tradestat::plan>(text);
  round_trip<tradestat::any_period>(text);
  try {
    (void)tradestat::parse_comtrade_period(text,
                                           text.empty() ? 52 : static_cast<unsigned char>(text[0]) % 13 + 1);
  } catch (const tradestat::parse_error&) {
  }
  return 0;
}
