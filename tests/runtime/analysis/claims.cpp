// Claims files and their verdicts. The shipped Xinjiang claims against the checks of
// ../shared/reference/xinjiang-2025.md ("Checks the consistency checker must reproduce"), expected
// verdicts written by hand from that table and expected intervals computed here by hand with exact
// fractions; planted errors; parse errors with their positions.
#include <tradestat/analysis/claims.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "catch.hpp"
#include "helpers.hpp"

using namespace tradestat;
using tradestat::test::billions;

namespace {

/** The claims file at `path` (relative to the source tree), parsed under its relative name. */
claims_file read_claims(const std::string& path) {
  std::ifstream in(TRADESTAT_SOURCE_DIR "/" + path, std::ios::binary);
  REQUIRE(in);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return parse_claims(text, path);
}

const check_report& shipped() {
  static const check_report r = check_claims(read_claims("examples/xinjiang_2025/claims.txt"));
  return r;
}

const claim_report& shipped(std::string_view id) {
  const claim_report* c = shipped().find(id);
  REQUIRE(c != nullptr);
  return *c;
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

/** The claims_error that parsing `text` throws. */
claims_error parse_failure(std::string_view text) {
  try {
    (void)parse_claims(text, "c.txt");
  } catch (const claims_error& e) {
    return e;
  }
  FAIL("parse_claims accepted: " << text);
  throw;  // not reached
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// The shipped claims: one test per row of the reference's checks table.

TEST_CASE("claims: exports plus imports against the total is consistent within rounding (two parts, 0.05 each)") {
  const claim_report& c = shipped("total");
  REQUIRE(c.checks.size() == 1);
  CHECK(c.result == verdict::consistent);
  CHECK(c.checks[0].computed == interval::closed(billions(5202, 10), billions(5204, 10)));  // 520.3 +- 0.1
  CHECK(c.checks[0].text ==
        "460.7 + 59.6 = 520.3 against 520.4: consistent within rounding (two parts, ±0.05 each)");
}

TEST_CASE("claims: the implied 2024 values are intervals and their parts add up to the implied total") {
  const claim_report& t = shipped("total_2024");
  REQUIRE(t.derived);
  // 520.35 / 1.1995 to 520.45 / 1.1985 billion: about 433.8 to 434.3.
  CHECK(*t.derived == interval::closed(billions(52035 * 100, 11995), billions(52045 * 100, 11985)));
  CHECK(t.result == verdict::consistent);
  REQUIRE(shipped("exports_2024").derived);
  CHECK(shipped("exports_2024").derived->contains(billions(3686, 10)));  // 460.7 / 1.25 = 368.56
  REQUIRE(shipped("imports_2024").derived);
  CHECK(shipped("imports_2024").derived->contains(billions(654, 10)));  // 59.6 / 0.911 = 65.42
}

TEST_CASE("claims: the contributions of exports and imports are about 21.2 and -1.3 points and add up to 19.9") {
  REQUIRE(shipped("exports_contribution").derived);
  REQUIRE(shipped("imports_contribution").derived);
  CHECK(shipped("exports_contribution").derived->contains(quotient(212, 1000)));  // (460.7 - 368.56) / 434.03
  CHECK(shipped("imports_contribution").derived->contains(quotient(-134, 10000)));  // (59.6 - 65.42) / 434.03
  CHECK(has(shipped("exports_contribution").value, "= 21.2 points"));
  CHECK(has(shipped("imports_contribution").value, "= -1.3 points"));
  CHECK(shipped("growth_from_contributions").result == verdict::consistent);
}

TEST_CASE("claims: the balance is 460.7 - 59.6 = 401.1 billion yuan, within 0.1") {
  const claim_report& b = shipped("balance");
  REQUIRE(b.derived);
  CHECK(*b.derived == interval::closed(billions(4010, 10), billions(4012, 10)));
  CHECK(has(b.value, "401.1 billion yuan (401.0 to 401.2)"));
  CHECK(!b.result);  // a derived figure has no verdict of its own
}

TEST_CASE("claims: the Belt and Road share of 88.1 % follows from 458.4 of 520.4") {
  const claim_report& c = shipped("bri_share");
  CHECK(c.result == verdict::consistent);
  REQUIRE(c.checks.size() == 1);
  CHECK(c.checks[0].computed == interval::closed(quotient(45835, 52045), quotient(45845, 52035)));
}

TEST_CASE("claims: the ASEAN share is consistent, not decidable from the English figures alone") {
  const claim_report& c = shipped("asean_share");
  REQUIRE(c.checks.size() == 2);
  CHECK(c.checks[0].label == "the English figures");
  CHECK(c.checks[0].result == verdict::undecidable);
  CHECK(c.checks[0].computed == interval::closed(quotient(6735, 52045), quotient(6745, 52035)));  // 12.941 % to 12.962 %
  CHECK(has(c.checks[0].text, "print as 12.9 % or 13.0 %"));
  CHECK(c.checks[1].label == "the Chinese figures");
  CHECK(c.checks[1].result == verdict::consistent);
  CHECK(c.checks[1].computed == interval::closed(quotient(67365, 520375), quotient(67375, 520365)));
  CHECK(c.result == verdict::consistent);
  CHECK(c.summary == "consistent, not decidable from the English figures alone");
}

TEST_CASE("claims: ASEAN above 10 % for the first time: 2024's implied share is about 7.8 %") {
  const claim_report& c = shipped("asean_first");
  REQUIRE(c.checks.size() == 2);
  CHECK(c.checks[0].result == verdict::consistent);
  CHECK(c.checks[1].result == verdict::consistent);
  // 2024: 67.4 / 1.983 of 520.4 / 1.199, between 7.8 % and 7.9 %.
  CHECK(interval::closed(quotient(78, 1000), quotient(79, 1000)).contains(c.checks[1].claimed));
  CHECK(c.result == verdict::consistent);
}

TEST_CASE("claims: Central Asia over half of the total follows from 2766.9 of 5203.7") {
  CHECK(shipped("central_asia").result == verdict::consistent);
  CHECK(shipped("central_asia").checks[0].computed ==
        interval::closed(quotient(276685, 520375), quotient(276695, 520365)));
}

TEST_CASE("claims: the private enterprises' 92.8 % is consistent from the Chinese figures, and 2024 is about 401.9") {
  const claim_report& c = shipped("private_share");
  REQUIRE(c.checks.size() == 2);
  CHECK(c.checks[0].result == verdict::undecidable);  // 92.737 % to 92.774 % from 482.7 / 520.4
  CHECK(c.checks[1].result == verdict::consistent);   // 92.751 % to 92.756 % from 4826.6 / 5203.7
  CHECK(c.result == verdict::consistent);
  REQUIRE(shipped("private_2024").derived);
  CHECK(shipped("private_2024").derived->contains(billions(4019, 10)));  // 482.7 / 1.201 = 401.92
}

TEST_CASE("claims: the mechanical and electrical share of exports is 40.5 %") {
  CHECK(shipped("me_share").result == verdict::consistent);
}

TEST_CASE("claims: self-branded goods are 11.3 % of exports and about 37.1 billion in 2024") {
  REQUIRE(shipped("self_brand_share").derived);
  CHECK(interval::closed(quotient(1125, 10000), quotient(1135, 10000)).contains(*shipped("self_brand_share").derived));
  REQUIRE(shipped("self_brand_2024").derived);
  CHECK(shipped("self_brand_2024").derived->contains(billions(3714, 100)));  // 52.11 / 1.403 = 37.141
}

TEST_CASE("claims: the five-year plan's over 1.71 trillion gives a lower bound for 2016-2020, not a rounding") {
  const claim_report& c = shipped("plan13_total");
  REQUIRE(c.derived);
  REQUIRE(c.derived->lower());
  CHECK(!c.derived->upper());
  // 1.71 trillion / 2.4435: the largest growth gives the smallest base.
  CHECK(*c.derived->lower() == quotient(1'710'000'000'000) * quotient(10000, 24435));
  CHECK(has(c.value, "at least 0.6998 trillion yuan, a bound"));
}

TEST_CASE("claims: the dollar figure is flagged as a conversion at a rate that is not the customs rate of the period") {
  const claim_report& c = shipped("total_usd");
  CHECK(c.result == verdict::inconsistent);
  REQUIRE(c.checks.size() == 1);
  CHECK(has(c.checks[0].text, "a conversion at 6.961 to 6.972 CNY per USD, a rate that is not the customs rate"));
  CHECK(c.summary == "inconsistent: a conversion at a rate that is not the customs rate of the period (2025, from "
                     "GACC's national totals)");
  // The customs rate from GACC's totals, 45.47 trillion yuan over 3.77 + 2.58 trillion USD.
  REQUIRE(shipped("customs_rate").derived);
  CHECK(*shipped("customs_rate").derived == interval::closed(quotient(454650, 63600), quotient(454750, 63400)));
  // The rate the figure implies: 520.4 / 74.7.
  REQUIRE(shipped("rate_used").derived);
  CHECK(*shipped("rate_used").derived == interval::closed(quotient(52035, 7475), quotient(52045, 7465)));
}

TEST_CASE("claims: Xinjiang's growth of 19.9 % is 16.1 points above the national 3.8 %") {
  CHECK(shipped("gap_to_nation").result == verdict::consistent);
}

TEST_CASE("claims: the English and Chinese publications of the same figures agree") {
  CHECK(shipped("total_zh").result == verdict::consistent);
  CHECK(shipped("asean_zh").result == verdict::consistent);
  CHECK(shipped("private_zh").result == verdict::consistent);
}

TEST_CASE("claims: the shipped file has one inconsistent claim and no undecidable one") {
  CHECK(shipped().count(verdict::inconsistent) == 1);
  CHECK(shipped().count(verdict::undecidable) == 0);
  std::ostringstream os;
  os << shipped();
  CHECK(os.str() == to_string(shipped()));
  CHECK(has(os.str(), "\ntotal_usd (2025) the total in US dollars: 74.7 billion USD\n"));
}

// ---------------------------------------------------------------------------------------------
// Planted errors.

TEST_CASE("claims: planted errors are each reported inconsistent with the reason") {
  const check_report r = check_claims(read_claims("tests/fixtures/claims/planted_errors.txt"));
  SECTION("parts that do not add up to the total") {
    const claim_report* c = r.find("total");
    REQUIRE(c != nullptr);
    CHECK(c->result == verdict::inconsistent);
    CHECK(c->checks[0].text ==
          "460.7 + 61.6 = 522.3 against 520.4: inconsistent: the parts allow 522.2 to 522.4 and the figure "
          "520.35 to 520.45, so no true values agree (two parts, ±0.05 each)");
  }
  SECTION("a share the amounts cannot give") {
    const claim_report* c = r.find("asean_share");
    REQUIRE(c != nullptr);
    CHECK(c->result == verdict::inconsistent);
    CHECK(has(c->checks[0].text, "no value the figures allow prints as 14.9 %"));
  }
  SECTION("an average growth rate the plan comparison cannot give") {
    const claim_report* c = r.find("plan14_avg");
    REQUIRE(c != nullptr);
    CHECK(c->result == verdict::inconsistent);
    CHECK(has(c->checks[0].text, "no value the figures allow prints as 30.0 %"));
    // 2.4425^(1/5) - 1 and 2.4435^(1/5) - 1 are 19.5548 % and 19.5646 %.
    CHECK(interval::closed(quotient(195547, 1000000), quotient(195646, 1000000)).contains(c->checks[0].computed));
  }
  CHECK(r.count(verdict::inconsistent) == 3);
  CHECK(r.count(verdict::consistent) == 0);
}

TEST_CASE("claims: the same relations with the published figures are consistent") {
  const claims_file f = parse_claims(
      "exports | amount | e | 2025 | 460.7 billion yuan\n"
      "imports | amount | i | 2025 | 59.6 billion yuan\n"
      "total | amount | t | 2025 | 520.4 billion yuan | = exports + imports\n"
      "plan14 | plan | p | 2021-2025 | +144.3 %\n"
      "plan14_avg | growth | a | 2021-2025 | +19.6 % | = annual(plan14, 5)\n");
  const check_report r = check_claims(f);
  CHECK(r.find("total")->result == verdict::consistent);
  CHECK(r.find("plan14_avg")->result == verdict::consistent);
}

// ---------------------------------------------------------------------------------------------
// The format: printed values, relations, comparisons.

TEST_CASE("claims: printed values stand for their rounding intervals, bounds and 'about'") {
  const claims_file f = parse_claims(
      "a | amount | a | 2025 | 460.7 billion yuan\n"
      "b | amount | b | 2025 | 5203.7亿元\n"
      "c | amount | c | 2021-2025 | over 1.71 trillion yuan\n"
      "d | growth | d | 2025 | about +70 %\n"
      "e | growth | e | 2025 | down 8.9 %\n"
      "f | share | f | 2025 | over half\n"
      "g | points | g | 2025 | -1.3 percentage points\n"
      "h | rate | h | 2025 | 7.16 CNY per USD\n"
      "i | share | i | 2025 | below 10 %\n"
      "j | amount | j | 2025 | 74.7 billion USD\n");
  const auto range = [&](std::string_view id) { return f.find(id)->printed->value.range; };
  CHECK(range("a") == interval::closed(billions(46065, 100), billions(46075, 100)));
  CHECK(range("b") == interval::closed(quotient(520365) * quotient(1'000'000), quotient(520375) * quotient(1'000'000)));
  CHECK(range("c") == interval::at_least(quotient(1'710'000'000'000)));
  CHECK(range("d") == interval::closed(quotient(65, 100), quotient(75, 100)));  // rounded at its last non-zero digit
  CHECK(range("e") == interval::closed(quotient(-895, 10000), quotient(-885, 10000)));
  CHECK(range("f") == interval::at_least(quotient(1, 2)));
  CHECK(range("g") == interval::closed(quotient(-135, 10000), quotient(-125, 10000)));
  CHECK(range("h") == interval::closed(quotient(7155, 1000), quotient(7165, 1000)));
  CHECK(range("i") == interval::at_most(quotient(1, 10)));
  CHECK(f.find("j")->printed->value.dim.currency == "USD");
  // The other forms docs/reference/claims.md lists.
  const claims_file g = parse_claims(
      "a | amount | a | 2025 | 1,710 billion yuan\n"
      "b | rate | b | 2025 | 7.16 yuan per US dollar\n"
      "c | rate | c | 2025 | 6.967 CNY/USD\n"
      "d | growth | d | 2025 | 同比下降8.9%\n"
      "e | points | e | 2025 | 提高4.8个百分点\n"
      "f | share | f | 2025 | 过半\n"
      "h | plan comparison | h | 2021-2025 | +144.3 %\n");
  const auto range_g = [&](std::string_view id) { return g.find(id)->printed->value.range; };
  CHECK(range_g("a") == interval::closed(billions(17095, 10), billions(17105, 10)));
  CHECK(range_g("b") == interval::closed(quotient(7155, 1000), quotient(7165, 1000)));
  CHECK(g.find("b")->printed->value.dim.per == "USD");
  CHECK(range_g("c") == interval::closed(quotient(69665, 10000), quotient(69675, 10000)));
  CHECK(range_g("d") == interval::closed(quotient(-895, 10000), quotient(-885, 10000)));
  CHECK(range_g("e") == interval::closed(quotient(475, 10000), quotient(485, 10000)));
  CHECK(range_g("f") == interval::at_least(quotient(1, 2)));
  CHECK(g.find("h")->kind == claim_kind::plan);
}

TEST_CASE("claims: comparisons are consistent, inconsistent or undecidable") {
  const check_report r = check_claims(parse_claims(
      "s | share | s | 2025 | 7.8 % | < 10 %; > 7.9 %; >= 7.8 %; <= 7.8 %\n"));
  const claim_report* c = r.find("s");
  REQUIRE(c->checks.size() == 4);
  CHECK(c->checks[0].result == verdict::consistent);    // 7.75 to 7.85 % is below 10 %
  CHECK(c->checks[1].result == verdict::inconsistent);  // none above 7.9 %
  CHECK(c->checks[2].result == verdict::undecidable);   // some at least 7.8 %, some not
  CHECK(c->checks[3].result == verdict::undecidable);
  CHECK(c->result == verdict::inconsistent);
  // At the edge: 9.5 % stands for 9.45 % to 9.55 %, all at most 9.55 % but not all below it.
  const check_report edge = check_claims(parse_claims("t | share | t | 2025 | 9.5 % | < 9.55 %; <= 9.55 %; > 9.45 %; >= 9.45 %\n"));
  const claim_report* e = edge.find("t");
  CHECK(e->checks[0].result == verdict::undecidable);
  CHECK(e->checks[1].result == verdict::consistent);
  CHECK(e->checks[2].result == verdict::undecidable);
  CHECK(e->checks[3].result == verdict::consistent);
}

TEST_CASE("claims: a figure checked against figures computed from records") {
  const claims_file f = parse_claims(
      "total | amount | t | 2025 | 520.4 billion yuan\n"
      "exports | amount | e | 2025 | 460.7 billion yuan\n"
      "asean_share | share | a | 2025 | 12.9 %\n");
  figures computed;
  computed.set("total", money<CNY, wan>{52'037'000});    // 520.37 billion: prints 520.4
  computed.set("exports", money<CNY, wan>{46'200'000});  // 462.0 billion: does not print 460.7
  computed.set("asean_share", share_of(money<CNY, wan>{6'737'000}, money<CNY, wan>{52'037'000}));
  const check_report r = check_claims(f, &computed);
  CHECK(r.find("total")->result == verdict::consistent);
  CHECK(r.find("exports")->result == verdict::inconsistent);
  CHECK(r.find("exports")->checks[0].text == "from records: 462.000 is outside 460.650 to 460.750: inconsistent");
  CHECK(r.find("asean_share")->result == verdict::consistent);
  // Without the figures nothing is checked.
  CHECK(!check_claims(f).find("total")->result);
}

TEST_CASE("claims: a figure from records against a claim open at one end says is, not within") {
  const claims_file f = parse_claims(
      "central_asia | share | c | 2025 | over half\n"
      "asean_first | share | a | 2025 | above 10 %\n");
  figures computed;
  computed.set("central_asia", share_of(money<CNY, wan>{27'669'000}, money<CNY, wan>{52'037'000}));  // 53.17 %
  computed.set("asean_first", share_of(money<CNY, wan>{4'000'000}, money<CNY, wan>{52'037'000}));    // 7.69 %
  const check_report r = check_claims(f, &computed);
  CHECK(r.find("central_asia")->checks[0].text == "from records: 53.17 % is at least 50.00 %: consistent");
  CHECK(r.find("asean_first")->result == verdict::inconsistent);
  CHECK(has(r.find("asean_first")->checks[0].text, "from records: 7.69 % is not "));
}

TEST_CASE("claims: a relation whose arithmetic cannot be carried out is undecidable with the reason") {
  const check_report r = check_claims(parse_claims(
      "a | amount | a | 2025 | 1 yuan\n"
      "g | growth | g | 2025 | -100 %\n"
      "p | amount | p | 2024 | 2 yuan | = prior(a, g)\n"));
  CHECK(r.find("p")->result == verdict::undecidable);
  CHECK(has(r.find("p")->checks[0].text, "contains zero"));
}

TEST_CASE("claims: arithmetic beyond 64-bit fractions rounds the ends outward instead of failing") {
  // Thirteen divisions by distinct primes overflow exact 64-bit fractions.
  const check_report r = check_claims(parse_claims(
      "a | amount | a | 2025 | 520.4 billion yuan\n"
      "b | amount | b | 2025 | = a / 1.03 / 1.07 / 1.11 / 1.13 / 1.17 / 1.19 / 1.23 / 1.29 / 1.31 / 1.37 / 1.41 / 1.43 / 1.47\n"
      "c | amount | c | 2025 | = b * 1.03 * 1.07 * 1.11 * 1.13 * 1.17 * 1.19 * 1.23 * 1.29 * 1.31 * 1.37 * 1.41 * 1.43 * 1.47 | = a\n"));
  const claim_report* c = r.find("c");
  REQUIRE(c->derived);
  CHECK(c->derived->contains(interval::closed(billions(52035, 100), billions(52045, 100))));
  CHECK(interval::closed(billions(520349, 1000), billions(520451, 1000)).contains(*c->derived));
  // Exactly, c would be a's interval (consistent); rounded outward it is a little wider, so the
  // check can no longer confirm it, and says why.
  CHECK(c->result == verdict::undecidable);
  CHECK(has(c->checks[0].text, "ends rounded outward"));
  CHECK(has(r.find("b")->value, "ends rounded outward"));
  CHECK(!has(r.find("a")->value, "rounded outward"));
  CHECK(detail::round_outward(quotient(1, 3), 3, false) == quotient(333, 1000));
  CHECK(detail::round_outward(quotient(1, 3), 3, true) == quotient(334, 1000));
  CHECK(detail::round_outward(quotient(-123456789), 3, false) == quotient(-124'000'000));
}

// ---------------------------------------------------------------------------------------------
// Parse errors: file:line:column and the field.

TEST_CASE("claims: an unknown kind is reported with its file, line, column and field") {
  const claims_error e = parse_failure("# a comment\n\nx | size | s | 2025 | 1 %\n");
  CHECK(e.line() == 3);
  CHECK(e.column() == 5);
  CHECK(e.field() == "kind");
  CHECK(e.kind() == error_kind::parse);
  CHECK(has(e.what(), "c.txt:3:5: kind: unknown kind 'size'"));
}

TEST_CASE("claims: a value that is not a printed figure names the column where reading stopped") {
  const claims_error e = parse_failure("s | share | ASEAN | 2025 | 12.9\n");
  CHECK(e.field() == "value");
  CHECK(e.column() == 32);  // just after "12.9", where '%' was expected
  CHECK(has(e.what(), "a percentage ends in '%'"));
  const claims_error no_currency = parse_failure("t | amount | 总额 | 2025 | 5203.7亿\n");
  CHECK(no_currency.field() == "value");
  CHECK(no_currency.column() == 33);  // columns count characters: 总额 is two
  CHECK(has(no_currency.what(), "names its currency"));
}

TEST_CASE("claims: an unknown id in a relation is reported at the id") {
  const claims_error e = parse_failure("total | amount | t | 2025 | 520.4 billion yuan | = exports + imports\n");
  CHECK(e.field() == "relations");
  CHECK(e.column() == 52);
  CHECK(has(e.what(), "no claim has the id 'exports'"));
}

TEST_CASE("claims: a relation adding a ratio to money is refused at the operator") {
  const claims_error e =
      parse_failure("a | amount | a | 2025 | 1 yuan\nb | share | b | 2025 | 1 % | = a + b\n");
  CHECK(e.line() == 2);
  CHECK(e.column() == 34);
  CHECK(has(e.what(), "cannot add or subtract money in CNY and a ratio"));
  CHECK(has(parse_failure("a | amount | a | 2025 | 1 yuan\nb | amount | b | 2025 | 1 USD | = a\n").what(),
            "measure different things"));
}

TEST_CASE("claims: malformed lines, duplicate ids and circular definitions are refused") {
  CHECK(parse_failure("a | amount | a | 2025\n").field() == "value");
  CHECK(parse_failure("a | amount | a | 2025 | 1 yuan | = a | extra\n").field() == "relations");
  CHECK(parse_failure("1a | amount | a | 2025 | 1 yuan\n").field() == "id");
  CHECK(parse_failure("a | amount |  | 2025 | 1 yuan\n").field() == "subject");
  const claims_error dup = parse_failure("a | amount | a | 2025 | 1 yuan\na | amount | b | 2025 | 2 yuan\n");
  CHECK(dup.line() == 2);
  CHECK(has(dup.what(), "already the id of line 1"));
  CHECK(has(parse_failure("a | amount | a | 2025 | = b\nb | amount | b | 2025 | = a\n").what(), "refers to itself"));
  CHECK(has(parse_failure("a | share | a | 2025 | 1 % | = annual(a, 2.5)\n").what(), "whole number of years"));
  CHECK(has(parse_failure("a | share | a | 2025 | 1 % | = sqrt(a)\n").what(), "unknown function 'sqrt'"));
  CHECK(has(parse_failure("a | share | a | 2025 | 1 % | a\n").what(), "has no comparison"));
  CHECK(has(parse_failure("a | amount | a | 2025 | = 1 %\n").what(), "a claim of kind amount cannot be a ratio"));
}

TEST_CASE("claims: errors name the file given to parse_claims") {
  try {
    (void)read_claims("tests/fixtures/claims/bad_kind.txt");
    FAIL("bad_kind.txt was accepted");
  } catch (const claims_error& e) {
    CHECK(e.file() == "tests/fixtures/claims/bad_kind.txt");
    CHECK(e.line() == 3);
    CHECK(e.column() == 11);
    CHECK(std::string(e.what()) == "tests/fixtures/claims/bad_kind.txt:3:11: kind: unknown kind 'total': one of amount, "
                                   "growth, share, points, contribution, plan, rate");
  }
}
