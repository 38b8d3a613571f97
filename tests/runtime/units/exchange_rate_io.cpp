#include <tradestat/units/exchange_rate_io.hpp>

#include <sstream>
#include <string>

#include "catch.hpp"

using namespace tradestat;

namespace {
const exchange_rate<USD, CNY> march("7.1586", month{2025, 3}, rate_kind::customs_monthly);
}  // namespace

TEST_CASE("exchange_rate_io: a rate prints its number, pair, kind and period") {
  CHECK(to_string(march) == "7.1586 CNY per USD (customs monthly rate, 2025-03)");
  CHECK(to_string(march, {language::zh}) == "7.1586 CNY/USD（海关月度折算率，2025-03）");
  CHECK(to_string(march, {language::en, 2}) == "7.16 CNY per USD (customs monthly rate, 2025-03)");
  // 1 / 7.25 = 4/29 has no end: six digits by default.
  const exchange_rate<USD, CNY, year> annual("7.25", year{2025}, rate_kind::spot);
  CHECK(to_string(annual.inverse()) == "0.137931 USD per CNY (spot rate, 2025)");
  const exchange_rate<USD, CNY, date> day("7.1", date{2025, 3, 19}, rate_kind::central_parity);
  CHECK(to_string(day, {language::zh}) == "7.1 CNY/USD（人民币汇率中间价，2025-03-19）");
  std::ostringstream os;
  os << march;
  CHECK(os.str() == "7.1586 CNY per USD (customs monthly rate, 2025-03)");
}

TEST_CASE("exchange_rate_io: parse reads what to_string prints, in both languages") {
  CHECK(parse<exchange_rate<USD, CNY>>(to_string(march)) == march);
  CHECK(parse<exchange_rate<USD, CNY>>(to_string(march, {language::zh})) == march);
  const exchange_rate<USD, CNY, year> annual("7.1217", year{2024}, rate_kind::market_average);
  CHECK(parse<exchange_rate<USD, CNY, year>>(to_string(annual)) == annual);
  const exchange_rate<USD, CNY, date> day("7.1", date{2025, 3, 19}, rate_kind::central_parity);
  CHECK(parse<exchange_rate<USD, CNY, date>>(to_string(day)) == day);
}

TEST_CASE("exchange_rate_io: a malformed rate is a parse_error at the offset where reading stopped") {
  using rate = exchange_rate<USD, CNY>;
  auto offset_of = [](std::string_view text) {
    try {
      (void)parse<rate>(text);
    } catch (const parse_error& e) {
      return e.offset();
    }
    return std::string::npos;
  };
  CHECK(offset_of("7,1586 CNY per USD (customs monthly rate, 2025-03)") == 1);
  CHECK(offset_of("7.1586 EUR per USD (customs monthly rate, 2025-03)") == 7);
  CHECK(offset_of("7.1586 CNY per USD (customs rate, 2025-03)") == 20);
  CHECK(offset_of("7.1586 CNY per USD (customs monthly rate, 2025-13)") == 47);
  CHECK(offset_of("7.1586 CNY per USD (customs monthly rate, 2025-03") == 49);
  CHECK_THROWS_WITH(parse<rate>("0.1397 USD per CNY (spot rate, 2025-03)"),
                    tradestat::test::contains("call inverse()"));
}

TEST_CASE("exchange_rate_io: rate kinds print and parse by name") {
  CHECK(to_string(rate_kind::central_parity) == "central parity");
  CHECK(to_string(rate_kind::spot, {language::zh}) == "即期汇率");
  CHECK(parse<rate_kind>("海关月度折算率") == rate_kind::customs_monthly);
  CHECK(parse<rate_kind>("market average") == rate_kind::market_average);
  CHECK_THROWS_AS(parse<rate_kind>("customs"), parse_error);
}
