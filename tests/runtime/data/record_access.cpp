#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/span.hpp>
#include <tradestat/data/record_access.hpp>

#include "catch.hpp"
#include "thrown.hpp"

using namespace tradestat;
using tradestat::test::kind_thrown;

namespace {
record monthly(int y, int m) { return record{.period = month{y, m}, .flow = trade_flow::exports}; }
record yearly(int y) { return record{.period = year{y}, .flow = trade_flow::exports}; }
}  // namespace

TEST_CASE("record_access: year_of and month_of read either kind of record period") {
  CHECK(year_of(monthly(2025, 3)) == year{2025});
  CHECK(year_of(yearly(2023)) == year{2023});
  CHECK(month_of(monthly(2025, 3)) == month{2025, 3});
  CHECK_FALSE(month_of(yearly(2023)).has_value());
}

TEST_CASE("record_access: a monthly record lies in every period kind that holds its month") {
  const record r = monthly(2025, 5);
  CHECK(contains(month{2025, 5}, r));
  CHECK_FALSE(contains(month{2025, 6}, r));
  CHECK(contains(quarter{2025, 2}, r));
  CHECK_FALSE(contains(quarter{2025, 3}, r));
  CHECK(contains(half{2025, 1}, r));
  CHECK(contains(year{2025}, r));
  CHECK_FALSE(contains(year{2024}, r));
  CHECK(contains(ytd{2025, 5}, r));
  CHECK_FALSE(contains(ytd{2025, 4}, r));
  CHECK(contains(span<month>{month{2024, 11}, month{2025, 5}}, r));
  CHECK_FALSE(contains(span<month>{month{2024, 11}, month{2025, 4}}, r));
  CHECK(contains(plan{14}, r));   // 2021-2025
  CHECK_FALSE(contains(plan{13}, r));
}

TEST_CASE("record_access: a yearly record lies in a period only if the period covers its whole year") {
  const record r = yearly(2024);
  CHECK(contains(year{2024}, r));
  CHECK_FALSE(contains(year{2025}, r));
  CHECK(contains(span<year>{year{2023}, year{2024}}, r));
  CHECK(contains(plan{14}, r));
  CHECK(contains(ytd{2024, 12}, r));
  CHECK(match(month{2024, 3}, r) == period_match::partly);
  CHECK(match(quarter{2024, 4}, r) == period_match::partly);
  CHECK(match(ytd{2024, 11}, r) == period_match::partly);
  CHECK(match(month{2025, 3}, r) == period_match::outside);  // another year: clearly outside
  CHECK(match(span<month>{month{2023, 12}, month{2024, 12}}, r) == period_match::inside);
}

TEST_CASE("record_access: a yearly record asked about part of its year is not comparable, never outside") {
  const record r = yearly(2024);
  CHECK(kind_thrown([&] { (void)contains(month{2024, 3}, r); }) == error_kind::incomplete);
  CHECK_THROWS_WITH(contains(ytd{2024, 6}, r), test::contains("cannot be split by month"));
  CHECK_FALSE(contains(month{2023, 3}, r));
}

TEST_CASE("record_access: value<C> gives money or an absence, never zero for a missing value") {
  record r = monthly(2025, 1);
  r.value_cny = money<CNY>{7160};
  CHECK(value<CNY>(r).has_value());
  CHECK(value<CNY>(r).amount() == money<CNY>{7160});
  CHECK_FALSE(value<USD>(r).has_value());
  CHECK(kind_thrown([&] { (void)value<USD>(r).amount(); }) == error_kind::incomplete);
  CHECK(value<USD>(r) == money_or_absent<USD>{});
  CHECK_FALSE(value<CNY>(r) == money_or_absent<CNY>{});
  CHECK(value<CNY>(r) == money_or_absent<CNY>{money<CNY>{7160}});
}
