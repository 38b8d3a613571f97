#include <tradestat/codes/province.hpp>

#include <iterator>
#include <optional>
#include <string_view>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
using tradestat::test::offset_thrown;
}  // namespace
using tradestat::test::contains;

TEST_CASE("province: 65 is Xinjiang, with its Chinese name and ISO 3166-2 code") {
  const province xj = province::from_gb2260(65);
  CHECK(to_string(xj, {.lang = language::zh}) == "新疆维吾尔自治区");
  CHECK(xj.iso_3166_2() == "CN-XJ");
  CHECK(to_string(xj) == "Xinjiang Uygur Zizhiqu");
  CHECK(parse<province>("Xinjiang Uygur Zizhiqu") == xj);
  CHECK(parse<province>("CN-XJ") == xj);
  CHECK(xj.kind() == "Autonomous region");
  CHECK(parse<province>("65") == xj);
  CHECK(parse<province>("新疆维吾尔自治区") == xj);
}

TEST_CASE("province: the table has the 34 provincial divisions and each code leads back to itself") {
  CHECK(std::size(detail::province_rows) == 34);
  for (const auto& r : detail::province_rows) {
    CHECK(province::from_gb2260(r.code).gb2260() == r.code);
    CHECK(parse<province>(r.name_zh).gb2260() == r.code);
  }
  CHECK(province::from_gb2260(11).iso_3166_2() == "CN-BJ");
  CHECK(to_string(province::from_gb2260(44), {.lang = language::zh}) == "广东省");
}

TEST_CASE("province: find_gb2260 finds every code of the table and no other, without throwing") {
  int found = 0;
  for (int code = -5; code < 120; ++code) {
    const std::optional<province> p = province::find_gb2260(code);
    bool in_table = false;
    for (const auto& r : detail::province_rows) in_table = in_table || r.code == code;
    CHECK(p.has_value() == in_table);
    if (p) {
      CHECK(p->gb2260() == code);
      ++found;
    }
  }
  CHECK(found == 34);
  CHECK(province::find_gb2260(65) == province::from_gb2260(65));
  CHECK(!province::find_gb2260(650000));
  static_assert(province::find_gb2260(65)->iso_3166_2() == "CN-XJ");
  static_assert(!province::find_gb2260(10));
}

TEST_CASE("province: codes not in the table and malformed codes are rejected") {
  CHECK_THROWS_WITH(province::from_gb2260(66), contains("GB/T 2260 province code 66 is not in the table"));
  CHECK(kind_thrown([] { (void)province::from_gb2260(650000); }) == error_kind::unknown_code);
  CHECK(kind_thrown([] { (void)parse<province>("66"); }) == error_kind::unknown_code);
  CHECK_THROWS_WITH(parse<province>("6"), contains("at offset 1, expected two digits"));
  CHECK(offset_thrown([] { (void)parse<province>("6a"); }) == 1);
  CHECK(kind_thrown([] { (void)parse<province>("新疆"); }) == error_kind::parse);
  CHECK(kind_thrown([] { (void)prefecture::from_gb2260(650000); }) == error_kind::unknown_code);
}

TEST_CASE("province: Xinjiang's prefecture-level divisions belong to Xinjiang") {
  CHECK(std::size(detail::xinjiang_prefecture_rows) == 15);
  for (const auto& r : detail::xinjiang_prefecture_rows)
    CHECK(prefecture::from_gb2260(r.code).province_of() == province::from_gb2260(65));
  CHECK(to_string(prefecture::from_gb2260(650100), {.lang = language::zh}) == "乌鲁木齐市");
  CHECK(prefecture::from_gb2260(653100).level() == "prefecture");
  CHECK_THROWS_WITH(prefecture::from_gb2260(440100), contains("only Xinjiang's prefectures are shipped"));
}
