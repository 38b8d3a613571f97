#include <tradestat/calendar/plan.hpp>


#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;

namespace {
using tradestat::test::kind_thrown;
}  // namespace

TEST_CASE("plan: the 14th five-year plan is 2021-2025 and the 13th is 2016-2020") {
  CHECK(plan{14}.years() == span{year{2021}, year{2025}});
  CHECK(plan{13}.years() == span{year{2016}, year{2020}});
  CHECK(plan{14}.previous() == plan{13});
  CHECK(previous(plan{14}) == plan{13});
  CHECK(next(plan{13}) == plan{14});
  CHECK(plan{15}.years() == span{year{2026}, year{2030}});
}

TEST_CASE("plan: the early plans follow the history, with 1963-1965 outside any plan") {
  CHECK(plan{1}.years() == span{year{1953}, year{1957}});
  CHECK(plan{2}.years() == span{year{1958}, year{1962}});
  CHECK(plan{3}.years() == span{year{1966}, year{1970}});
  CHECK(plan{10}.years() == span{year{2001}, year{2005}});
  CHECK(plan_of(year{1964}) == std::nullopt);
  CHECK(plan_of(year{1962}) == plan{2});
  CHECK(plan_of(year{1966}) == plan{3});
  CHECK(plan_of(year{2020}) == plan{13});
  CHECK(plan_of(year{2021}) == plan{14});
  CHECK(plan_of(year{2031}) == std::nullopt);
}

TEST_CASE("plan: plans outside the 1st to the 15th are refused") {
  CHECK_THROWS_WITH(plan{16},
                    "five-year plan 16 is not represented: plans 1 (1953-1957) to 15 (2026-2030) are");
  CHECK(kind_thrown([] { (void)plan{1}.previous(); }) == error_kind::invalid_argument);
  CHECK(kind_thrown([] { (void)plan{0}; }) == error_kind::invalid_argument);
}

TEST_CASE("plan: a plan covers its sixty months and contains its years") {
  CHECK(plan{14}.first_month() == month{2021, 1});
  CHECK(plan{14}.last_month() == month{2025, 12});
  CHECK(contains(plan{14}, year{2023}));
  CHECK_FALSE(contains(plan{14}, year{2020}));
  CHECK(plan{13} < plan{14});
}
