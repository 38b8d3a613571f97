#include <tradestat/codes/trade_mode.hpp>
#include <string_view>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
using tradestat::test::offset_thrown;
}  // namespace
using tradestat::test::contains;

TEST_CASE("trade_mode: processing trade is codes 14 and 15 and nothing else") {
  CHECK(trade_mode{14}.is_processing_trade());
  CHECK(trade_mode{15}.is_processing_trade());
  for (int code : {10, 11, 12, 19, 20, 22, 23, 25, 33, 34, 35, 39, 16, 99})
    CHECK(!trade_mode{code}.is_processing_trade());
}

TEST_CASE("trade_mode: known codes have English and Chinese names") {
  CHECK(to_string(trade_mode{10}, {.lang = language::zh}) == "一般贸易");
  CHECK(to_string(trade_mode{10}) == "general trade");
  CHECK(to_string(trade_mode{19}, {.lang = language::zh}) == "边境小额贸易");
  CHECK(to_string(trade_mode{19}) == "border small-volume trade");
  CHECK(to_string(trade_mode{14}, {.lang = language::zh}) == "来料加工装配贸易");
  CHECK(to_string(trade_mode{15}, {.lang = language::zh}) == "进料加工贸易");
  CHECK(!trade_mode{15}.name_zh_is_unsure());
  CHECK(trade_mode{23}.name_zh_is_unsure());
  CHECK(parse<trade_mode>("进料加工贸易") == trade_mode{15});
  CHECK(parse<trade_mode>("general trade") == trade_mode{10});
}

TEST_CASE("trade_mode: the list is open: a new code keeps its code and has no name") {
  const trade_mode m{16};
  CHECK(m.code() == 16);
  CHECK(!m.is_known());
  CHECK(to_string(m, {.lang = language::zh}) == "16");  // the code stands for the unknown name
  CHECK(parse<trade_mode>(to_string(m)) == m);
  CHECK(trade_mode{39}.is_known());
}

TEST_CASE("trade_mode: codes that are not two digits are rejected") {
  CHECK_THROWS_WITH(trade_mode{9}, contains("trade mode code 9 is not two digits"));
  CHECK(kind_thrown([] { (void)trade_mode{100}; }) == error_kind::invalid_argument);
  CHECK(parse<trade_mode>("14") == trade_mode{14});
  CHECK_THROWS_WITH(parse<trade_mode>("0110"), contains("at offset 2, expected a two-digit code"));
  CHECK(offset_thrown([] { (void)parse<trade_mode>("1a"); }) == 1);
  CHECK_THROWS_AS(parse<trade_mode>("09"), parse_error);
  CHECK_THROWS_WITH(parse<trade_mode>("易货贸易"), contains("as a trade mode: at offset 0, expected one of"));
  for (int code : {10, 14, 15, 19, 39})
    for (const text_format f : {text_format{}, text_format{.lang = language::zh}})
      CHECK(parse<trade_mode>(to_string(trade_mode{code}, f)) == trade_mode{code});
}
