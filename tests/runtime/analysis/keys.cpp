#include <tradestat/analysis/keys.hpp>

#include <tuple>

#include "catch.hpp"
#include "generated_records.hpp"

using namespace tradestat;
using tradestat::test::generate_records;

namespace {
template <class K>
void check_round_trip(const K& k) {
  for (const record& r : generate_records({.count = 300})) {
    const std::size_t i = k.index_of(r);
    if (i == no_key) continue;
    CHECK(i < k.dense_size());
    CHECK(k.index(k.key_at(i)) == i);
  }
}
}  // namespace

TEST_CASE("keys: a dense key's index and key_at are inverse on every record") {
  check_round_trip(by_partner);
  check_round_trip(by_flow);
  check_round_trip(by_mode);
  check_round_trip(by_enterprise);
  check_round_trip(by_brand);
  check_round_trip(by_region);
  check_round_trip(by_hs2);
  check_round_trip(by(by_partner, by_flow, by_mode));
}

TEST_CASE("keys: each key reads its field, and a record without it has no key") {
  record r{.period = month{2025, 4}, .flow = trade_flow::imports};
  CHECK(by_partner.index_of(r) == no_key);
  CHECK(by_mode.index_of(r) == no_key);
  CHECK(by_flow.key_at(by_flow.index_of(r)) == trade_flow::imports);
  CHECK(by_month.key_of(r) == month{2025, 4});
  CHECK(by_quarter.key_of(r) == quarter{2025, 2});
  CHECK(by_half.key_of(r) == half{2025, 1});
  CHECK(by_year.key_of(r) == year{2025});
  CHECK_FALSE(by_hs4.key_of(r).has_value());
  r.commodity = hs_code{"85", hs_version::hs2022};
  CHECK(by_hs2.key_at(by_hs2.index_of(r)) == hs_code{"85", hs_version::hs2022});
  CHECK_FALSE(by_hs4.key_of(r).has_value());  // a chapter-level record has no heading
  r.commodity = hs_code{"85076000", hs_version::hs2022};
  CHECK(by_hs4.key_of(r) == hs_code{"8507", hs_version::hs2022});
  CHECK(by_hs6.key_of(r) == hs_code{"850760", hs_version::hs2022});
  CHECK(by_hs8.key_of(r) == hs_code{"85076000", hs_version::hs2022});
  CHECK(by(by_year, by_hs4).key_of(r) == std::tuple{year{2025}, hs_code{"8507", hs_version::hs2022}});
  CHECK_FALSE(by(by_year, by_district).key_of(r).has_value());
  const record y{.period = year{2024}};
  CHECK_FALSE(by_month.key_of(y).has_value());  // a yearly record has no month
  CHECK(by_year.key_of(y) == year{2024});
}
