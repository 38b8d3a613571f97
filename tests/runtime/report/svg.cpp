#include <tradestat/report/detail/svg.hpp>

#include <string>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("svg: text is XML-escaped and Chinese passes through") {
  CHECK(detail::xml_escape("A & <B> \"C\" 'D'") == "A &amp; &lt;B&gt; &quot;C&quot; &apos;D&apos;");
  CHECK(detail::xml_escape("东盟") == "东盟");
}

TEST_CASE("svg: coordinates print from hundredths of a pixel without trailing zeros or exponents") {
  CHECK(detail::px(0) == "0");
  CHECK(detail::px(12345) == "123.45");
  CHECK(detail::px(12340) == "123.4");
  CHECK(detail::px(12300) == "123");
  CHECK(detail::px(-25) == "-0.25");
  CHECK(detail::px(5) == "0.05");
}

TEST_CASE("svg: lengths scale exactly and round half up to a hundredth of a pixel") {
  // 26000 * 6737 / 50000 = 3503.24; 100 * 1 / 8 = 12.5, which rounds up to 13.
  CHECK(detail::scaled_length(26000, 6737, 50000) == 3503);
  CHECK(detail::scaled_length(100, 1, 8) == 13);
  CHECK(detail::scaled_length(26000, 50000, 50000) == 26000);
}

TEST_CASE("svg: the value axis steps by 1, 2 or 5 times a power of ten, at most five steps") {
  const auto a = detail::round_axis(52037);  // 10000 would take 6 steps; 20000 takes 3
  CHECK(a.step == 20000);
  CHECK(a.steps == 3);
  CHECK(a.top() == 60000);
  const auto b = detail::round_axis(45837);  // 10000 takes 5
  CHECK(b.step == 10000);
  CHECK(b.steps == 5);
  CHECK(detail::round_axis(6).step == 2);
  CHECK(detail::round_axis(6).steps == 3);
  CHECK(detail::round_axis(5).step == 1);
  CHECK(detail::round_axis(0).top() == 1);  // nothing to draw: an axis of one unit
  CHECK(detail::round_axis(10).step == 2);
}
