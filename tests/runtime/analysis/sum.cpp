#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/where.hpp>

#include <cstdint>
#include <limits>
#include <vector>

#include "catch.hpp"
#include "generated_records.hpp"
#include "thrown.hpp"

using namespace tradestat;
using tradestat::test::generate_records;
using tradestat::test::kind_thrown;

TEST_CASE("sum: the exact total of a money field, checked against a hand loop") {
  const auto v = generate_records({.with_absent = false});
  std::int64_t by_hand = 0;
  std::int64_t by_hand_2025 = 0;
  for (const record& r : v) {
    by_hand += r.value_cny->count();
    if (std::get<month>(r.period).year_number() == 2025) by_hand_2025 += r.value_cny->count();
  }
  const money<CNY> total = v | sum(&record::value_cny);
  CHECK(total.count() == by_hand);
  const money<CNY> y2025 = v | where(year{2025}) | sum(&record::value_cny);
  CHECK(y2025.count() == by_hand_2025);
  CHECK((v | sum([](const record& r) { return value<CNY>(r); })).value() == total);
  CHECK((v | sum(&record::value_cny)).records() == v.size());
}

TEST_CASE("sum: records without the field are counted, and the total is then not a plain money") {
  const auto v = generate_records();
  std::uint64_t absent = 0;
  std::int64_t present = 0;
  for (const record& r : v) {
    if (r.value_cny)
      present += r.value_cny->count();
    else
      ++absent;
  }
  REQUIRE(absent > 0);
  const summed<money<CNY>> s = v | sum(&record::value_cny);
  CHECK(s.absent() == absent);
  CHECK(s.records() + s.absent() == v.size());
  CHECK(s.present_total().count() == present);
  CHECK_FALSE(s.complete());
  CHECK(kind_thrown([&] { (void)s.value(); }) == error_kind::incomplete);
  CHECK(kind_thrown([&] { money<CNY> m = s; (void)m; }) == error_kind::incomplete);
  const money<CNY> only_present = v | where(has(&record::value_cny)) | sum(&record::value_cny);
  CHECK(only_present.count() == present);
}

TEST_CASE("sum: an empty input sums to zero with no records") {
  const std::vector<record> none;
  const auto s = none | sum(&record::value_usd);
  CHECK(s.value() == money<USD>{0});
  CHECK(s.records() == 0);
}

TEST_CASE("sum: a total beyond the money type throws overflow; partial sums beyond it do not") {
  constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
  std::vector<record> v(3, record{.period = month{2025, 1}});
  v[0].value_cny = money<CNY>{max64};
  v[1].value_cny = money<CNY>{max64};
  v[2].value_cny = money<CNY>{-max64};
  CHECK((v | sum(&record::value_cny)).value() == money<CNY>{max64});
  v[2].value_cny = money<CNY>{1};
  CHECK(kind_thrown([&] { (void)(v | sum(&record::value_cny)); }) == error_kind::overflow);
}

TEST_CASE("sum: states merge exactly in any order; the empty state is the identity") {
  const auto v = generate_records();
  using state = sum_state<money<CNY>>;
  auto part = [&](std::size_t from, std::size_t to) {
    state s;
    for (std::size_t i = from; i < to; ++i) s.add(v[i].value_cny);
    return s;
  };
  const state whole = part(0, v.size());
  for (std::size_t split : {std::size_t{0}, std::size_t{1}, std::size_t{777}, v.size()}) {
    state a = part(0, split);
    state b = part(split, v.size());
    state ab = a;
    ab.merge(b);
    state ba = b;
    ba.merge(a);
    CHECK(ab == whole);
    CHECK(ba == whole);
  }
  state a = part(0, 500), b = part(500, 1200), c = part(1200, v.size());
  state left = a;
  left.merge(b).merge(c);
  state bc = b;
  bc.merge(c);
  state right = a;
  right.merge(bc);
  CHECK(left == right);
  state with_identity = whole;
  with_identity.merge(state{});
  CHECK(with_identity == whole);
  CHECK(state{}.empty());
}
