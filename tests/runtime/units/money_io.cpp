#include <tradestat/units/catalogue/iso4217.hpp>
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
  CHECK(to_string(total_2025, en_billion_name, rounding::half_up) == "520.4 billion yuan");
  CHECK(to_string(money<USD, yi>{747}, en_billion_code) == "USD 74.7 billion");
  CHECK(to_string(money<USD, yi>{747}, {language::en, currency_style::symbol, 9, 1}) == "$74.7 billion");
  CHECK(to_string(total_2025, {language::en, currency_style::symbol, 9, 1}, rounding::half_up) ==
        "¥520.4 billion");
  CHECK(to_string(money<CNY, yi>{17100}, {language::en, currency_style::name, 12, 2}) == "1.71 trillion yuan");
}

TEST_CASE("money_io: Chinese bulletin figures print in 亿元 and 万亿元") {
  CHECK(to_string(total_2025, zh_yi) == "5203.7亿元");
  CHECK(to_string(money<CNY, wan>{36'279'000}, zh_yi) == "3627.9亿元");
  CHECK(to_string(money<CNY, scale<10>>{171}, {language::zh, currency_style::name, 12, 2}) == "1.71万亿元");
  CHECK(to_string(money<USD, yi>{747}, {language::zh, currency_style::name, 8, -1}) == "747亿美元");
  CHECK(to_string(total_2025, {language::zh, currency_style::symbol, 8, 1}) == "¥5203.7亿");
}

TEST_CASE("money_io: whole amounts get thousands separators in English") {
  CHECK(to_string(money<CNY>{16'536'067'327}) == "CNY 16,536,067,327");
  CHECK(to_string(money<CNY>{999}) == "CNY 999");
  CHECK(to_string(money<CNY>{-1'000}) == "CNY -1,000");
  CHECK(to_string(money<CNY>{16'536'067'327}, {language::zh, currency_style::name, 0, -1}) == "16536067327元");
  CHECK(to_string(money<CNY>{1'234'567}, {language::en, currency_style::name, 0, -1, false}) == "1234567 yuan");
}

TEST_CASE("money_io: the default format shows every digit and no more") {
  CHECK(to_string(money<USD, minor_unit>{12'345}) == "USD 123.45");
  CHECK(to_string(money<USD, minor_unit>{12'300}) == "USD 123");
  CHECK(to_string(money<USD, minor_unit>{5}) == "USD 0.05");
  CHECK(to_string(money<USD, minor_unit>{-5}) == "USD -0.05");
  CHECK(to_string(money<CNY, yi>{3}) == "CNY 300,000,000");
  CHECK(to_string(money<CNY>{520'370'000'000}, {language::en, currency_style::name, 9, -1}) ==
        "520.37 billion yuan");
}

TEST_CASE("money_io: printing fewer digits than the amount has rounds half up unless a policy is given") {
  CHECK(to_string(total_2025, en_billion_name) == "520.4 billion yuan");  // 520.37 -> 520.4
  CHECK(to_string(money<CNY, scale<7>>{5205}, {language::en, currency_style::name, 9, 0}) == "52 billion yuan");
  CHECK(to_string(money<CNY, scale<7>>{-52035}, {language::zh, currency_style::name, 8, 0}) == "-5204亿元");
  // The case that used to compile and then throw: 5203.7亿元 in 万元 to one decimal.
  CHECK(to_string(money<CNY, wan>{52'037'000}, {language::zh, currency_style::name, 4, 1}) == "52037000.0万元");
  CHECK(to_string(money<CNY, scale<7>>{52035}, {language::zh, currency_style::name, 8, 0}, rounding::half_even) ==
        "5204亿元");
  CHECK(to_string(money<CNY, scale<7>>{52045}, {language::zh, currency_style::name, 8, 0}, rounding::half_even) ==
        "5204亿元");
  CHECK_THROWS_AS(to_string(total_2025, en_billion_name, rounding::exact), inexact_error);
  CHECK(to_string(total_2025, en_billion_name, rounding::toward_zero) == "520.3 billion yuan");
  CHECK(to_string(money<CNY, scale<7>>{-52037}, en_billion_name, rounding::half_up) == "-520.4 billion yuan");
  CHECK(to_string(money<CNY, scale<7>>{-52037}, {language::en, currency_style::symbol, 9, 1},
               rounding::half_up) == "-¥520.4 billion");
}

TEST_CASE("money_io: currencies without words print their code") {
  CHECK(to_string(money<iso4217::UZS, million>{15}, {language::en, currency_style::name, 6, -1}) == "UZS 15 million");
  CHECK(to_string(money<iso4217::UZS, million>{15}, {language::zh, currency_style::name, 4, -1}) == "UZS 1500万");
}

TEST_CASE("money_io: an unknown scale word is refused") {
  CHECK_THROWS_AS(to_string(money<CNY>{1}, {language::en, currency_style::code, 8, -1}), tradestat::error);
  CHECK_THROWS_AS(to_string(money<CNY>{1}, {language::zh, currency_style::code, 9, -1}), tradestat::error);
}

TEST_CASE("money_io: to_string takes the common text_format: language and precision") {
  CHECK(to_string(money<CNY>{16'536'067'327}, text_format{language::zh}) == "CNY 16536067327");
  CHECK(to_string(money<CNY>{5}, text_format{language::en, 2}) == "CNY 5.00");
  CHECK(to_string(money<USD, minor_unit>{12'345}, {language::en, 1}) == "USD 123.5");
}

TEST_CASE("money_io: a parse error names the offset where reading stopped") {
  try {
    (void)parse<money<CNY>>("12 apples");
    FAIL("no error");
  } catch (const parse_error& e) {
    CHECK(e.offset() == 3);
    CHECK(e.kind() == error_kind::parse);
    CHECK(e.text() == "12 apples");
  }
}

TEST_CASE("money_io: the stream operator writes the exact default form") {
  std::ostringstream os;
  os << money<USD, minor_unit>{12'345} << " | " << money<CNY, wan>{3};
  CHECK(os.str() == "USD 123.45 | CNY 30,000");
}

TEST_CASE("money_io: parsing reads English and Chinese amounts exactly") {
  CHECK(parse<money<CNY>>("5203.7亿元") == money<CNY>{520'370'000'000});
  CHECK(parse<money<CNY, scale<7>>>("5203.7亿元") == total_2025);
  CHECK(parse<money<CNY>>("3627.9亿元") == money<CNY, wan>{36'279'000});
  CHECK(parse<money<CNY>>("520.4 billion yuan") == money<CNY>{520'400'000'000});
  CHECK(parse<money<USD, yi>>("USD 74.7 billion") == money<USD, yi>{747});
  CHECK(parse<money<USD, yi>>("$74.7 billion") == money<USD, yi>{747});
  CHECK(parse<money<USD, yi>>("74.7 billion US dollars") == money<USD, yi>{747});
  CHECK(parse<money<USD, yi>>("747亿美元") == money<USD, yi>{747});
  CHECK(parse<money<CNY>>("¥16,536,067,327") == money<CNY>{16'536'067'327});
  CHECK(parse<money<CNY>>("1.71万亿元") == money<CNY>{1'710'000'000'000});
  CHECK(parse<money<CNY>>("16,536,067,327") == money<CNY>{16'536'067'327});
  CHECK(parse<money<CNY>>("  -1,000 CNY ") == money<CNY>{-1'000});
  CHECK(parse<money<CNY>>("-¥5") == money<CNY>{-5});
  CHECK(parse<money<USD, minor_unit>>("USD 123.45") == money<USD, minor_unit>{12'345});
  CHECK(parse<money<CNY>>("520.4 Billion Yuan") == money<CNY>{520'400'000'000});
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
  CHECK_THROWS_WITH(parse<cny_yi>("5203.7亿元"), tradestat::test::contains("finer than one count"));
  CHECK_THROWS_WITH(parse<money<CNY>>("USD 74.7 billion"),
                    tradestat::test::contains("in USD, not CNY"));
  CHECK_THROWS_WITH(parse<money<CNY>>("16,53,067"), tradestat::test::contains("groups of three"));
  CHECK_THROWS_WITH(parse<money<CNY>>("1,0000"), tradestat::test::contains("groups of three"));
  CHECK_THROWS_WITH(parse<money<CNY>>("12 apples"), tradestat::test::contains("unexpected 'apples'"));
  CHECK_THROWS_WITH(parse<money<CNY>>("亿元"), tradestat::test::contains("no number"));
  // Three capitals are read as a currency code without the ISO 4217 table: one that is not
  // the target's is refused, naming both.
  CHECK_THROWS_WITH(parse<money<CNY>>("ABC 5"), tradestat::test::contains("in ABC, not CNY"));
  CHECK_THROWS_WITH(parse<money<CNY>>("5 UZS"), tradestat::test::contains("in UZS, not CNY"));
  CHECK_THROWS_WITH(parse<money<CNY>>("$5 元"), tradestat::test::contains("two currencies"));
  CHECK_THROWS_AS(parse<money<CNY>>(""), parse_error);
  CHECK_THROWS_AS(parse<money<CNY>>("5."), parse_error);
  CHECK_THROWS_AS(parse<money<CNY>>("1.2.3"), parse_error);
  CHECK_THROWS_AS(parse<money<CNY>>("10,000,000,000,000,000,000"), parse_error);
  CHECK_THROWS_AS(parse<money<CNY>>("9,223,372,036,854,775,808"), parse_error);
  CHECK(parse<money<CNY>>("9,223,372,036,854,775,807").count() ==
        std::numeric_limits<std::int64_t>::max());
  CHECK(parse<money<CNY>>("-9,223,372,036,854,775,808").count() ==
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
      const std::string text = to_string(m, f);
      INFO(text);
      CHECK(parse<money<CNY, minor_unit>>(text) == m);
    }
  }
}
