#include <tradestat/analysis/published_io.hpp>

#include <stdexcept>

#include "catch.hpp"

using namespace tradestat;

namespace {
constexpr std::int64_t bn = 1'000'000'000;
quotient billions(std::int64_t num, std::int64_t den) { return quotient(num, den) * quotient(bn); }
using cny_bn = money<CNY, billion>;
}  // namespace

TEST_CASE("read_published: an amount in words stands for the values that print as it does") {
  CHECK(read_published<cny_bn>("520.4 billion yuan").range() ==
        interval::closed(billions(52035, 100), billions(52045, 100)));
  CHECK(read_published<money<CNY, yi>>("5203.7亿元").range() ==
        interval::closed(quotient(520'365'000'000), quotient(520'375'000'000)));
  CHECK(read_published<money<USD, billion>>("74.7 billion US dollars").range() ==
        interval::closed(billions(7465, 100), billions(7475, 100)));
  CHECK(read_published<cny_bn>("520.4 billion").range() == printed<CNY, billion>("520.4").range());
}

TEST_CASE("read_published: over and below make an amount a bound") {
  CHECK(read_published<money<CNY, trillion>>("over 1.71 trillion yuan").range() ==
        interval::at_least(quotient(1'710'000'000'000)));
  CHECK(read_published<money<CNY, trillion>>("超过1.71万亿元").range() ==
        interval::at_least(quotient(1'710'000'000'000)));
  CHECK(read_published<cny_bn>("below 10 billion yuan").range() == interval::at_most(quotient(10 * bn)));
}

TEST_CASE("read_published: an amount in another currency or not an amount is refused") {
  CHECK_THROWS_WITH(read_published<cny_bn>("74.7 billion US dollars"),
                    test::contains("it is in USD, not CNY"));
  CHECK_THROWS_AS(read_published<cny_bn>("a lot of yuan"), std::invalid_argument);
}

TEST_CASE("read_published: percentages, growth and points in English and Chinese") {
  const interval g199 = interval::closed(quotient(1985, 10000), quotient(1995, 10000));
  CHECK(read_published<growth>("19.9 %").range() == g199);
  CHECK(read_published<growth>("up 19.9 %").range() == g199);
  CHECK(read_published<growth>("同比增长19.9%").range() == g199);
  CHECK(read_published<growth>("19.9 percent").range() == g199);
  const interval g89 = interval::closed(quotient(-895, 10000), quotient(-885, 10000));
  CHECK(read_published<growth>("down 8.9 %").range() == g89);
  CHECK(read_published<growth>("同比下降8.9%").range() == g89);
  CHECK(read_published<growth>("-8.9 %").range() == g89);
  CHECK(read_published<share>("12.9%").range() ==
        interval::closed(quotient(1285, 10000), quotient(1295, 10000)));
  const interval p48 = interval::closed(quotient(475, 10000), quotient(485, 10000));
  CHECK(read_published<percentage_points>("4.8 percentage points").range() == p48);
  CHECK(read_published<percentage_points>("提高4.8个百分点").range() == p48);
  CHECK(read_published<contribution>("下降1.3个百分点").range() ==
        interval::closed(quotient(-135, 10000), quotient(-125, 10000)));
  CHECK(read_published<index_number>("119.9").range() ==
        interval::closed(quotient(11985, 10000), quotient(11995, 10000)));
}

TEST_CASE("read_published: over half and over ten percent are bounds") {
  CHECK(read_published<share>("over half").range() == interval::at_least(quotient(1, 2)));
  CHECK(read_published<share>("过半").range() == interval::at_least(quotient(1, 2)));
  CHECK(read_published<share>("above 10 %").range() == interval::at_least(quotient(1, 10)));
  CHECK(read_published<share>("below 10%").range() == interval::at_most(quotient(1, 10)));
  CHECK(read_published<growth>("over 70 %").range() == interval::at_least(quotient(7, 10)));
}

TEST_CASE("read_published: a ratio without its unit, or with the wrong one, is refused") {
  CHECK_THROWS_WITH(read_published<share>("12.9"), test::contains("ends in '%'"));
  CHECK_THROWS_WITH(read_published<percentage_points>("4.8 %"), test::contains("percentage points"));
  CHECK_THROWS_WITH(read_published<growth>("about 70 %"), test::contains("not a decimal number"));
  CHECK_THROWS_WITH(read_published<growth>("down -8.9 %"), test::contains("without a minus sign"));
}
