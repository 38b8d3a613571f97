#include <tradestat/analysis/comparison_row.hpp>

#include "catch.hpp"

using namespace tradestat;

namespace {
// 0.1亿元 (10 million yuan) counts: Xinjiang's 2025 figures and the 2024 values their growth implies
// (xinjiang-2025.md, calibration table).
using amount = money<CNY, scale<7>>;
}  // namespace

TEST_CASE("comparison_row: Xinjiang's ASEAN row matches the figures worked by hand") {
  const auto r = comparison_row_of(amount{6737}, amount{3397}, amount{52037}, amount{43405});
  // By hand from the formulas (trade-statistics.md):
  CHECK(r.current == amount{6737});
  CHECK(r.prior == amount{3397});
  CHECK(r.change() == amount{3340});
  CHECK(*r.growth == growth{quotient(3340, 3397)});            // 6737/3397 - 1
  CHECK(*r.share == share{quotient(6737, 52037)});             // 6737/52037
  CHECK(*r.prior_share == share{quotient(3397, 43405)});       // 3397/43405
  // 6737/52037 - 3397/43405 = (6737*43405 - 3397*52037) / (52037*43405) = 115649796/2258665985
  CHECK(*r.share_change == percentage_points{quotient(115649796, 2258665985)});
  CHECK(*r.contribution == contribution{quotient(3340, 43405)});        // (6737-3397)/43405
  CHECK(*r.contribution_rate == contribution_rate{quotient(3340, 8632)});  // 3340/(52037-43405)
  // As a bulletin prints them: +98.3 %, 12.9 % (7.8 % a year earlier), +5.1 points, 7.7 points, 38.7 %.
  CHECK(to_string(*r.growth) == "98.3 %");
  CHECK(to_string(*r.share) == "12.9 %");
  CHECK(to_string(*r.prior_share) == "7.8 %");
  CHECK(to_string(*r.share_change) == "5.1 percentage points");
  CHECK(to_string(*r.contribution) == "7.7 percentage points");
  CHECK(to_string(*r.contribution_rate) == "38.7 %");
}

TEST_CASE("comparison_row: the totals row has a share of 100 % and contributes its own growth") {
  const auto t = comparison_row_of(amount{52037}, amount{43405}, amount{52037}, amount{43405});
  CHECK(*t.share == share{quotient(1)});
  CHECK(*t.share_change == percentage_points{});
  CHECK(*t.growth == growth{quotient(8632, 43405)});
  CHECK(*t.contribution == contribution{quotient(8632, 43405)});
  CHECK(*t.contribution_rate == contribution_rate{quotient(1)});
}

TEST_CASE("comparison_row: a zero prior value gives a no-base growth, and the other cells still count") {
  const auto r = comparison_row_of(money<CNY>{50}, money<CNY>{0}, money<CNY>{150}, money<CNY>{100});
  CHECK(r.growth == no_base);
  CHECK(*r.share == share{quotient(1, 3)});
  CHECK(*r.prior_share == share{});
  CHECK(*r.share_change == percentage_points{quotient(1, 3)});
  CHECK(*r.contribution == contribution{quotient(1, 2)});
  CHECK(*r.contribution_rate == contribution_rate{quotient(1)});
}

TEST_CASE("comparison_row: zero totals give no-base shares, contributions and rates, never an exception") {
  const auto empty_prior = comparison_row_of(money<CNY>{5}, money<CNY>{0}, money<CNY>{5}, money<CNY>{0});
  CHECK(empty_prior.growth == no_base);
  CHECK(empty_prior.prior_share == no_base);
  CHECK(empty_prior.share_change == no_base);
  CHECK(empty_prior.contribution == no_base);
  CHECK(*empty_prior.contribution_rate == contribution_rate{quotient(1)});
  const auto unchanged = comparison_row_of(money<CNY>{3}, money<CNY>{4}, money<CNY>{10}, money<CNY>{10});
  CHECK(unchanged.contribution_rate == no_base);
  CHECK(*unchanged.contribution == contribution{quotient(-1, 10)});
  const auto nothing = comparison_row_of(money<CNY>{0}, money<CNY>{0}, money<CNY>{0}, money<CNY>{0});
  CHECK(nothing.growth == no_base);
  CHECK(nothing.share == no_base);
  CHECK(nothing.contribution_rate == no_base);
}

TEST_CASE("comparison_row: a negative balance still compares exactly") {
  // A deficit that narrowed from -40 to -10 in a total (balance) that went from 60 to 90.
  const auto r = comparison_row_of(money<USD>{-10}, money<USD>{-40}, money<USD>{90}, money<USD>{60});
  CHECK(*r.growth == growth{quotient(-3, 4)});  // -10 / -40 - 1
  CHECK(*r.contribution == contribution{quotient(30, 60)});
  CHECK(*r.contribution_rate == contribution_rate{quotient(1)});
}

TEST_CASE("comparison_row: a share change whose exact fraction does not fit 64 bits is rounded to 10^-15") {
  // Whole yuan: totals of 520,370,000,007 and 434,050,000,003 make a denominator near 2.3e23.
  const auto r = comparison_row_of(money<CNY>{67'370'000'001}, money<CNY>{33'970'000'001}, money<CNY>{520'370'000'007},
                                   money<CNY>{434'050'000'003});
  // By hand (Python's fractions, 40 digits): 67370000001/520370000007 - 33970000001/434050000003
  //   = 0.05120269963087302273..., so 51202699630873 on the 10^-15 grid (the next digit is 0: rounds down).
  CHECK(*r.share_change == percentage_points{quotient(51202699630873, 1'000'000'000'000'000)});
  // When the fraction fits, it is exact: Xinjiang's ASEAN row in 0.1亿元 (see above).
  CHECK(*r.share == share{quotient(67'370'000'001, 520'370'000'007)});  // shares stay exact
}
