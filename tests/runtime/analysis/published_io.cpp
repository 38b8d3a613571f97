#include <tradestat/analysis/published_io.hpp>

#include <sstream>
#include <string>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::billions;
using tradestat::test::bn;

namespace {
using cny_bn = money<CNY, billion>;
}  // namespace

TEST_CASE("published_io: an amount in words stands for the values that print as it does") {
  CHECK(parse<published<cny_bn>>("520.4 billion yuan").range() ==
        interval::closed(billions(52035, 100), billions(52045, 100)));
  CHECK(parse<published<money<CNY, yi>>>("5203.7亿元").range() ==
        interval::closed(quotient(520'365'000'000), quotient(520'375'000'000)));
  CHECK(parse<published<money<USD, billion>>>("74.7 billion US dollars").range() ==
        interval::closed(billions(7465, 100), billions(7475, 100)));
  CHECK(parse<published<cny_bn>>("520.4 billion").range() == printed<CNY, billion>("520.4").range());
}

TEST_CASE("published_io: over and below make an amount a bound") {
  CHECK(parse<published<money<CNY, trillion>>>("over 1.71 trillion yuan").range() ==
        interval::at_least(quotient(1'710'000'000'000)));
  CHECK(parse<published<money<CNY, trillion>>>("超过1.71万亿元").range() ==
        interval::at_least(quotient(1'710'000'000'000)));
  CHECK(parse<published<cny_bn>>("below 10 billion yuan").range() == interval::at_most(quotient(10 * bn)));
}

TEST_CASE("published_io: an amount in another currency or not an amount is refused") {
  CHECK_THROWS_WITH(parse<published<cny_bn>>("74.7 billion US dollars"),
                    test::contains("it is in USD, not CNY"));
  CHECK_THROWS_AS(parse<published<cny_bn>>("a lot of yuan"), parse_error);
}

TEST_CASE("published_io: percentages, growth and points in English and Chinese") {
  const interval g199 = interval::closed(quotient(1985, 10000), quotient(1995, 10000));
  CHECK(parse<published<growth>>("19.9 %").range() == g199);
  CHECK(parse<published<growth>>("up 19.9 %").range() == g199);
  CHECK(parse<published<growth>>("同比增长19.9%").range() == g199);
  CHECK(parse<published<growth>>("19.9 percent").range() == g199);
  const interval g89 = interval::closed(quotient(-895, 10000), quotient(-885, 10000));
  CHECK(parse<published<growth>>("down 8.9 %").range() == g89);
  CHECK(parse<published<growth>>("同比下降8.9%").range() == g89);
  CHECK(parse<published<growth>>("-8.9 %").range() == g89);
  CHECK(parse<published<share>>("12.9%").range() ==
        interval::closed(quotient(1285, 10000), quotient(1295, 10000)));
  const interval p48 = interval::closed(quotient(475, 10000), quotient(485, 10000));
  CHECK(parse<published<percentage_points>>("4.8 percentage points").range() == p48);
  CHECK(parse<published<percentage_points>>("提高4.8个百分点").range() == p48);
  CHECK(parse<published<contribution>>("下降1.3个百分点").range() ==
        interval::closed(quotient(-135, 10000), quotient(-125, 10000)));
  CHECK(parse<published<tradestat::index_number>>("119.9").range() ==
        interval::closed(quotient(11985, 10000), quotient(11995, 10000)));
}

TEST_CASE("published_io: over half and over ten percent are bounds") {
  CHECK(parse<published<share>>("over half").range() == interval::at_least(quotient(1, 2)));
  CHECK(parse<published<share>>("过半").range() == interval::at_least(quotient(1, 2)));
  CHECK(parse<published<share>>("above 10 %").range() == interval::at_least(quotient(1, 10)));
  CHECK(parse<published<share>>("below 10%").range() == interval::at_most(quotient(1, 10)));
  CHECK(parse<published<growth>>("over 70 %").range() == interval::at_least(quotient(7, 10)));
}

TEST_CASE("published_io: a ratio without its unit, or with the wrong one, is refused") {
  CHECK_THROWS_WITH(parse<published<share>>("12.9"), test::contains("ends in '%'"));
  CHECK_THROWS_WITH(parse<published<percentage_points>>("4.8 %"), test::contains("percentage points"));
  CHECK_THROWS_WITH(parse<published<growth>>("about 70 %"), test::contains("not a decimal number"));
  CHECK_THROWS_WITH(parse<published<growth>>("down -8.9 %"), test::contains("without a minus sign"));
}

TEST_CASE("published_io: a parse error names the offset where reading stopped") {
  auto offset_of = [](auto parse_it) {
    try {
      parse_it();
    } catch (const parse_error& e) {
      CHECK(e.kind() == error_kind::parse);
      return e.offset();
    }
    return std::string::npos;
  };
  CHECK(offset_of([] { (void)parse<published<growth>>("about 70 %"); }) == 0);
  CHECK(offset_of([] { (void)parse<published<share>>("12.9"); }) == 4);
  CHECK(offset_of([] { (void)parse<published<cny_bn>>("over 520.4 billion apples"); }) == 19);
}

TEST_CASE("published_io: a rounded figure prints its centre to the precision it was printed at") {
  CHECK(to_string(parse<published<cny_bn>>("520.4 billion yuan")) == "520.4 billion yuan");
  CHECK(to_string(parse<published<cny_bn>>("520.4 billion yuan"), {language::zh}) == "5204亿元");
  CHECK(to_string(parse<published<money<CNY, yi>>>("5203.7亿元"), {language::zh}) == "5203.7亿元");
  CHECK(to_string(parse<published<money<CNY, yi>>>("5203.7亿元")) == "520.37 billion yuan");
  CHECK(to_string(printed<CNY, billion>("67.4")) == "67.4 billion yuan");
  CHECK(to_string(printed(money<CNY, yi>{5204}), {language::zh}) == "5204亿元");
  CHECK(to_string(parse<published<money<CNY>>>("1.71万亿元"), {language::zh}) == "1.71万亿元");
  CHECK(to_string(printed_percent<growth>("19.9")) == "19.9 %");
  CHECK(to_string(printed_percent<growth>("-8.9"), {language::zh}) == "-8.9%");
  CHECK(to_string(parse<published<percentage_points>>("提高4.8个百分点")) == "4.8 percentage points");
  CHECK(to_string(parse<published<contribution>>("下降1.3个百分点"), {language::zh}) == "-1.3个百分点");
  CHECK(to_string(parse<published<tradestat::index_number>>("119.9")) == "119.9");
  CHECK(to_string(printed_percent<share>("12.9"), {language::en, 2}) == "12.90 %");
  // Chinese has no word for 10^9: a figure rounded to whole billions keeps its step in 万亿.
  CHECK(to_string(parse<published<cny_bn>>("-3 billion yuan"), {language::zh}) == "-0.003万亿元");
}

TEST_CASE("published_io: bounds, exact figures and other ranges print in words") {
  CHECK(to_string(over(share{quotient(1, 2)})) == "over 50 %");
  CHECK(to_string(over(share{quotient(1, 2)}), {language::zh}) == "超过50%");
  CHECK(to_string(parse<published<money<CNY, trillion>>>("over 1.71 trillion yuan")) == "over 1.71 trillion yuan");
  CHECK(to_string(parse<published<money<CNY, trillion>>>("超过1.71万亿元"), {language::zh}) == "超过1.71万亿元");
  CHECK(to_string(under(share{quotient(1, 10)})) == "under 10 %");
  CHECK(to_string(exactly(money<CNY, wan>{52'037'000}), {language::zh}) == "5203.7亿元");
  CHECK(to_string(exactly(share{quotient(1, 3)})) == "33.3 %");  // no end: the kind's one decimal
  // A sum of two rounded figures is a range two steps wide: it prints as its ends.
  CHECK(to_string(printed(money<CNY, yi>{4607}) + printed(money<CNY, yi>{596}), {language::zh}) ==
        "5202亿元至5204亿元");
  CHECK(to_string(printed_percent<growth>("19.9") - printed_percent<growth>("3.8")) ==
        "16 percentage points to 16.2 percentage points");
}

TEST_CASE("published_io: what prints parses back to the same figure") {
  const published<cny_bn> amounts[] = {parse<published<cny_bn>>("520.4 billion yuan"),
                                       parse<published<cny_bn>>("over 1.71 trillion yuan"),
                                       parse<published<cny_bn>>("-3 billion yuan"), printed<CNY, billion>("0.05")};
  for (const auto& p : amounts) {
    for (const language lang : {language::en, language::zh}) {
      const std::string text = to_string(p, {lang});
      INFO(text);
      CHECK(parse<published<cny_bn>>(text).range() == p.range());
    }
  }
  const published<growth> rates[] = {printed_percent<growth>("19.9"), printed_percent<growth>("-8.9"),
                                     over(growth{quotient(7, 10)}), printed_percent<growth>("0.05")};
  for (const auto& p : rates) {
    for (const language lang : {language::en, language::zh}) {
      const std::string text = to_string(p, {lang});
      INFO(text);
      CHECK(parse<published<growth>>(text).range() == p.range());
    }
  }
}

TEST_CASE("published_io: the stream operator prints to_string") {
  std::ostringstream os;
  os << printed_percent<growth>("19.9") << " | " << printed<CNY, billion>("520.4");
  CHECK(os.str() == "19.9 % | 520.4 billion yuan");
}
