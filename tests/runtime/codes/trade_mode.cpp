#include <tradestat/codes/trade_mode.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("trade_mode: processing trade is codes 14 and 15 and nothing else") {
  CHECK(trade_mode{14}.is_processing_trade());
  CHECK(trade_mode{15}.is_processing_trade());
  for (int code : {10, 11, 12, 19, 20, 22, 23, 25, 33, 34, 35, 39, 16, 99})
    CHECK(!trade_mode{code}.is_processing_trade());
}

TEST_CASE("trade_mode: known codes have English and Chinese names") {
  CHECK(trade_mode{10}.name_zh() == "一般贸易");
  CHECK(trade_mode{10}.name_en() == "general trade");
  CHECK(trade_mode{19}.name_zh() == "边境小额贸易");
  CHECK(trade_mode{19}.name_en() == "border small-volume trade");
  CHECK(trade_mode{14}.name_zh() == "来料加工装配贸易");
  CHECK(trade_mode{15}.name_zh() == "进料加工贸易");
  CHECK(!trade_mode{15}.name_zh_is_unsure());
  CHECK(trade_mode{23}.name_zh_is_unsure());
  CHECK(trade_mode_from_name("进料加工贸易") == trade_mode{15});
  CHECK(trade_mode_from_name("general trade") == trade_mode{10});
}

TEST_CASE("trade_mode: the list is open: a new code keeps its code and has no name") {
  const trade_mode m{16};
  CHECK(m.code() == 16);
  CHECK(!m.is_known());
  CHECK(m.name_zh().empty());
  CHECK(trade_mode{39}.is_known());
}

TEST_CASE("trade_mode: codes that are not two digits are rejected") {
  CHECK_THROWS_WITH(trade_mode{9}, contains("trade mode code 9 is not two digits"));
  CHECK_THROWS_AS(trade_mode{100}, std::invalid_argument);
  CHECK(trade_mode::parse("14") == trade_mode{14});
  CHECK_THROWS_WITH(trade_mode::parse("0110"), contains("is not a two-digit code"));
  CHECK_THROWS_AS(trade_mode::parse("1a"), std::invalid_argument);
  CHECK_THROWS_AS(trade_mode::parse("09"), std::invalid_argument);
  CHECK_THROWS_WITH(trade_mode_from_name("易货贸易"), contains("is not a trade mode name the library knows"));
}
