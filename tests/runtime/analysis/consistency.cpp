// The checks of the Xinjiang 2025 worked example (xinjiang-2025.md, "Checks the consistency checker
// must reproduce"), figures copied by hand; expected intervals computed by hand with exact fractions.
#include <tradestat/analysis/consistency.hpp>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::billions;

namespace {

// English figures, billion yuan.
const auto printed_total = printed<CNY, billion>("520.4");
const auto printed_exports = printed<CNY, billion>("460.7");
const auto printed_imports = printed<CNY, billion>("59.6");
const auto printed_total_growth = printed_percent<growth>("19.9");
const auto printed_exports_growth = printed_percent<growth>("25");
const auto printed_imports_growth = printed_percent<growth>("-8.9");
// Chinese figures, 亿元.
const auto printed_total_zh = printed<CNY, yi>("5203.7");
}  // namespace

TEST_CASE("consistency: exports plus imports against the total is consistent within rounding") {
  const consistency c = consistent(printed_total, {printed_exports, printed_imports});
  CHECK(c.result == verdict::consistent);
  CHECK(c.computed == interval::closed(billions(5202, 10), billions(5204, 10)));  // 520.3 +- 0.1
  CHECK(consistent(printed<CNY, billion>("520.6"), {printed_exports, printed_imports}).result ==
        verdict::inconsistent);
}

TEST_CASE("consistency: the implied 2024 values of total, exports and imports agree") {
  const auto prior_total = implied_prior(printed_total, printed_total_growth);
  const auto prior_exports = implied_prior(printed_exports, printed_exports_growth);
  const auto prior_imports = implied_prior(printed_imports, printed_imports_growth);
  CHECK(prior_total.range() ==
        interval::closed(billions(1'040'700, 2399), billions(1'040'900, 2397)));  // about 433.8 to 434.3
  CHECK(prior_exports.range().contains(billions(3686, 10)));                      // about 368.6
  CHECK(prior_imports.range().contains(billions(654, 10)));                       // about 65.4
  CHECK(consistent(prior_total, {prior_exports, prior_imports}).result == verdict::consistent);
}

TEST_CASE("consistency: contributions of exports and imports are about 21.2 and -1.3 points, together 19.9") {
  const auto prior_total = implied_prior(printed_total, printed_total_growth);
  const published<contribution> ex(implied_prior(printed_exports, printed_exports_growth), printed_exports,
                                   prior_total);
  const published<contribution> im(implied_prior(printed_imports, printed_imports_growth), printed_imports,
                                   prior_total);
  // From printed figures each contribution is only "about" its value: 20.857 to 21.599 points
  // and -1.375 to -1.308 points, each overlapping the printed figure without deciding it.
  CHECK(ex.range().contains(quotient(212, 1000)));
  CHECK(consistent(printed_percent<contribution>("21.2"), ex).result == verdict::undecidable);
  CHECK(consistent(printed_percent<contribution>("-1.3"), im).result == verdict::undecidable);
  CHECK((ex + im).range().contains(quotient(199, 1000)));
  CHECK(consistent(printed_percent<growth>("19.9"), published<growth>((ex + im).range())).result ==
        verdict::undecidable);
}

TEST_CASE("consistency: the balance is 401.1 billion yuan, within 0.1") {
  CHECK((printed_exports - printed_imports).range() ==
        interval::closed(billions(4010, 10), billions(4012, 10)));
}

TEST_CASE("consistency: the Belt and Road share of 88.1 % follows from 458.4 of 520.4") {
  const consistency c =
      consistent(printed_percent<share>("88.1"), printed<CNY, billion>("458.4"), printed_total);
  CHECK(c.result == verdict::consistent);
  CHECK(c.computed ==
        interval::closed(quotient(45835, 52045), quotient(45845, 52035)));  // 88.068 % to 88.104 %
}

TEST_CASE("consistency: the ASEAN share of 12.9 % is undecidable from the English figures alone") {
  const auto asean_printed = printed<CNY, billion>("67.4");
  const consistency english = consistent(printed_percent<share>("12.9"), asean_printed, printed_total);
  CHECK(english.result == verdict::undecidable);
  CHECK(english.computed ==
        interval::closed(quotient(6735, 52045), quotient(6745, 52035)));  // 12.941 % to 12.962 %
  // From the Chinese figures, 673.7 / 5203.7 = 12.947 %, which prints 12.9.
  const auto asean_zh = printed<CNY, yi>("673.7");
  CHECK(consistent(printed_percent<share>("12.9"), asean_zh, printed_total_zh).result == verdict::consistent);
  // Both publications together decide it too.
  CHECK(consistent(printed_percent<share>("12.9"), intersect(asean_zh, asean_printed),
                   intersect(printed_total_zh, printed_total))
            .result == verdict::consistent);
}

TEST_CASE("consistency: ASEAN was below 10 % of the total in 2024, so 2025 is the first time above") {
  const auto asean_2024 = implied_prior(printed<CNY, billion>("67.4"), printed_percent<growth>("98.3"));
  CHECK(asean_2024.range().contains(billions(340, 10)));  // about 34.0
  const auto share_2024 = share_of(asean_2024, implied_prior(printed_total, printed_total_growth));
  CHECK(consistent(printed_percent<share>("7.8"), share_2024).result ==
        verdict::consistent);  // 7.819 % to 7.843 %
  CHECK(consistent(under(share{quotient(1, 10)}), share_2024).result == verdict::consistent);
  CHECK(consistent(over(share{quotient(1, 10)}), share_of(printed<CNY, billion>("67.4"), printed_total))
            .result == verdict::consistent);
}

TEST_CASE("consistency: Central Asia's trade is over half of the total") {
  const consistency c = consistent(over(share{quotient(1, 2)}), printed<CNY, yi>("2766.9"), printed_total_zh);
  CHECK(c.result == verdict::consistent);
  CHECK(consistent(printed_percent<share>("53.2"), printed<CNY, yi>("2766.9"), printed_total_zh).result ==
        verdict::consistent);
}

TEST_CASE("consistency: private enterprises' 92.8 % follows from the Chinese figures") {
  CHECK(consistent(printed_percent<share>("92.8"), printed<CNY, yi>("4826.6"), printed_total_zh).result ==
        verdict::consistent);
  // From the English figures alone the share lies in 92.737 % to 92.774 %: it might print 92.7.
  CHECK(consistent(printed_percent<share>("92.8"), printed<CNY, billion>("482.7"), printed_total).result ==
        verdict::undecidable);
  CHECK(implied_prior(printed<CNY, billion>("482.7"), printed_percent<growth>("20.1"))
            .range()
            .contains(billions(4019, 10)));
}

TEST_CASE("consistency: mechanical and electrical exports are 40.5 % of exports") {
  CHECK(consistent(printed_percent<share>("40.5"), printed<CNY, billion>("186.5"), printed_exports).result ==
        verdict::consistent);
}

TEST_CASE("consistency: self-branded goods are 11.3 % of exports, about 37.1 billion yuan in 2024") {
  const auto self_brand = printed<CNY, billion>("52.11");
  CHECK(consistent(printed_percent<share>("11.3"), self_brand, printed_exports).result ==
        verdict::consistent);
  const published<money<CNY, yi>> prior = implied_prior(self_brand, printed_percent<growth>("40.3"));
  CHECK(prior.range() ==
        interval::closed(billions(521'050, 14035), billions(521'150, 14025)));  // 37.125 to 37.159
  CHECK(rounded_outward(prior).lower == money<CNY, yi>{371});
}

TEST_CASE("consistency: the five-year-plan total is a lower bound, so its implied prior is one too") {
  const auto plan14 = over(money<CNY, scale<10>>{171});  // over 1.71 trillion yuan
  const auto plan13 = implied_prior(plan14, printed_percent<growth>("144.3"));
  CHECK(plan13.range() ==
        interval::at_least(quotient(380'000'000'000'000, 543)));  // 1.71 / 2.4435 = 0.6998 trillion
  CHECK_FALSE(plan13.range().upper().has_value());
}

TEST_CASE("consistency: the dollar figure is a conversion at about 6.97, not at the customs rate") {
  const auto usd_total = printed<USD, billion>("74.7");
  const interval rate = implied_rate(printed_total, usd_total);
  CHECK(rate == interval::closed(quotient(10407, 1495), quotient(10409, 1493)));  // 6.961 to 6.972
  // At the customs-implied 7.16 CNY per USD the total is 72.675 to 72.689 billion USD.
  // 7.16 CNY per USD: GACC's 2025 totals (45.47 trillion yuan, 6.35 trillion USD) imply it, an
  // average of the year's customs rates.
  const exchange_rate<USD, CNY, year> customs_2025("7.16", year{2025},
                                                                rate_kind::customs_monthly);
  const auto at_customs_rate = converted<billion>(printed_total, customs_2025.inverse());
  const consistency c = consistent(usd_total, at_customs_rate);
  CHECK(c.result == verdict::inconsistent);
  CHECK(c.computed == interval::closed(billions(52035, 716), billions(52045, 716)));
}

TEST_CASE("consistency: Xinjiang's growth is 16.1 points above the national 3.8 %") {
  const auto gap = printed_total_growth - printed_percent<growth>("3.8");
  CHECK(consistent(printed_percent<percentage_points>("16.1"), gap).result == verdict::undecidable);
  CHECK(gap.range().contains(quotient(161, 1000)));
}

TEST_CASE("consistency: a growth rate is checked against its current and prior amounts") {
  CHECK(consistent(printed_total_growth, printed_total_zh, printed<CNY, yi>("4340.5")).result ==
        verdict::consistent);
  CHECK(
      consistent(printed_percent<growth>("25"), printed(money<CNY>{125}), printed(money<CNY>{100})).result ==
      verdict::undecidable);
  CHECK(
      consistent(printed_percent<growth>("30"), printed(money<CNY>{125}), printed(money<CNY>{100})).result ==
      verdict::inconsistent);
  CHECK(to_string(verdict::inconsistent) == "inconsistent");
}
