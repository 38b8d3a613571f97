#include <tradestat/codes/trade_flow.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("trade_flow: Comtrade's current and legacy flow codes name the four flows") {
  CHECK(trade_flow_from_comtrade("X") == trade_flow::exports);
  CHECK(trade_flow_from_comtrade("M") == trade_flow::imports);
  CHECK(trade_flow_from_comtrade("RX") == trade_flow::re_exports);
  CHECK(trade_flow_from_comtrade("RM") == trade_flow::re_imports);
  CHECK(trade_flow_from_comtrade("1") == trade_flow::imports);
  CHECK(trade_flow_from_comtrade("2") == trade_flow::exports);
  CHECK(trade_flow_from_comtrade("3") == trade_flow::re_exports);
  CHECK(trade_flow_from_comtrade("4") == trade_flow::re_imports);
  for (auto f : {trade_flow::exports, trade_flow::imports, trade_flow::re_exports, trade_flow::re_imports})
    CHECK(trade_flow_from_comtrade(comtrade_flow_code(f)) == f);
}

TEST_CASE("trade_flow: processing flows and unknown codes are rejected with a reason") {
  CHECK_THROWS_WITH(trade_flow_from_comtrade("MIP"), contains("processing breakdown of M or X"));
  CHECK_THROWS_WITH(trade_flow_from_comtrade("x"), contains("is not a Comtrade flow code"));
  CHECK_THROWS_AS(trade_flow_from_comtrade(""), tradestat::error);
  try {
    (void)trade_flow_from_comtrade("MIP");
    FAIL("no exception");
  } catch (const tradestat::error& e) {
    CHECK(e.kind() == error_kind::unknown_code);
  }
}

TEST_CASE("trade_flow: Chinese and English names lead to the flow") {
  CHECK(parse<trade_flow>("出口") == trade_flow::exports);
  CHECK(parse<trade_flow>("进口") == trade_flow::imports);
  CHECK(parse<trade_flow>("re-export") == trade_flow::re_exports);
  CHECK(to_string(trade_flow::re_imports, {.lang = language::zh}) == "复进口");
  CHECK(to_string(trade_flow::imports) == "import");
  CHECK_THROWS_WITH(parse<trade_flow>("进出口"), contains("cannot read \"进出口\" as a trade flow: at offset 0"));
  CHECK_THROWS_AS(parse<trade_flow>("exports"), parse_error);
  for (auto f : {trade_flow::exports, trade_flow::imports, trade_flow::re_exports, trade_flow::re_imports}) {
    CHECK(parse<trade_flow>(to_string(f)) == f);
    CHECK(parse<trade_flow>(to_string(f, {.lang = language::zh})) == f);
  }
}
