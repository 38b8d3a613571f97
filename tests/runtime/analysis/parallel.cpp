#include <tradestat/analysis/parallel.hpp>
#include <tradestat/analysis/sum.hpp>
#include <tradestat/analysis/sum_by.hpp>
#include <tradestat/analysis/where.hpp>
#include <tradestat/data/canonical_csv.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "affinity.hpp"
#include "catch.hpp"
#include "generated_records.hpp"
#include "thrown.hpp"

using namespace tradestat;
using tradestat::test::allowed_processors;
using tradestat::test::generate_records;
using tradestat::test::kind_thrown;
using tradestat::test::one_processor_only;

namespace {
std::vector<std::span<const record>> split(const std::vector<record>& v, std::size_t n) {
  std::vector<std::span<const record>> parts;
  const std::span<const record> all(v);
  for (std::size_t i = 0; i < n; ++i) parts.push_back(all.subspan(v.size() * i / n, v.size() * (i + 1) / n - v.size() * i / n));
  return parts;
}
}  // namespace

TEST_CASE("parallel: N threads give the same results as one pass, for any split") {
  const auto v = generate_records({.count = 5000});
  const auto one = aggregate(v, sum(&record::value_cny), sum_by(by_partner, &record::value_cny),
                             sum_by(by_hs6, &record::value_usd));
  for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{8}}) {
    auto parts = split(v, n);
    for (std::size_t threads : {std::size_t{0}, std::size_t{1}, std::size_t{2}}) {
      const auto many = aggregate(in_parallel(parts, threads), sum(&record::value_cny),
                                  sum_by(by_partner, &record::value_cny), sum_by(by_hs6, &record::value_usd));
      CHECK(std::get<0>(many) == std::get<0>(one));
      CHECK(std::get<1>(many) == std::get<1>(one));
      CHECK(std::get<2>(many) == std::get<2>(one));
    }
  }
  auto parts = split(v, 4);
  CHECK((in_parallel(parts) | sum(&record::value_cny)) == std::get<0>(one));
}

TEST_CASE("parallel: parts of one canonical file read on threads give the whole file's sums") {
  std::string text = "period,flow,partner,value_cny\n";
  std::int64_t total = 0;
  for (int i = 0; i < 400; ++i) {
    text += "2025-0" + std::to_string(1 + i % 9) + (i % 3 == 0 ? ",import," : ",export,") +
            (i % 2 == 0 ? "gacc:145," : "gacc:502,") + std::to_string(i * 37) + "\n";
    total += i * 37;
  }
  auto parts = read_canonical_parts(byte_source::from_memory(text, "t.csv"), 3);
  const auto [sum_all, by_f] = aggregate(in_parallel(parts), sum(&record::value_cny), sum_by(by_flow, &record::value_cny));
  CHECK(sum_all.value().count() == total);
  CHECK(by_f == (read_canonical(byte_source::from_memory(text, "t.csv")) | sum_by(by_flow, &record::value_cny)));
}

TEST_CASE("parallel: an error in one part is rethrown after every thread has finished") {
  std::vector<record> v = generate_records({.count = 100, .yearly = true});
  auto parts = split(v, 4);
  std::vector<decltype(parts[0] | where(month{2024, 1}))> filtered;
  for (auto& p : parts) filtered.push_back(p | where(month{2024, 1}));  // yearly records: not comparable
  CHECK(kind_thrown([&] { (void)(in_parallel(filtered) | sum(&record::value_cny)); }) == error_kind::incomplete);
}

TEST_CASE(
    "parallel: without a thread count, one thread per part up to the processors this process may run on") {
  const auto v = generate_records({.count = 40});
  auto parts = split(v, 8);
  CHECK(in_parallel(parts, 3).threads() == 3);
  CHECK(in_parallel(parts, 20).threads() == 8);  // never more threads than parts
  std::vector<std::span<const record>> no_parts;
  CHECK(in_parallel(no_parts).threads() == 1);
  const std::size_t allowed = allowed_processors();
  CHECK(in_parallel(parts).threads() == (allowed < 8 ? allowed : 8));
  // Narrowed to one processor (as `taskset -c 0` would): one thread, however many the machine has.
  one_processor_only narrow;
  if (!narrow.narrowed()) return;
  CHECK(in_parallel(parts).threads() == 1);
  CHECK((in_parallel(parts) | sum(&record::value_cny)) == (v | sum(&record::value_cny)));
}
