#include <tradestat/codes/country_group.hpp>
#include <tradestat/calendar/chrono.hpp>

#include <sstream>
#include <stdexcept>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::iso;
using namespace std::chrono;
using tradestat::test::contains;

TEST_CASE("country_group: membership counts from its first day and ends the day before `until`") {
  const country_group g("Test", "测试", {membership{iso("KZ"), 2020y / March / 1, 2021y / March / 1}});
  CHECK(!g.contains(iso("KZ"), 2020y / February / 29));
  CHECK(g.contains(iso("KZ"), 2020y / March / 1));
  CHECK(g.contains(iso("KZ"), 2021y / February / 28));
  CHECK(!g.contains(iso("KZ"), 2021y / March / 1));
  CHECK(!member(g, iso("UZ"), 2020y / June / 1));
}

TEST_CASE("country_group: a country that left and rejoined is a member in both intervals only") {
  const country_group g("Test", "",
                        {membership{iso("KZ"), 2010y / January / 1, 2012y / January / 1},
                         membership{iso("KZ"), 2015y / January / 1}});
  CHECK(g.contains(iso("KZ"), 2011y / June / 1));
  CHECK(!g.contains(iso("KZ"), 2013y / June / 1));
  CHECK(g.contains(iso("KZ"), 2030y / June / 1));
  CHECK(g.members(2030y / June / 1).size() == 1);
}

TEST_CASE("country_group: the comparable basis applies one day's members to every date") {
  const country_group g("Test", "测试", {membership{iso("KZ")}, membership{iso("UZ"), 2025y / October / 26}});
  const country_group basis = g.as_of(2025y / December / 31);
  CHECK(basis.contains(iso("UZ"), 2024y / January / 1));
  CHECK(basis.contains(iso("KZ"), 2024y / January / 1));
  CHECK(to_string(basis) == "Test (membership of 2025-12-31)");
  CHECK(to_string(basis, {.lang = language::zh}) == "测试（2025-12-31口径）");
  const country_group earlier = g.as_of(2025y / January / 1);
  CHECK(!earlier.contains(iso("UZ"), 2026y / January / 1));
}

TEST_CASE("country_group: invalid dates and empty intervals are rejected with the group's name") {
  CHECK_THROWS_WITH(country_group("Bad", "", {membership{iso("KZ"), 2020y / March / 1, 2020y / March / 1}}),
                    contains("group \"Bad\": membership of Kazakhstan ends before it starts"));
  CHECK_THROWS_AS(country_group("Bad", "", {membership{iso("KZ"), 2021y / February / 29}}),
                  tradestat::error);
  CHECK_THROWS_AS(country_group("Bad", "", {membership{country::unrecognised()}}), tradestat::error);
  CHECK_THROWS_AS(country_group("", "", {}), tradestat::error);
  const country_group g("Test", "", {membership{iso("KZ")}});
  CHECK_THROWS_WITH(g.contains(iso("KZ"), 2023y / February / 29), contains("invalid date"));
}

TEST_CASE("country_group: a group read from CSV has the listed members and dates") {
  std::istringstream in("iso_alpha3,from,until\nKAZ,,\nITA,,2024-03-01\r\nJOR,2023-11-29,\n\n");
  const country_group g = read_country_group_csv(in, "My BRI list", "我的名单");
  CHECK(g.contains(iso("KZ"), 2000y / January / 1));
  CHECK(g.contains(iso("IT"), 2024y / February / 29));
  CHECK(!g.contains(iso("IT"), 2024y / March / 1));
  CHECK(!g.contains(iso("JO"), 2023y / November / 28));
  CHECK(g.contains(iso("JO"), 2023y / November / 29));
  CHECK(g.memberships().size() == 3);
}

TEST_CASE("country_group: a bad CSV line is reported with its line number") {
  std::istringstream bad_code("iso_alpha3,from\nKAZ,\nXXX,\n");
  CHECK_THROWS_WITH(read_country_group_csv(bad_code, "G", ""),
                    contains("line 3: \"XXX\" is not an ISO alpha-3 code"));
  std::istringstream bad_date("iso_alpha3,from\nKAZ,2024-13-01\n");
  CHECK_THROWS_WITH(read_country_group_csv(bad_date, "G", ""),
                    contains("line 2: \"2024-13-01\" is not a date YYYY-MM-DD"));
  std::istringstream bad_header("code,from\nKAZ,\n");
  CHECK_THROWS_WITH(read_country_group_csv(bad_header, "G", ""), contains("expected the header"));
  std::istringstream bad_fields("iso_alpha3,from,until\nKAZ,\n");
  CHECK_THROWS_WITH(read_country_group_csv(bad_fields, "G", ""),
                    contains("line 2: expected 3 fields, found 2"));
  std::istringstream empty("");
  CHECK_THROWS_AS(read_country_group_csv(empty, "G", ""), tradestat::error);
}
