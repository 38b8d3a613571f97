#include <tradestat/analysis/ratio_kinds.hpp>

#include <cstdint>
#include <limits>
#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;

// Xinjiang calibration figures (reference: xinjiang-2025.md), in 0.1亿元 = 10^7 yuan.
namespace {
using tenth_yi = scale<7>;
const money<CNY, tenth_yi> total_2024{43405};    // 4340.5亿元
const money<CNY, tenth_yi> total_2025{52037};    // 5203.7亿元
const money<CNY, tenth_yi> exports_2024{36859};  // 3685.9亿元
const money<CNY, wan> exports_2025{46074000};    // 4607.4亿元, given in 万元
const money<CNY, tenth_yi> imports_2024{6546};   // 654.6亿元
const money<CNY, tenth_yi> imports_2025{5963};   // 596.3亿元
}  // namespace

TEST_CASE("share_of: the share of a part is the exact fraction of the whole, across scales") {
  CHECK(share_of(money<CNY, yi>{6737}, money<CNY, tenth_yi>{520370}).value() == quotient(6737, 52037));
  CHECK(share_of(money<CNY>{1}, money<CNY, thousand>{2}) == share{quotient(1, 2000)});
  CHECK_THROWS_AS(share_of(money<CNY>{1}, money<CNY, yi>{0}), tradestat::error);
}

TEST_CASE("growth: the growth from one amount to another is to over from minus one, exactly") {
  CHECK(growth(total_2024, total_2025).value() == quotient(8632, 43405));
  CHECK(growth(money<USD>{100}, money<USD>{89}) == growth{quotient(-11, 100)});
  CHECK(growth(money<USD>{100}, money<USD>{100}) == growth{});
  CHECK_THROWS_WITH(growth(money<USD>{0}, money<USD>{1}), test::contains("zero base"));
}

TEST_CASE("index: an index is the value over its base, with the base at one hundred") {
  CHECK(tradestat::index(money<CNY>{80}, money<CNY>{100}).value() == quotient(5, 4));
  CHECK(tradestat::index_number{}.value() == quotient(1));
  CHECK_THROWS_AS(tradestat::index(money<CNY>{0}, money<CNY>{100}), tradestat::error);
}

TEST_CASE("percentage points: a difference of shares or of growth rates is in points, and points add") {
  const percentage_points d = share{quotient(129, 1000)} - share{quotient(81, 1000)};
  CHECK(d == percentage_points{quotient(48, 1000)});
  const percentage_points gap = growth{quotient(199, 1000)} - growth{quotient(38, 1000)};
  CHECK(gap == percentage_points{quotient(161, 1000)});
  CHECK(d + gap == percentage_points{quotient(209, 1000)});
  CHECK(d - gap == percentage_points{quotient(-113, 1000)});
  CHECK(-d == percentage_points{quotient(-48, 1000)});
}

TEST_CASE("percentage points: a share or growth rate moved by points keeps its kind") {
  CHECK(share{quotient(81, 1000)} + percentage_points{quotient(48, 1000)} == share{quotient(129, 1000)});
  CHECK(share{quotient(129, 1000)} - percentage_points{quotient(48, 1000)} == share{quotient(81, 1000)});
  CHECK(growth{quotient(38, 1000)} + percentage_points{quotient(161, 1000)} == growth{quotient(199, 1000)});
  CHECK(growth{quotient(199, 1000)} - percentage_points{quotient(161, 1000)} == growth{quotient(38, 1000)});
}

TEST_CASE("compound: growth over consecutive periods is (1 + a)(1 + b) - 1") {
  CHECK(compound(growth{quotient(1, 10)}, growth{quotient(1, 10)}) == growth{quotient(21, 100)});
  CHECK(compound(growth{quotient(1, 2)}, growth{quotient(-1, 3)}) == growth{});
  CHECK(compound(growth{quotient(1, 10)}, growth{quotient(1, 10)}, growth{quotient(1, 10)}) ==
        growth{quotient(331, 1000)});
}

TEST_CASE("contribution: a part's contribution is its change over the whole's prior value") {
  const contribution ex(exports_2024, exports_2025, total_2024);
  const contribution im(imports_2024, imports_2025, total_2024);
  CHECK(ex.value() == quotient(9215, 43405));
  CHECK(im.value() == quotient(-583, 43405));
  CHECK(ex.points() == percentage_points{quotient(9215, 43405)});
  CHECK_THROWS_AS(contribution(money<CNY>{1}, money<CNY>{2}, money<CNY>{0}), tradestat::error);
}

TEST_CASE("contribution: the contributions of a partition add up to the whole's growth exactly") {
  const contribution ex(exports_2024, exports_2025, total_2024);
  const contribution im(imports_2024, imports_2025, total_2024);
  CHECK((ex + im).value() == growth(total_2024, total_2025).value());
  // Three parts at three scales: 30 + 50 + 20 = 100 grows to 45 + 40 + 35 = 120.
  const money<USD> a0{30};
  const money<USD> c0{20};
  const contribution a(a0, money<USD>{45}, money<USD>{100});
  const contribution b(money<USD>{50}, money<USD>{40}, money<USD>{100});
  const contribution c(c0, money<USD>{35}, money<USD>{100});
  CHECK((a + b + c).value() == growth(money<USD>{100}, money<USD>{120}).value());
  CHECK((a + b + c).value() == quotient(1, 5));
}

TEST_CASE("contribution rate: a part's change over the whole's change can exceed one or be negative") {
  CHECK(contribution_rate(exports_2024, exports_2025, total_2024, total_2025).value() ==
        quotient(9215, 8632));
  CHECK(contribution_rate(imports_2024, imports_2025, total_2024, total_2025).value() ==
        quotient(-583, 8632));
  CHECK_THROWS_WITH(contribution_rate(money<CNY>{1}, money<CNY>{2}, money<CNY>{5}, money<CNY>{5}),
                    test::contains("did not change"));
}

TEST_CASE("apply and implied_prior: amounts after and before a growth are rounded by the policy named") {
  CHECK(apply(growth{quotient(1, 4)}, money<CNY, yi>{3686}, rounding::half_up) ==
        money<CNY, yi>{4608});  // 4607.5
  CHECK(apply(growth{quotient(1, 4)}, money<CNY, yi>{3686}, rounding::toward_zero) == money<CNY, yi>{4607});
  CHECK(apply(growth{quotient(-89, 1000)}, money<CNY>{1000}, rounding::exact) == money<CNY>{911});
  CHECK(implied_prior(money<CNY, yi>{4607}, growth{quotient(1, 4)}, rounding::half_up) ==
        money<CNY, yi>{3686});  // 3685.6
  CHECK(implied_prior(money<CNY>{911}, growth{quotient(-89, 1000)}, rounding::exact) == money<CNY>{1000});
  CHECK_THROWS_AS(implied_prior(money<CNY, yi>{4607}, growth{quotient(1, 4)}, rounding::exact),
                  inexact_error);
  CHECK_THROWS_AS(implied_prior(money<CNY>{1}, growth{quotient(-1)}, rounding::half_up), tradestat::error);
}

TEST_CASE("ratio kinds: overflow of the exact fraction is reported, never wrapped") {
  const std::int64_t big = std::numeric_limits<std::int64_t>::max();
  CHECK_THROWS_AS(apply(growth{quotient(1)}, money<CNY>{big}, rounding::half_up), overflow_error);
  CHECK_THROWS_AS(compound(growth{quotient(1, big)}, growth{quotient(1, big - 1)}), overflow_error);
}
