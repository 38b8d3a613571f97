#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>
#include <tradestat/codes/fmt.hpp>

#include <string>

#include <fmt/format.h>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("codes fmt: codes format with their English names by default and Chinese with zh") {
  const country kz = country_from(gacc_code{145});
  CHECK(fmt::format("{}", kz) == "Kazakhstan");
  CHECK(fmt::format("{:zh}", kz) == "哈萨克斯坦");
  CHECK(fmt::format("{:zh}", trade_flow::exports) == "出口");
  CHECK(fmt::format("{}", trade_flow::re_imports) == "re-import");
  CHECK(fmt::format("{:zh}", trade_mode{15}) == "进料加工贸易");
  CHECK(fmt::format("{}", trade_mode{16}) == "16");
  CHECK(fmt::format("{:zh}", enterprise_type::private_enterprise) == "民营企业");
  CHECK(fmt::format("{}", brand_type::no_brand) == "no brand");
  CHECK(fmt::format("{:zh}", province::from_gb2260(65)) == "新疆维吾尔自治区");
  CHECK(fmt::format("{}", customs_district{"9400"}) == "Urumqi Customs District");
  CHECK(fmt::format("{} {}", hs_code{"010121", hs_version::hs2022}, hs_version::hs2022) == "010121 HS 2022");
  CHECK(fmt::format("{} {}", iso_numeric_code{4}, code_scheme::gacc) == "004 GACC");
  CHECK(fmt::format("{:zh}", groups::asean()) == "东盟");
  CHECK(fmt::format("{:zh}", product_groups::walnuts()) == "核桃");
}

TEST_CASE("codes fmt: a spec outside [.N][en|zh] is refused") {
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:de}"), trade_flow::exports), fmt::format_error);
}
