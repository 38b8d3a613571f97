#include <tradestat/codes/province.hpp>

#include <iterator>
#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;
using tradestat::test::contains;

TEST_CASE("province: 65 is Xinjiang, with its Chinese name and ISO 3166-2 code") {
  const province xj = province::from_gb2260(65);
  CHECK(xj.name_zh() == "新疆维吾尔自治区");
  CHECK(xj.iso_3166_2() == "CN-XJ");
  CHECK(xj.name_romanised() == "Xinjiang Uygur Zizhiqu");
  CHECK(xj.kind() == "Autonomous region");
  CHECK(province::parse("65") == xj);
  CHECK(province::from_name_zh("新疆维吾尔自治区") == xj);
}

TEST_CASE("province: the table has the 34 provincial divisions and each code leads back to itself") {
  CHECK(std::size(detail::province_rows) == 34);
  for (const auto& r : detail::province_rows) {
    CHECK(province::from_gb2260(r.code).gb2260() == r.code);
    CHECK(province::from_name_zh(r.name_zh).gb2260() == r.code);
  }
  CHECK(province::from_gb2260(11).iso_3166_2() == "CN-BJ");
  CHECK(province::from_gb2260(44).name_zh() == "广东省");
}

TEST_CASE("province: codes not in the table and malformed codes are rejected") {
  CHECK_THROWS_WITH(province::from_gb2260(66), contains("GB/T 2260 province code 66 is not in the table"));
  CHECK_THROWS_AS(province::from_gb2260(650000), std::out_of_range);
  CHECK_THROWS_WITH(province::parse("6"), contains("is not two digits"));
  CHECK_THROWS_AS(province::parse("6a"), std::invalid_argument);
  CHECK_THROWS_AS(province::from_name_zh("新疆"), std::out_of_range);
}

TEST_CASE("province: Xinjiang's prefecture-level divisions belong to Xinjiang") {
  CHECK(std::size(detail::xinjiang_prefecture_rows) == 15);
  for (const auto& r : detail::xinjiang_prefecture_rows)
    CHECK(prefecture::from_gb2260(r.code).province_of() == province::from_gb2260(65));
  CHECK(prefecture::from_gb2260(650100).name_zh() == "乌鲁木齐市");
  CHECK(prefecture::from_gb2260(653100).level() == "prefecture");
  CHECK_THROWS_WITH(prefecture::from_gb2260(440100), contains("only Xinjiang's prefectures are shipped"));
}
