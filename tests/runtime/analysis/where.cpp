#include <tradestat/analysis/where.hpp>

#include <cstddef>
#include <iterator>
#include <list>
#include <vector>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/take.hpp>
#if !defined(__clang__) || __clang_major__ >= 15
#include <ranges>
#endif

#include "catch.hpp"
#include "generated_records.hpp"
#include "thrown.hpp"

using namespace tradestat;
using tradestat::test::generate_records;
using tradestat::test::kind_thrown;

namespace {
// Counted by hand, independently of where_view.
template <class F>
std::size_t count_if_by_hand(const std::vector<record>& v, F f) {
  std::size_t n = 0;
  for (const record& r : v)
    if (f(r)) ++n;
  return n;
}
template <class R>
std::size_t count(R&& r) {
  std::size_t n = 0;
  for (auto it = std::ranges::begin(r); it != std::ranges::end(r); ++it) ++n;
  return n;
}
const country kaz = *find_country(iso_alpha3_code{"KAZ"});
}  // namespace

TEST_CASE("where: a period of any kind selects the monthly records it holds") {
  const auto v = generate_records();
  CHECK(count(v | where(year{2025})) ==
        count_if_by_hand(v, [](const record& r) { return std::get<month>(r.period).year_number() == 2025; }));
  CHECK(count(v | where(quarter{2024, 2})) == count_if_by_hand(v, [](const record& r) {
          const month m = std::get<month>(r.period);
          return m.year_number() == 2024 && m.number() >= 4 && m.number() <= 6;
        }));
  CHECK(count(v | where(ytd{2025, 3})) == count_if_by_hand(v, [](const record& r) {
          const month m = std::get<month>(r.period);
          return m.year_number() == 2025 && m.number() <= 3;
        }));
  CHECK(count(v | where(year{2030})) == 0);
}

TEST_CASE("where: a yearly record under a monthly filter stops the pipeline instead of vanishing") {
  const auto v = generate_records({.count = 10, .yearly = true});
  CHECK(count(v | where(year{2024})) + count(v | where(year{2025})) == 10);
  CHECK(kind_thrown([&] { (void)count(v | where(month{2024, 1})); }) == error_kind::incomplete);
}

TEST_CASE("where: flow, partner, trade mode, enterprise, region, brand, HS prefix and predicates") {
  const auto v = generate_records();
  CHECK(count(v | where(trade_flow::imports)) ==
        count_if_by_hand(v, [](const record& r) { return r.flow == trade_flow::imports; }));
  CHECK(count(v | where(&record::partner, kaz)) ==
        count_if_by_hand(v, [](const record& r) { return r.partner && r.partner->country == kaz; }));
  CHECK(count(v | where(trade_mode{19})) ==
        count_if_by_hand(v, [](const record& r) { return r.mode && r.mode->code() == 19; }));
  CHECK(count(v | where(enterprise_type::state_owned)) ==
        count_if_by_hand(v, [](const record& r) { return r.enterprise == enterprise_type::state_owned; }));
  CHECK(count(v | where(province::from_gb2260(65))) ==
        count_if_by_hand(v, [](const record& r) { return r.region && r.region->gb2260() == 65; }));
  CHECK(count(v | where(brand_type::overseas_oem)) ==
        count_if_by_hand(v, [](const record& r) { return r.brand == brand_type::overseas_oem; }));
  CHECK(count(v | where(hs_code{"85", hs_version::hs2022})) ==
        count_if_by_hand(v, [](const record& r) { return r.commodity->digits().substr(0, 2) == "85"; }));
  // A prefix of another edition is not silently outside: the pipeline stops.
  CHECK_THROWS_WITH(count(v | where(hs_code{"85", hs_version::hs2017})), test::contains("map it to one edition"));
  CHECK(count(v | where(has(&record::value_cny))) ==
        count_if_by_hand(v, [](const record& r) { return r.value_cny.has_value(); }));
  const auto big = [](const record& r) { return r.value_cny && r.value_cny->count() > 4'000'000; };
  CHECK(count(v | where(big)) == count_if_by_hand(v, big));
}

TEST_CASE("where: stages chain, and a record missing the field never matches") {
  const auto v = generate_records();
  const auto n = count(v | where(year{2025}) | where(trade_flow::exports) | where(&record::partner, kaz));
  CHECK(n == count_if_by_hand(v, [](const record& r) {
          return std::get<month>(r.period).year_number() == 2025 && r.flow == trade_flow::exports && r.partner &&
                 r.partner->country == kaz;
        }));
  CHECK(n > 0);
  std::vector<record> one{record{.period = month{2025, 1}}};
  CHECK(count(one | where(trade_mode{10})) == 0);
}

TEST_CASE("where: composes with range-v3 views both ways") {
  const auto v = generate_records();
  CHECK(count(v | where(trade_flow::exports) | ranges::views::take(7)) == 7);
  CHECK(count(v | ranges::views::filter([](const record& r) { return r.flow == trade_flow::imports; }) |
              where(year{2024})) == count_if_by_hand(v, [](const record& r) {
          return r.flow == trade_flow::imports && std::get<month>(r.period).year_number() == 2024;
        }));
}

// clang++ 14 cannot compile libstdc++ 12's std::views at all (even over a std::vector), so this
// case is for g++ and newer clang.
#if !defined(__clang__) || __clang_major__ >= 15
TEST_CASE("where: composes with std views both ways") {
  const auto v = generate_records();
  auto exports = v | where(trade_flow::exports);
  CHECK(count(exports | std::views::take(5)) == 5);
  CHECK(count(v | std::views::take(100) | where(trade_flow::exports)) ==
        count_if_by_hand(std::vector<record>(v.begin(), v.begin() + 100),
                         [](const record& r) { return r.flow == trade_flow::exports; }));
}
#endif

TEST_CASE("where: an rvalue container piped in is owned by the view; a list works as well as a vector") {
  auto owned = generate_records({.count = 50}) | where(trade_flow::exports);
  const auto reference = generate_records({.count = 50});
  CHECK(count(owned) == count_if_by_hand(reference, [](const record& r) { return r.flow == trade_flow::exports; }));
  const std::list<record> l(reference.begin(), reference.end());
  CHECK(count(l | where(trade_flow::exports)) == count(owned));
}
