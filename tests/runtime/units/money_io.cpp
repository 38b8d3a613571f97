#include <tradestat/units/money_io.hpp>

#include <cstdint>
#include <limits>
#include <sstream>
#include <string>

#include "catch.hpp"

using namespace tradestat;

namespace {
// 5203.7亿元, Xinjiang's 2025 total, held in units of 10^7 yuan (one digit below 亿).
const money<CNY, scale<7>> total_2025{52037};
const money_format en_billion_name{language::en, currency_style::name, 9, 1};
const money_format en_billion_code{language::en, currency_style::code, 9, 1};
const money_format zh_yi{language::zh, currency_style::name, 8, 1};
using cny_wan = money<CNY, wan>;
using cny_yi = money<CNY, yi>;
}  // namespace

TEST_CASE("money_io: English bulletin figures print as the releases print them") {
  CHECK(format(total_2025, en_billion_name, rounding::half_up) == "520.4 billion yuan");
  CHECK(format(money<USD, yi>{747}, en_billion_code) == "USD 74.7 billion");
  CHECK(format(money<USD, yi>{747}, {language::en, currency_style::symbol, 9, 1}) == "$74.7 billion");
  CHECK(format(total_2025, {language::en, currency_style::symbol, 9, 1}, rounding::half_up) ==
        "¥520.4 billion");
  CHECK(format(money<CNY, yi>{17100}, {language::en, currency_style::name, 12, 2}) == "1.71 trillion yuan");
}

TEST_CASE("money_io: Chinese bulletin figures print in 亿元 and 万亿元") {
  CHECK(format(total_2025, zh_yi) == "5203.7亿元");
  CHECK(format(money<CNY, wan>{36'279'000}, zh_yi) == "3627.9亿元");
  CHECK(format(money<CNY, scale<10>>{171}, {language::zh, currency_style::name, 12, 2}) == "1.71万亿元");
  CHECK(format(money<USD, yi>{747}, {language::zh, currency_style::name, 8, -1}) == "747亿美元");
  CHECK(format(total_2025, {language::zh, currency_style::symbol, 8, 1}) == "¥5203.7亿");
}

TEST_CASE("money_io: whole amounts get thousands separators in English") {
  CHECK(format(money<CNY>{16'536'067'327}) == "CNY 16,536,067,327");
  CHECK(format(money<CNY>{999}) == "CNY 999");
  CHECK(format(money<CNY>{-1'000}) == "CNY -1,000");
  CHECK(format(money<CNY>{16'536'067'327}, {language::zh, currency_style::name, 0, -1}) == "16536067327元");
  CHECK(format(money<CNY>{1'234'567}, {language::en, currency_style::name, 0, -1, false}) == "1234567 yuan");
}

TEST_CASE("money_io: the default format shows every digit and no more") {
  CHECK(format(money<USD, minor_unit>{12'345}) == "USD 123.45");
  CHECK(format(money<USD, minor_unit>{12'300}) == "USD 123");
  CHECK(format(money<USD, minor_unit>{5}) == "USD 0.05");
  CHECK(format(money<USD, minor_unit>{-5}) == "USD -0.05");
  CHECK(format(money<CNY, yi>{3}) == "CNY 300,000,000");
  CHECK(format(money<CNY>{520'370'000'000}, {language::en, currency_style::name, 9, -1}) ==
        "520.37 billion yuan");
}

TEST_CASE("money_io: printing fewer digits than the amount has needs a rounding policy") {
  CHECK_THROWS_AS(format(total_2025, en_billion_name), inexact_error);
  CHECK(format(total_2025, en_billion_name, rounding::toward_zero) == "520.3 billion yuan");
  CHECK(format(money<CNY, scale<7>>{-52037}, en_billion_name, rounding::half_up) == "-520.4 billion yuan");
  CHECK(format(money<CNY, scale<7>>{-52037}, {language::en, currency_style::symbol, 9, 1},
               rounding::half_up) == "-¥520.4 billion");
}

TEST_CASE("money_io: currencies without words print their code") {
  CHECK(format(money<iso4217::UZS, million>{15}, {language::en, currency_style::name, 6, -1}) == "UZS 15 million");
  CHECK(format(money<iso4217::UZS, million>{15}, {language::zh, currency_style::name, 4, -1}) == "UZS 1500万");
}

TEST_CASE("money_io: an unknown scale word is refused") {
  CHECK_THROWS_AS(format(money<CNY>{1}, {language::en, currency_style::code, 8, -1}), std::invalid_argument);
  CHECK_THROWS_AS(format(money<CNY>{1}, {language::zh, currency_style::code, 9, -1}), std::invalid_argument);
}

TEST_CASE("money_io: the stream operator writes the exact default form") {
  std::ostringstream os;
  os << money<USD, minor_unit>{12'345} << " | " << money<CNY, wan>{3};
  CHECK(os.str() == "USD 123.45 | CNY 30,000");
}

TEST_CASE("money_io: parsing reads English and Chinese amounts exactly") {
  CHECK(parse_money<money<CNY>>("5203.7亿元") == money<CNY>{520'370'000'000});
  CHECK(parse_money<money<CNY, scale<7>>>("5203.7亿元") == total_2025);
  CHECK(parse_money<money<CNY>>("3627.9亿元") == money<CNY, wan>{36'279'000});
  CHECK(parse_money<money<CNY>>("520.4 billion yuan") == money<CNY>{520'400'000'000});
  CHECK(parse_money<money<USD, yi>>("USD 74.7 billion") == money<USD, yi>{747});
  CHECK(parse_money<money<USD, yi>>("$74.7 billion") == money<USD, yi>{747});
  CHECK(parse_money<money<USD, yi>>("74.7 billion US dollars") == money<USD, yi>{747});
  CHECK(parse_money<money<USD, yi>>("747亿美元") == money<USD, yi>{747});
  CHECK(parse_money<money<CNY>>("¥16,536,067,327") == money<CNY>{16'536'067'327});
  CHECK(parse_money<money<CNY>>("1.71万亿元") == money<CNY>{1'710'000'000'000});
  CHECK(parse_money<money<CNY>>("16,536,067,327") == money<CNY>{16'536'067'327});
  CHECK(parse_money<money<CNY>>("  -1,000 CNY ") == money<CNY>{-1'000});
  CHECK(parse_money<money<CNY>>("-¥5") == money<CNY>{-5});
  CHECK(parse_money<money<USD, minor_unit>>("USD 123.45") == money<USD, minor_unit>{12'345});
  CHECK(parse_money<money<CNY>>("520.4 Billion Yuan") == money<CNY>{520'400'000'000});
}

TEST_CASE("money_io: a bare count in a column of known unit reads as counts of the scale") {
  CHECK(parse_count<money<CNY>>("16,536,067,327") == money<CNY>{16'536'067'327});
  CHECK(parse_count<money<CNY, wan>>("30,829,000").count() == 30'829'000);
  CHECK(parse_count<money<CNY, wan>>("3082.0").count() == 3082);
  CHECK_THROWS_AS(parse_count<cny_wan>("3082.9"), parse_error);
  CHECK_THROWS_AS(parse_count<cny_wan>("3082.9亿"), parse_error);
  CHECK_THROWS_AS(parse_count<money<CNY>>("CNY 5"), parse_error);
}

TEST_CASE("money_io: text that is not an exact amount of the type is a clear error") {
  CHECK_THROWS_WITH(parse_money<cny_yi>("5203.7亿元"), tradestat::test::contains("finer than one count"));
  CHECK_THROWS_WITH(parse_money<money<CNY>>("USD 74.7 billion"),
                    tradestat::test::contains("in USD, not CNY"));
  CHECK_THROWS_WITH(parse_money<money<CNY>>("16,53,067"), tradestat::test::contains("groups of three"));
  CHECK_THROWS_WITH(parse_money<money<CNY>>("1,0000"), tradestat::test::contains("groups of three"));
  CHECK_THROWS_WITH(parse_money<money<CNY>>("12 apples"), tradestat::test::contains("unexpected 'apples'"));
  CHECK_THROWS_WITH(parse_money<money<CNY>>("亿元"), tradestat::test::contains("no number"));
  CHECK_THROWS_WITH(parse_money<money<CNY>>("ABC 5"),
                    tradestat::test::contains("not an ISO 4217 currency code"));
  CHECK_THROWS_WITH(parse_money<money<CNY>>("$5 元"), tradestat::test::contains("two currencies"));
  CHECK_THROWS_AS(parse_money<money<CNY>>(""), parse_error);
  CHECK_THROWS_AS(parse_money<money<CNY>>("5."), parse_error);
  CHECK_THROWS_AS(parse_money<money<CNY>>("1.2.3"), parse_error);
  CHECK_THROWS_AS(parse_money<money<CNY>>("10,000,000,000,000,000,000"), parse_error);
  CHECK_THROWS_AS(parse_money<money<CNY>>("9,223,372,036,854,775,808"), parse_error);
  CHECK(parse_money<money<CNY>>("9,223,372,036,854,775,807").count() ==
        std::numeric_limits<std::int64_t>::max());
  CHECK(parse_money<money<CNY>>("-9,223,372,036,854,775,808").count() ==
        std::numeric_limits<std::int64_t>::min());
}

TEST_CASE("money_io: formatting then parsing gives back the same amount") {
  const money<CNY, minor_unit> samples[] = {money<CNY, minor_unit>{0},
                                            money<CNY, minor_unit>{1},
                                            money<CNY, minor_unit>{-99},
                                            money<CNY, minor_unit>{52'037'000'000'000},
                                            money<CNY, minor_unit>{std::numeric_limits<std::int64_t>::max()},
                                            money<CNY, minor_unit>{std::numeric_limits<std::int64_t>::min()}};
  const money_format formats[] = {{},
                                  {language::en, currency_style::name, 9, -1},
                                  {language::en, currency_style::symbol, 12, -1},
                                  {language::zh, currency_style::name, 8, -1},
                                  {language::zh, currency_style::symbol, 4, -1},
                                  {language::zh, currency_style::code, 12, -1}};
  for (const auto& m : samples) {
    for (const auto& f : formats) {
      const std::string text = format(m, f);
      INFO(text);
      CHECK(parse_money<money<CNY, minor_unit>>(text) == m);
    }
  }
}
