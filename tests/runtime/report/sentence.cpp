#include <tradestat/calendar/first_crossing.hpp>
#include <tradestat/report/sentence.hpp>

#include <sstream>
#include <string>

#include "catch.hpp"

using namespace tradestat;

namespace {
using tenth_yi = scale<7>;  // 0.1亿元, the precision of Urumqi Customs' releases
using amount = money<CNY, tenth_yi>;
constexpr text_format chinese{.lang = language::zh};
const subject the_total{"the total", "进出口总值"};
}  // namespace

// Expected sentences are written by hand; the figures' rounding is worked in the comments.

TEST_CASE("sentence: a rising amount in English and Chinese") {
  // 46074 / 36859 - 1 = 9215 / 36859 = 25.0007 %; 4607.4亿元 = 460.74 billion yuan.
  const auto s = sentence{{"Exports", "出口"}}.amount(amount{46074}).change(growth(amount{36859}, amount{46074}));
  CHECK(to_string(s) == "Exports rose 25.0 % to 460.7 billion yuan.");
  CHECK(to_string(s, chinese) == "出口4607.4亿元，增长25.0%。");
  std::ostringstream os;
  os << s;
  CHECK(os.str() == "Exports rose 25.0 % to 460.7 billion yuan.");
}

TEST_CASE("sentence: a falling amount in English and Chinese") {
  // 5963 / 6546 - 1 = -583 / 6546 = -8.906 %; 596.3亿元 = 59.63 billion yuan.
  const auto s = sentence{{"Imports", "进口"}}.amount(amount{5963}).change(growth(amount{6546}, amount{5963}));
  CHECK(to_string(s) == "Imports fell 8.9 % to 59.6 billion yuan.");
  CHECK(to_string(s, chinese) == "进口596.3亿元，下降8.9%。");
}

TEST_CASE("sentence: an amount unchanged at the printed precision in English and Chinese") {
  // 10004 / 10000 - 1 = 0.04 %, which prints as 0.0: unchanged; at two digits it is a rise.
  const auto s =
      sentence{{"Processing trade", "加工贸易"}}.amount(amount{10004}).change(growth(amount{10000}, amount{10004}));
  CHECK(to_string(s) == "Processing trade remained unchanged at 100.0 billion yuan.");
  CHECK(to_string(s, chinese) == "加工贸易1000.4亿元，持平。");
  CHECK(to_string(s, {.precision = 2}) == "Processing trade rose 0.04 % to 100.0 billion yuan.");
  CHECK(to_string(s, {.lang = language::zh, .precision = 2}) == "加工贸易1000.4亿元，增长0.04%。");
  const auto exact = sentence{{"Re-exports", "复出口"}}.change(growth{});
  CHECK(to_string(exact) == "Re-exports remained unchanged.");
  CHECK(to_string(exact, chinese) == "复出口持平。");
}

TEST_CASE("sentence: a share, its change in points and its first crossing of 10 percent") {
  // ASEAN: 6737 / 3397 - 1 = 98.32 %; share 6737 / 52037 = 12.95 %; the prior share 3397 / 43405 =
  // 7.83 %, so up 5.12 points; 7.8 % in 2024 and 12.9 % in 2025 first cross 10 % in 2025.
  const share now = share_of(amount{6737}, amount{52037});
  const share before = share_of(amount{3397}, amount{43405});
  const series<year, share> shares{{year{2024}, before}, {year{2025}, now}};
  const share ten_percent{quotient(1, 10)};
  const auto s = sentence{{"Trade with ASEAN", "对东盟进出口"}}
                     .amount(amount{6737})
                     .change(growth(amount{3397}, amount{6737}))
                     .share(now, the_total)
                     .share_change(now - before)
                     .first_above(ten_percent, first_crossing(shares, ten_percent), year{2025});
  CHECK(to_string(s) == "Trade with ASEAN rose 98.3 % to 67.4 billion yuan, accounting for 12.9 % of the total, up "
                        "5.1 percentage points, above 10 % for the first time.");
  CHECK(to_string(s, chinese) == "对东盟进出口673.7亿元，增长98.3%，占进出口总值的12.9%，提高5.1个百分点，首次突破10%。");
}

TEST_CASE("sentence: a crossing in an earlier period is not said, nor one the share does not reach") {
  const share now{quotient(129, 1000)};
  auto s = sentence{{"ASEAN", "东盟"}}.share(now, the_total);
  s.first_above(share{quotient(1, 10)}, std::optional<year>{year{2024}}, year{2025});
  CHECK(to_string(s) == "ASEAN accounted for 12.9 % of the total.");
  CHECK(to_string(s, chinese) == "东盟占进出口总值的12.9%。");
  CHECK_THROWS_WITH(s.first_above(share{quotient(1, 5)}, std::optional<year>{year{2025}}, year{2025}),
                    test::contains("below the threshold"));
  s.first_above(share{quotient(125, 1000)}, std::optional<year>{year{2025}}, year{2025});
  CHECK(to_string(s) == "ASEAN accounted for 12.9 % of the total, above 12.5 % for the first time.");
}

TEST_CASE("sentence: falling and unchanged shares read in points, down or unchanged") {
  auto s = sentence{{"Imports", "进口"}}.share(share{quotient(115, 1000)}, the_total);
  s.share_change(percentage_points{quotient(-13, 1000)});
  CHECK(to_string(s) == "Imports accounted for 11.5 % of the total, down 1.3 percentage points.");
  CHECK(to_string(s, chinese) == "进口占进出口总值的11.5%，下降1.3个百分点。");
  s.share_change(percentage_points{quotient(-4, 10000)});  // -0.04 points print as 0.0
  CHECK(to_string(s) == "Imports accounted for 11.5 % of the total, unchanged.");
  CHECK(to_string(s, chinese) == "进口占进出口总值的11.5%，持平。");
}

TEST_CASE("sentence: an amount above a round figure for the first time") {
  // 52037 / 43405 - 1 = 8632 / 43405 = 19.89 %; 5000亿元 is 500 billion yuan.
  const series<year, money<CNY, yi>> totals{{year{2024}, money<CNY, yi>{4340}}, {year{2025}, money<CNY, yi>{5204}}};
  const auto s = sentence{{"Total trade", "进出口"}}
                     .amount(amount{52037})
                     .change(growth(amount{43405}, amount{52037}))
                     .first_above(money<CNY, yi>{5000}, first_crossing(totals, money<CNY, yi>{5000}), year{2025});
  CHECK(to_string(s) == "Total trade rose 19.9 % to 520.4 billion yuan, above 500 billion yuan for the first time.");
  CHECK(to_string(s, chinese) == "进出口5203.7亿元，首次突破5000亿元，增长19.9%。");
}

TEST_CASE("sentence: amounts alone, other scales, and sentences with nothing to say") {
  const auto s = sentence{{"Exports", "出口"}, {.en_exponent = 6, .zh_exponent = 4, .precision = 0}}.amount(
      money<USD>{74'712'345'678});
  CHECK(to_string(s) == "Exports totalled 74,712 million US dollars.");
  CHECK(to_string(s, chinese) == "出口7471235万美元。");
  const sentence empty{{"Nothing", "无"}};
  CHECK_THROWS_WITH(to_string(empty), test::contains("nothing to say"));
  sentence early{{"X", "X"}};
  CHECK_THROWS_WITH(early.share_change(percentage_points{}), test::contains("call share(...) first"));
  CHECK_THROWS_WITH(early.first_above(money<CNY>{1}, std::optional<year>{}, year{2025}),
                    test::contains("call amount(...) first"));
}
