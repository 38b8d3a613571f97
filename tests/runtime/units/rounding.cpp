#include <tradestat/units/money.hpp>
#include <tradestat/units/rounding.hpp>

#include "catch.hpp"

using namespace tradestat;

namespace {
// Amounts in thousandths of a yuan (li, 厘), rounded to fen.
using li = money<CNY, scale<-3>>;
using fen = money<CNY, minor_unit>;

template <class P>
std::int64_t to_fen(std::int64_t thousandths, P policy) {
  return rescale<minor_unit>(li{thousandths}, policy).count();
}
}  // namespace

TEST_CASE("rounding: half up takes 0.125 yuan to 0.13 and 1.005 yuan to 1.01 exactly") {
  CHECK(to_fen(125, rounding::half_up) == 13);
  CHECK(to_fen(1005, rounding::half_up) == 101);
  CHECK(to_fen(-125, rounding::half_up) == -13);
  CHECK(to_fen(124, rounding::half_up) == 12);
}

TEST_CASE("rounding: the table of every policy on halves, near-halves and negatives") {
  // value (li)      half_up half_even toward_zero floor ceiling
  struct row {
    std::int64_t li;
    std::int64_t half_up, half_even, toward_zero, floor, ceiling;
  };
  const row table[] = {
      {125, 13, 12, 12, 12, 13},       {135, 14, 14, 13, 13, 14},
      {121, 12, 12, 12, 12, 13},       {129, 13, 13, 12, 12, 13},
      {-125, -13, -12, -12, -13, -12}, {-135, -14, -14, -13, -14, -13},
      {-121, -12, -12, -12, -13, -12}, {-129, -13, -13, -12, -13, -12},
      {120, 12, 12, 12, 12, 12},       {5, 1, 0, 0, 0, 1},
      {-5, -1, 0, 0, -1, 0},
  };
  for (const row& r : table) {
    INFO("value in li: " << r.li);
    CHECK(to_fen(r.li, rounding::half_up) == r.half_up);
    CHECK(to_fen(r.li, rounding::half_even) == r.half_even);
    CHECK(to_fen(r.li, rounding::toward_zero) == r.toward_zero);
    CHECK(to_fen(r.li, rounding::floor) == r.floor);
    CHECK(to_fen(r.li, rounding::ceiling) == r.ceiling);
  }
}

TEST_CASE("rounding: the exact policy accepts whole results and refuses lost digits") {
  CHECK(to_fen(120, rounding::exact) == 12);
  CHECK_THROWS_AS(to_fen(125, rounding::exact), inexact_error);
  CHECK_THROWS_AS(rescale<yi>(money<CNY, wan>{12345}, rounding::exact), inexact_error);
  CHECK(rescale<yi>(money<CNY, wan>{120000}, rounding::exact).count() == 12);
}

TEST_CASE("rounding: 5203.7亿元 rounds to 520 billion, 5204亿元 and 0.52 trillion yuan") {
  const money<CNY, scale<7>> total{52037};  // 5203.7亿元 held in units of 10^7 yuan
  CHECK(rescale<billion>(total, rounding::half_up).count() == 520);
  CHECK(rescale<yi>(total, rounding::half_up).count() == 5204);
  CHECK(rescale<yi>(total, rounding::toward_zero).count() == 5203);
  CHECK(rescale<trillion>(total, rounding::half_up).count() == 1);
}
