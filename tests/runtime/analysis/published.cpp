#include <tradestat/analysis/published.hpp>

#include <stdexcept>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::billions;

TEST_CASE("published: a printed amount stands for every value that rounds to it") {
  const auto total = printed<CNY, billion>("520.4");
  CHECK(total.range() == interval::closed(billions(52035, 100), billions(52045, 100)));
  CHECK(printed(money<CNY, yi>{5204}).range() == total.range());
  CHECK(printed<CNY, yi>("5,203.7").range() ==
        interval::closed(quotient(520'365'000'000), quotient(520'375'000'000)));
  CHECK(printed<USD, billion>("-1").range() == interval::closed(billions(-3, 2), billions(-1, 2)));
}

TEST_CASE("published: a printed percentage takes its precision from the digits shown") {
  CHECK(printed_percent<growth>("19.9").range() ==
        interval::closed(quotient(1985, 10000), quotient(1995, 10000)));
  CHECK(printed_percent<growth>("-8.9").range() ==
        interval::closed(quotient(-895, 10000), quotient(-885, 10000)));
  CHECK(printed_percent<growth>("25").range() == interval::closed(quotient(245, 1000), quotient(255, 1000)));
  CHECK(printed_percent<share>("92.75").range() ==
        interval::closed(quotient(92745, 100000), quotient(92755, 100000)));
}

TEST_CASE("published: text that is not a printed number is refused with the text quoted") {
  CHECK_THROWS_WITH(printed_percent<share>("12,9%"), test::contains("cannot read \"12,9%\" as a printed figure: at offset 4"));
  CHECK_THROWS_AS((printed<CNY, billion>("")), tradestat::parse_error);
  CHECK_THROWS_AS((printed<CNY, billion>("1.2.3")), tradestat::parse_error);
  CHECK_THROWS_AS((printed<CNY, billion>("-")), tradestat::parse_error);
  CHECK_THROWS_WITH(printed_percent<share>("0.0000000000000000001"), test::contains("more than 18 decimals"));
}

TEST_CASE("published: bounds are unbounded on one side") {
  const auto plan = over(money<CNY, scale<10>>{171});  // over 1.71 trillion (万亿) yuan
  CHECK(plan.range() == interval::at_least(quotient(1'710'000'000'000)));
  CHECK(over(share{quotient(1, 2)}).range() == interval::at_least(quotient(1, 2)));
  CHECK(under(share{quotient(1, 10)}).range() == interval::at_most(quotient(1, 10)));
  CHECK(exactly(money<CNY, wan>{3}).range() == interval::point(quotient(30000)));
}

TEST_CASE("published: the implied prior of 520.4 billion yuan and 19.9 % is [433.8, 434.3] billion yuan") {
  const auto prior = implied_prior(printed<CNY, billion>("520.4"), printed_percent<growth>("19.9"));
  // 520.35 / 1.1995 and 520.45 / 1.1985, by hand.
  CHECK(prior.range() == interval::closed(billions(1'040'700, 2399), billions(1'040'900, 2397)));
  const published<money<CNY, yi>> in_tenths = prior;  // 0.1 billion = 1亿
  const auto outward = rounded_outward(in_tenths);
  CHECK(outward.lower == money<CNY, yi>{4338});
  CHECK(outward.upper == money<CNY, yi>{4343});
}

TEST_CASE("published: sums, differences, shares and growth of printed figures are intervals") {
  const auto ex = printed<CNY, billion>("460.7");
  const auto im = printed<CNY, billion>("59.6");
  CHECK((ex - im).range() == interval::closed(billions(401, 1), billions(4012, 10)));  // the balance, 401.1
  CHECK((ex + im).range() == interval::closed(billions(5202, 10), billions(5204, 10)));
  CHECK(share_of(printed(money<CNY>{1}), printed(money<CNY>{4})).range() ==
        interval::closed(quotient(1, 9), quotient(3, 7)));
  CHECK(published<growth>(printed(money<CNY>{100}), printed(money<CNY>{125})).range() ==
        interval::closed(quotient(1245, 1005) - quotient(1), quotient(1255, 995) - quotient(1)));
  const auto gap = printed_percent<growth>("19.9") - printed_percent<growth>("3.8");
  CHECK(gap.range() == interval::closed(quotient(16, 100), quotient(162, 1000)));
  CHECK(apply(printed_percent<growth>("25"), exactly(money<CNY>{100})).range() ==
        interval::closed(quotient(249, 2), quotient(251, 2)));
}

TEST_CASE("published: one figure published twice is known within both ranges") {
  const published<money<CNY, scale<7>>> zh = printed<CNY, yi>("673.7");
  const auto both_ranges = intersect(zh, printed<CNY, billion>("67.4"));
  CHECK(both_ranges.range() == zh.range());
  CHECK_THROWS_AS(intersect(printed_percent<share>("12.9"), printed_percent<share>("13.1")),
                  tradestat::error);
}

TEST_CASE("published: a figure printed in two currencies implies a range of exchange rates") {
  const interval rate = implied_rate(printed<CNY, billion>("520.4"), printed<USD, billion>("74.7"));
  CHECK(rate == interval::closed(quotient(10407, 1495), quotient(10409, 1493)));  // about 6.961 to 6.972
  CHECK_FALSE(rate.contains(quotient(716, 100)));
}
