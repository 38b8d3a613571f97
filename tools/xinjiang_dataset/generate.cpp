// Generates data/xinjiang_2025.csv: a SYNTHETIC record-level dataset of Xinjiang's foreign trade
// whose aggregates reproduce the figures Urumqi Customs published for 2025 (and the 2024 values their
// growth rates imply), plus yearly totals 2016-2023. See data/README.md for what is reported, what is
// reconstructed and how the records are made.
//
// Usage: xinjiang_dataset_generate RATES.csv OUT.csv
//   RATES.csv: data/cny_per_usd_monthly_2015_2025.csv (month,cny_per_usd,...)
//
// Deterministic: one splitmix64 stream with a fixed seed, integer arithmetic only, and the library's
// largest-remainder allocation (units/allocation.hpp), so every calibrated total is exact to the yuan
// on every platform and compiler.
#include <tradestat/calendar/date.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>
#include <tradestat/data/canonical_csv.hpp>
#include <tradestat/units/allocation.hpp>
#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/units/rate_table.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace tradestat;

namespace {

using yuan = money<CNY>;
using table = std::vector<std::vector<yuan>>;

/** An amount in tenths of 亿元 (10 million yuan), the precision of the published Chinese figures. */
constexpr yuan tenths(std::int64_t n) { return yuan{n * 10'000'000}; }

/** splitmix64 (Steele, Lea and Flood 2014): a small generator whose output is fixed by its seed on
 *  every platform, unlike the distributions of <random>. */
class splitmix64 {
 public:
  explicit splitmix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /** A whole number in [lo, hi]. */
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  /** An index drawn with the given integer weights. */
  std::size_t pick(const std::vector<std::int64_t>& weights) {
    std::int64_t sum = 0;
    for (auto w : weights) sum += w;
    std::int64_t r = between(0, sum - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  std::uint64_t state_;
};

void require(bool ok, const std::string& what) {
  if (!ok) throw std::runtime_error("xinjiang_dataset: " + what);
}

std::int64_t sum_of(const std::vector<yuan>& v) {
  std::int64_t s = 0;
  for (const yuan& m : v) s += m.count();
  return s;
}

/** A table with the given row and column sums exactly, shaped like `seed`: the seed's rows allocated
 *  to the row sums, then columns and rows re-allocated in turn (iterative proportional fitting, each
 *  step an exact allocation), and the last small column differences moved within the largest row. */
table fit(const std::vector<yuan>& rows, const std::vector<yuan>& cols,
          const std::vector<std::vector<std::int64_t>>& seed) {
  const std::size_t n = rows.size();
  const std::size_t m = cols.size();
  require(sum_of(rows) == sum_of(cols), "fit: row and column sums differ");
  table t(n);
  for (std::size_t i = 0; i < n; ++i) t[i] = allocate(rows[i], seed[i]);
  for (int round = 0; round < 40; ++round) {
    for (std::size_t j = 0; j < m; ++j) {
      std::vector<yuan> col(n);
      for (std::size_t i = 0; i < n; ++i) col[i] = t[i][j];
      const std::vector<yuan> fitted = allocate(cols[j], col);
      for (std::size_t i = 0; i < n; ++i) t[i][j] = fitted[i];
    }
    for (std::size_t i = 0; i < n; ++i) t[i] = allocate(rows[i], t[i]);
  }
  std::size_t big = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (rows[i] > rows[big]) big = i;
  for (std::size_t j = 0; j < m; ++j) {
    std::int64_t col = 0;
    for (std::size_t i = 0; i < n; ++i) col += t[i][j].count();
    t[big][j] = yuan{t[big][j].count() + (cols[j].count() - col)};
    require(t[big][j].count() >= 0, "fit: a cell went negative");
  }
  return t;
}

// ---- partners ------------------------------------------------------------------------------------

// Partner segments, disjoint: Belt and Road partners are split into Central Asia, ASEAN and the rest.
enum segment : std::size_t { central_asia_seg, asean_seg, other_bri_seg, non_bri_seg, segment_count };

/** A partner and its relative weight in its segment's exports and imports, 2024 and 2025
 *  (roughly 亿元; only the ratios within a segment and flow matter). */
struct partner_row {
  std::string_view iso3;
  std::int64_t x24, m24, x25, m25;
  bool neighbour;  // borders Xinjiang: border small-volume trade (边境小额贸易) is possible
};

// clang-format off
constexpr std::array partners{
    partner_row{"KAZ", 850, 250, 980, 230, true},  partner_row{"KGZ", 750, 10, 880, 12, true},
    partner_row{"UZB", 320, 30, 380, 35, false},   partner_row{"TJK", 130, 8, 150, 9, true},
    partner_row{"TKM", 30, 40, 35, 38, false},
    partner_row{"VNM", 90, 10, 200, 12, false},    partner_row{"THA", 60, 8, 110, 9, false},
    partner_row{"MYS", 50, 10, 120, 12, false},    partner_row{"IDN", 45, 6, 85, 8, false},
    partner_row{"PHL", 20, 2, 45, 3, false},       partner_row{"SGP", 15, 2, 30, 3, false},
    partner_row{"MMR", 8, 2, 15, 2, false},        partner_row{"KHM", 6, 1, 12, 1, false},
    partner_row{"LAO", 3, 1, 6, 1, false},         partner_row{"BRN", 1, 1, 2, 1, false},
    partner_row{"RUS", 520, 130, 430, 95, true},   partner_row{"PAK", 60, 8, 66, 9, true},
    partner_row{"MNG", 40, 10, 48, 12, true},      partner_row{"AFG", 20, 3, 22, 4, true},
    partner_row{"AZE", 20, 2, 24, 3, false},       partner_row{"GEO", 15, 1, 18, 1, false},
    partner_row{"ARM", 6, 1, 7, 1, false},         partner_row{"TUR", 40, 5, 48, 6, false},
    partner_row{"IRN", 30, 8, 35, 9, false},       partner_row{"IRQ", 20, 4, 24, 5, false},
    partner_row{"SAU", 25, 6, 30, 7, false},       partner_row{"ARE", 40, 3, 50, 4, false},
    partner_row{"EGY", 15, 1, 18, 1, false},       partner_row{"JOR", 3, 1, 4, 1, false},
    partner_row{"BLR", 30, 4, 30, 4, false},       partner_row{"KOR", 10, 6, 11, 6, false},
    partner_row{"NGA", 12, 1, 15, 1, false},       partner_row{"KEN", 8, 1, 10, 1, false},
    partner_row{"ETH", 6, 1, 8, 1, false},         partner_row{"DZA", 8, 1, 10, 1, false},
    partner_row{"TZA", 5, 1, 6, 1, false},         partner_row{"GHA", 4, 1, 5, 1, false},
    partner_row{"ZAF", 10, 3, 12, 4, false},       partner_row{"AGO", 4, 6, 5, 7, false},
    partner_row{"CHL", 8, 6, 10, 7, false},        partner_row{"PER", 5, 4, 6, 5, false},
    partner_row{"ECU", 3, 1, 4, 1, false},         partner_row{"ARG", 4, 2, 5, 3, false},
    partner_row{"VEN", 2, 1, 3, 1, false},         partner_row{"URY", 2, 1, 3, 1, false},
    partner_row{"COL", 3, 1, 4, 1, false},  // a Belt and Road partner from 2025-05-14
    partner_row{"HUN", 8, 1, 9, 1, false},         partner_row{"POL", 10, 1, 12, 1, false},
    partner_row{"SRB", 3, 1, 4, 1, false},         partner_row{"GRC", 3, 1, 3, 1, false},
    partner_row{"CZE", 3, 2, 3, 2, false},
    partner_row{"USA", 60, 10, 90, 12, false},     partner_row{"DEU", 50, 25, 70, 30, false},
    partner_row{"IND", 40, 5, 90, 6, false},       partner_row{"JPN", 20, 15, 30, 15, false},
    partner_row{"BRA", 25, 8, 60, 10, false},      partner_row{"MEX", 20, 3, 50, 4, false},
    partner_row{"ITA", 15, 5, 25, 6, false},  // a Belt and Road partner until 2024-03
    partner_row{"FRA", 12, 6, 20, 6, false},       partner_row{"GBR", 12, 3, 20, 3, false},
    partner_row{"NLD", 10, 2, 18, 2, false},       partner_row{"AUS", 10, 8, 15, 9, false},
    partner_row{"CAN", 8, 3, 12, 3, false},        partner_row{"ISR", 5, 1, 8, 1, false},
    partner_row{"SWZ", 1, 1, 2, 1, false},         partner_row{"ESP", 6, 2, 10, 2, false},
    partner_row{"BEL", 5, 2, 8, 2, false},         partner_row{"PRY", 2, 1, 4, 1, false},
};
// clang-format on

/** The partner's segment from the library's catalogues, on the comparable basis of a 2025 bulletin:
 *  membership on 2025-12-31 (Colombia counts in both years, Italy in neither). */
segment segment_of(country c) {
  const date basis{2025, 12, 31};
  if (member(groups::central_asia(), c, basis)) return central_asia_seg;
  if (member(groups::asean(), c, basis)) return asean_seg;
  if (member(groups::belt_and_road(), c, basis)) return other_bri_seg;
  return non_bri_seg;
}

// ---- products ------------------------------------------------------------------------------------

struct code_weight {
  std::string_view hs8;  // HS 2022 subheading + two national digits (see data/README.md)
  std::int64_t weight;
};

/** An export product segment: its codes and its calibrated exports, 2024 and 2025 (tenths of 亿元). */
struct export_segment {
  std::string_view name;
  std::vector<code_weight> codes;
  std::int64_t x24, x25;
  // Self-branded exports: an exact share of the segment (per mille, 0 = distributed by propensity).
  std::int64_t self_share24_pm, self_share25_pm;
  std::int64_t self_propensity;  // weight for the self-branded exports not fixed by a share
};

std::vector<export_segment> export_segments() {
  return {
      {"electrical equipment",
       {{"85015200", 3}, {"85023100", 2}, {"85042300", 2}, {"85044000", 3}, {"85362000", 2}, {"85444900", 3}},
       1120,
       1500,
       280,
       330,
       0},
      {"lithium-ion batteries", {{"85076000", 1}}, 320, 600, 700, 811, 0},
      {"textile machinery",
       {{"84451900", 2}, {"84463000", 2}, {"84471100", 1}, {"84522100", 2}},
       240,
       300,
       200,
       250,
       0},
      {"electric passenger vehicles", {{"87038000", 3}, {"87036000", 1}}, 700, 1200, 0, 0, 60},
      {"solar cells", {{"85414200", 1}, {"85414300", 2}}, 136, 200, 0, 0, 30},
      {"automobiles and parts",
       {{"87042100", 2}, {"87042200", 3}, {"87021000", 1}, {"87089900", 3}},
       4000,
       5600,
       0,
       0,
       15},
      {"electronic components", {{"85423100", 1}, {"85340000", 1}, {"85412900", 1}}, 340, 450, 0, 0, 10},
      {"other mechanical and electrical",
       {{"84713000", 2},
        {"85171300", 2},
        {"84181000", 2},
        {"84158200", 2},
        {"84295100", 3},
        {"84314900", 2},
        {"87120000", 1},
        {"84501100", 1},
        {"73089000", 1},
        {"82055900", 1}},
       6399,
       8800,
       0,
       0,
       12},
      {"walnuts", {{"08023100", 1}, {"08023200", 2}}, 200, 250, 0, 0, 10},
      {"grapes", {{"08061000", 1}, {"08062000", 2}}, 115, 150, 0, 0, 5},
      {"other agricultural",
       {{"20029000", 3}, {"08134000", 2}, {"08081000", 2}, {"09042100", 1}, {"52010000", 1}, {"07031000", 1}},
       722,
       900,
       0,
       0,
       5},
      {"other goods",
       {{"62034200", 3},
        {"61091000", 3},
        {"64029900", 3},
        {"54075200", 2},
        {"72104900", 2},
        {"40112000", 2},
        {"39041000", 2},
        {"94036000", 2},
        {"42029200", 1},
        {"95030000", 1},
        {"69072100", 1},
        {"63026000", 1}},
       0,
       0,
       0,
       0,
       8},  // the rest of exports
  };
}

/** Import products and their weights for a partner kind (no import figure is calibrated). */
struct import_code {
  std::string_view hs8;
  std::int64_t neighbour_weight, other_weight;
  std::int64_t private_propensity;  // percent: state-owned firms import most energy
};

constexpr std::array imports{
    import_code{"27090000", 20, 4, 30}, import_code{"27112100", 25, 1, 30},
    import_code{"27011200", 6, 1, 50},  import_code{"26030000", 8, 3, 90},
    import_code{"26011100", 5, 2, 90},  import_code{"26080000", 3, 1, 90},
    import_code{"74031100", 4, 2, 90},  import_code{"72024100", 3, 1, 90},
    import_code{"52010000", 3, 2, 100}, import_code{"12060000", 4, 1, 100},
    import_code{"10019900", 4, 1, 100}, import_code{"44032100", 2, 1, 100},
    import_code{"39012000", 2, 2, 90},  import_code{"84798900", 1, 4, 100},
    import_code{"85423100", 0, 3, 100}, import_code{"40012200", 0, 3, 100},
    import_code{"08106000", 0, 2, 100}, import_code{"15111000", 0, 2, 100},
    import_code{"87032300", 0, 3, 100}, import_code{"30049000", 0, 3, 100},
};

// ---- the calibrated totals (tenths of 亿元) ---------------------------------------------------------

struct year_targets {
  int y;
  std::int64_t exports, imports;
  std::array<std::int64_t, segment_count> segments;  // total trade by partner segment
  std::int64_t private_trade, private_imports;       // private enterprises (民营企业)
  std::int64_t self_branded;                         // self-branded exports (自主品牌)
  std::array<std::int64_t, 12> month_weights;        // 2025 only: 2024's months are fixed below
};

// 2025 from the Chinese figures; 2024 implied by the published growth rates (the reference's
// calibration table); Central Asia 2024 is free (chosen); private imports are free (chosen).
constexpr year_targets targets24{2024, 36859, 6546, {24500, 3397, 12066, 3442}, 40188, 4713, 3714, {}};

// 2024 by month, so that the year-to-date totals of xinjiang_trade_totals.csv hold: January-February
// 636.9, January-July 2533.0, January-September 3223.9, January-October 3627.9 (exports 3082.9,
// imports 545.0), January-November 4031.0; months within those spans are split evenly (chosen).
constexpr std::array<std::int64_t, 12> ytd2024_totals{3185, 3184, 3792, 3792, 3792, 3792,
                                                      3793, 3454, 3455, 4040, 4031, 3095};
constexpr std::array<std::int64_t, 12> ytd2024_imports{478, 478, 569, 569, 569, 569,
                                                       569, 518, 518, 613, 548, 548};
constexpr year_targets targets25{
    2025,  46074, 5963, {27669, 6737, 11431, 6200},
    48266, 4174,  5211, {360, 330, 420, 430, 440, 450, 460, 450, 460, 470, 480, 450}};

// ---- records ------------------------------------------------------------------------------------

struct key {
  int y, m;
  trade_flow flow;
  std::string iso3, hs8;
  int mode;
  enterprise_type enterprise;
  std::optional<brand_type> brand;
  friend bool operator<(const key& a, const key& b) {
    const auto brand_of = [](const key& k) { return k.brand ? static_cast<int>(*k.brand) : -1; };
    return std::tuple(a.y, a.m, a.flow, a.iso3, a.hs8, a.mode, a.enterprise, brand_of(a)) <
           std::tuple(b.y, b.m, b.flow, b.iso3, b.hs8, b.mode, b.enterprise, brand_of(b));
  }
};

/** A part of a year's trade for one partner, product segment, enterprise class and brand class,
 *  before it is spread over months and records. */
struct block {
  const partner_row* partner;
  std::vector<code_weight> codes;
  bool is_private;
  std::optional<bool> self_branded;  // empty for imports (no brand type)
  yuan amount;
};

class builder {
 public:
  explicit builder(std::uint64_t seed) : rng_(seed) {}

  static constexpr std::int64_t grain = 45'000'000;  // about one record per 45 million yuan

  /** Spreads a flow's blocks over the months so that each block keeps its amount and each month's
   *  total is exactly `month_totals` (a fit), then splits each block-month into records. A block of
   *  less than a year's worth of grains trades in only a few months. */
  void months(int y, trade_flow flow, const std::vector<block>& blocks,
              const std::vector<yuan>& month_totals) {
    std::vector<yuan> amounts;
    std::vector<std::vector<std::int64_t>> seed;
    std::vector<const block*> kept;
    for (const block& b : blocks) {
      if (b.amount.count() == 0) continue;
      kept.push_back(&b);
      amounts.push_back(b.amount);
      std::vector<std::int64_t> w(12, 0);
      if (b.amount.count() >= 12 * grain) {
        for (std::size_t k = 0; k < 12; ++k)
          w[k] = month_totals[k].count() / 10'000'000 * rng_.between(80, 120);
      } else {
        const std::int64_t active = std::max<std::int64_t>(1, b.amount.count() / grain);
        for (std::int64_t k = 0; k < active; ++k)
          w[static_cast<std::size_t>(rng_.between(0, 11))] += rng_.between(1, 100);
      }
      seed.push_back(std::move(w));
    }
    const table spread = fit(amounts, month_totals, seed);
    for (std::size_t i = 0; i < kept.size(); ++i)
      for (std::size_t k = 0; k < 12; ++k) records(y, static_cast<int>(k) + 1, flow, *kept[i], spread[i][k]);
  }

  const std::map<key, std::int64_t>& values() const { return values_; }
  splitmix64& rng() { return rng_; }

 private:
  /** Splits one block's month into draws of a code, trade mode, enterprise type and brand type,
   *  their values allocated exactly. */
  void records(int y, int mo, trade_flow flow, const block& b, yuan amount) {
    if (amount.count() == 0) return;
    const std::int64_t draws = std::clamp<std::int64_t>(amount.count() / grain, 1, 40);
    std::vector<std::int64_t> weights(static_cast<std::size_t>(draws));
    std::vector<key> keys;
    std::vector<std::int64_t> code_weights;
    for (const auto& c : b.codes) code_weights.push_back(c.weight);
    for (auto& w : weights) {
      w = rng_.between(1, 1000);
      keys.push_back(key{y, mo, flow, std::string(b.partner->iso3),
                         std::string(b.codes[rng_.pick(code_weights)].hs8), mode(flow, *b.partner),
                         enterprise(b.is_private), brand(b.self_branded)});
    }
    const std::vector<yuan> parts = allocate(amount, weights);
    for (std::size_t i = 0; i < parts.size(); ++i) values_[keys[i]] += parts[i].count();
  }
  int mode(trade_flow flow, const partner_row& p) {
    // 19 border small-volume trade (neighbours only), 10 general trade, 15 processing with imported
    // materials, 33 customs warehousing, 39 other.
    static const std::vector<int> codes{19, 10, 15, 33, 39};
    const std::vector<std::int64_t> w = flow == trade_flow::exports
                                            ? (p.neighbour ? std::vector<std::int64_t>{55, 38, 1, 3, 3}
                                                           : std::vector<std::int64_t>{0, 85, 4, 3, 8})
                                            : (p.neighbour ? std::vector<std::int64_t>{20, 72, 3, 5, 0}
                                                           : std::vector<std::int64_t>{0, 90, 4, 6, 0});
    return codes[rng_.pick(w)];
  }
  enterprise_type enterprise(bool is_private) {
    if (is_private) return enterprise_type::private_enterprise;
    static const std::vector<enterprise_type> kinds{
        enterprise_type::state_owned, enterprise_type::foreign_invested, enterprise_type::other};
    return kinds[rng_.pick({60, 30, 10})];
  }
  std::optional<brand_type> brand(std::optional<bool> self_branded) {
    if (!self_branded) return std::nullopt;  // imports carry no brand type
    if (*self_branded)
      return rng_.pick({9, 1}) == 0 ? brand_type::domestic_own : brand_type::domestic_acquired;
    static const std::vector<brand_type> kinds{brand_type::no_brand, brand_type::overseas_oem,
                                               brand_type::overseas_other};
    return kinds[rng_.pick({60, 25, 15})];
  }

  splitmix64 rng_;
  std::map<key, std::int64_t> values_;
};

/** The weights of `p` in one flow and year. */
std::int64_t weight_of(const partner_row& p, int y, trade_flow f) {
  if (y == 2024) return f == trade_flow::exports ? p.x24 : p.m24;
  return f == trade_flow::exports ? p.x25 : p.m25;
}

void generate_year(const year_targets& t, builder& b) {
  // 1. Partner segments x flows, exact both ways (seeded by the partners' weights).
  std::vector<yuan> seg_totals;
  std::vector<std::vector<std::int64_t>> seg_seed(segment_count, std::vector<std::int64_t>(2, 0));
  std::vector<std::vector<std::size_t>> members(segment_count);
  for (std::size_t i = 0; i < partners.size(); ++i) {
    const segment s = segment_of(country_from(iso_alpha3_code{partners[i].iso3}));
    members[s].push_back(i);
    seg_seed[s][0] += weight_of(partners[i], t.y, trade_flow::exports);
    seg_seed[s][1] += weight_of(partners[i], t.y, trade_flow::imports);
  }
  for (auto v : t.segments) seg_totals.push_back(tenths(v));
  const table seg_flow = fit(seg_totals, {tenths(t.exports), tenths(t.imports)}, seg_seed);

  // 2. Partners within each segment and flow, by their weights.
  std::vector<yuan> partner_x(partners.size()), partner_m(partners.size());
  for (std::size_t s = 0; s < segment_count; ++s) {
    for (int f = 0; f < 2; ++f) {
      const trade_flow flow = f == 0 ? trade_flow::exports : trade_flow::imports;
      std::vector<std::int64_t> w;
      for (auto i : members[s]) w.push_back(weight_of(partners[i], t.y, flow));
      const std::vector<yuan> parts = allocate(seg_flow[s][static_cast<std::size_t>(f)], w);
      for (std::size_t k = 0; k < members[s].size(); ++k)
        (f == 0 ? partner_x : partner_m)[members[s][k]] = parts[k];
    }
  }

  // 3. Exports: partners x product segments, exact both ways; the seed gives each partner its own mix.
  std::vector<export_segment> segs = export_segments();
  std::int64_t named = 0;
  for (const auto& s : segs) named += t.y == 2024 ? s.x24 : s.x25;
  std::vector<yuan> seg_exports;
  for (const auto& s : segs) seg_exports.push_back(tenths(t.y == 2024 ? s.x24 : s.x25));
  seg_exports.back() = tenths(t.exports - named);
  std::vector<std::vector<std::int64_t>> mix(partners.size());
  for (std::size_t i = 0; i < partners.size(); ++i)
    for (std::size_t j = 0; j < segs.size(); ++j) mix[i].push_back(b.rng().between(40, 160));
  const table x = fit(partner_x, seg_exports, mix);

  // 4. Self-branded exports by product segment: fixed shares where the report gives one, the rest by
  //    propensity; within a segment, over partners in proportion to their exports.
  std::vector<yuan> seg_self(segs.size());
  std::int64_t fixed = 0;
  std::vector<std::int64_t> propensity;
  for (std::size_t j = 0; j < segs.size(); ++j) {
    const std::int64_t pm = t.y == 2024 ? segs[j].self_share24_pm : segs[j].self_share25_pm;
    if (pm != 0) {
      seg_self[j] = yuan{seg_exports[j].count() / 1000 * pm};
      require(seg_exports[j].count() % 1000 == 0, "a fixed self-branded share needs a round segment total");
      fixed += seg_self[j].count();
    }
    propensity.push_back(pm != 0 ? 0 : segs[j].self_propensity * (seg_exports[j].count() / 10'000'000));
  }
  const std::vector<yuan> rest = allocate(yuan{tenths(t.self_branded).count() - fixed}, propensity);
  for (std::size_t j = 0; j < segs.size(); ++j)
    if (propensity[j] != 0) seg_self[j] = rest[j];
  table self(partners.size(), std::vector<yuan>(segs.size()));
  for (std::size_t j = 0; j < segs.size(); ++j) {
    std::vector<yuan> col;
    for (std::size_t i = 0; i < partners.size(); ++i) col.push_back(x[i][j]);
    const std::vector<yuan> parts = allocate(seg_self[j], col);
    for (std::size_t i = 0; i < partners.size(); ++i) self[i][j] = parts[i];
  }

  // 5. Private enterprises' exports over the export cells in proportion to them.
  std::vector<yuan> cells;
  for (std::size_t i = 0; i < partners.size(); ++i)
    for (std::size_t j = 0; j < segs.size(); ++j) cells.push_back(x[i][j]);
  const std::vector<yuan> priv = allocate(tenths(t.private_trade - t.private_imports), cells);

  // 6. Each export cell: private x self-branded, four blocks.
  std::vector<block> x_blocks;
  for (std::size_t i = 0; i < partners.size(); ++i) {
    for (std::size_t j = 0; j < segs.size(); ++j) {
      const std::int64_t v = x[i][j].count();
      const std::int64_t p = priv[i * segs.size() + j].count();
      const std::int64_t s = self[i][j].count();
      require(p <= v && s <= v, "a cell's private or self-branded part exceeds it");
      std::int64_t ps = v == 0 ? 0 : static_cast<std::int64_t>(static_cast<detail::int128>(p) * s / v);
      while (v - p - s + ps < 0) ++ps;
      const std::vector<code_weight>& codes = segs[j].codes;
      x_blocks.push_back({&partners[i], codes, true, true, yuan{ps}});
      x_blocks.push_back({&partners[i], codes, true, false, yuan{p - ps}});
      x_blocks.push_back({&partners[i], codes, false, true, yuan{s - ps}});
      x_blocks.push_back({&partners[i], codes, false, false, yuan{v - p - s + ps}});
    }
  }

  // 7. Imports: each partner's imports over import codes, private enterprises by propensity.
  std::vector<block> m_blocks;
  table m(partners.size());
  std::vector<yuan> m_cells;
  std::vector<std::int64_t> m_weights;
  for (std::size_t i = 0; i < partners.size(); ++i) {
    std::vector<std::int64_t> w;
    for (const auto& c : imports)
      w.push_back((partners[i].neighbour ? c.neighbour_weight : c.other_weight) * b.rng().between(50, 150));
    m[i] = allocate(partner_m[i], w);
    for (std::size_t j = 0; j < imports.size(); ++j) {
      m_cells.push_back(m[i][j]);
      m_weights.push_back(m[i][j].count() / 1000 * imports[j].private_propensity);
    }
  }
  const std::vector<yuan> m_priv = allocate(tenths(t.private_imports), m_weights);
  for (std::size_t i = 0; i < partners.size(); ++i) {
    for (std::size_t j = 0; j < imports.size(); ++j) {
      const std::int64_t v = m_cells[i * imports.size() + j].count();
      const std::int64_t p = m_priv[i * imports.size() + j].count();
      require(p <= v, "a cell's private imports exceed it");
      const std::vector<code_weight> code{{imports[j].hs8, 1}};
      m_blocks.push_back({&partners[i], code, true, std::nullopt, yuan{p}});
      m_blocks.push_back({&partners[i], code, false, std::nullopt, yuan{v - p}});
    }
  }

  // 8. Months: exact monthly totals by flow, then records.
  std::vector<yuan> x_months, m_months;
  if (t.y == 2024) {
    for (std::size_t k = 0; k < 12; ++k) {
      x_months.push_back(tenths(ytd2024_totals[k] - ytd2024_imports[k]));
      m_months.push_back(tenths(ytd2024_imports[k]));
    }
  } else {
    x_months = allocate(tenths(t.exports), t.month_weights);
    m_months = allocate(tenths(t.imports), t.month_weights);
  }
  b.months(t.y, trade_flow::exports, x_blocks, x_months);
  b.months(t.y, trade_flow::imports, m_blocks, m_months);
}

// ---- yearly totals 2016-2023 --------------------------------------------------------------------

struct yearly_total {
  int y;
  std::int64_t total;            // tenths of 亿元
  std::int64_t export_share_pm;  // exports per mille of the total (reconstructed in every year)
  bool total_reported;           // from xinjiang_trade_totals.csv; else reconstructed, flagged E
};

// 2019 and 2023 as reported; 2022 is the reference's derived 3573.3 / 1.459 (flagged); the others are
// reconstructed so that 2021-2025 is 17,126.6 (over 1.71 trillion) and 144.3 % above 2016-2020.
constexpr std::array yearly{
    yearly_total{2016, 11800, 750, false}, yearly_total{2017, 13980, 740, false},
    yearly_total{2018, 13200, 730, false}, yearly_total{2019, 16409, 760, true},
    yearly_total{2020, 14716, 720, false}, yearly_total{2021, 15600, 790, false},
    yearly_total{2022, 24491, 850, false}, yearly_total{2023, 35733, 845, true},
};

struct yearly_partner {
  std::string_view iso3;
  std::int64_t x, m;
};
// ASEAN (VNM, THA, MYS, IDN) stays at about 5 % of the total before 2024.
constexpr std::array yearly_partners{
    yearly_partner{"KAZ", 30, 45}, yearly_partner{"KGZ", 22, 2}, yearly_partner{"RUS", 10, 25},
    yearly_partner{"UZB", 6, 4},   yearly_partner{"TJK", 5, 1},  yearly_partner{"TKM", 1, 8},
    yearly_partner{"PAK", 3, 1},   yearly_partner{"MNG", 3, 3},  yearly_partner{"VNM", 2, 1},
    yearly_partner{"THA", 1, 1},   yearly_partner{"MYS", 1, 1},  yearly_partner{"IDN", 1, 0},
    yearly_partner{"TUR", 2, 1},   yearly_partner{"DEU", 3, 4},  yearly_partner{"USA", 3, 2},
    yearly_partner{"IND", 2, 1},
};

record make_record(record_period period, trade_flow flow, std::string_view iso3, yuan value) {
  record r{.period = period, .flow = flow};
  r.partner = coded_country{country_from(iso_alpha3_code{iso3}), code_scheme::iso_alpha3};
  r.region = province::from_gb2260(65);
  r.value_cny = value;
  return r;
}

rate_table<USD, CNY, month> read_rates(const std::string& path) {
  rate_table<USD, CNY, month> rates(rate_kind::market_average);
  std::ifstream in(path);
  require(static_cast<bool>(in), "cannot open the rates file " + path);
  std::string line;
  std::getline(in, line);  // header: month,cny_per_usd,n_daily_obs,method
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto comma = line.find(',');
    const auto second = line.find(',', comma + 1);
    rates.insert(parse<month>(line.substr(0, comma)), line.substr(comma + 1, second - comma - 1));
  }
  return rates;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: xinjiang_dataset_generate RATES.csv OUT.csv\n";
    return 2;
  }
  try {
    const auto rates = read_rates(argv[1]);
    builder b(0x58494E4A49414E47ULL);  // "XINJIANG"
    generate_year(targets24, b);
    generate_year(targets25, b);

    std::vector<record> rows;
    for (const auto& t : yearly) {
      for (int f = 0; f < 2; ++f) {
        const trade_flow flow = f == 0 ? trade_flow::exports : trade_flow::imports;
        const std::int64_t x = t.total / 1000 * t.export_share_pm;  // whole tenths of 亿元
        const yuan amount = tenths(f == 0 ? x : t.total - x);
        std::vector<std::int64_t> w;
        for (const auto& p : yearly_partners) w.push_back(f == 0 ? p.x : p.m);
        const std::vector<yuan> parts = allocate(amount, w);
        for (std::size_t k = 0; k < yearly_partners.size(); ++k) {
          if (parts[k].count() == 0) continue;
          record r = make_record(year{t.y}, flow, yearly_partners[k].iso3, parts[k]);
          r.estimated = !t.total_reported;
          rows.push_back(r);
        }
      }
    }
    const exchange_rate<USD, CNY, month>& last = rates.at(month{2025, 11});
    for (const auto& [k, value] : b.values()) {
      if (value == 0) continue;
      record r = make_record(month{k.y, k.m}, k.flow, k.iso3, yuan{value});
      r.commodity = hs_code{k.hs8, hs_version::hs2022};
      r.mode = trade_mode{k.mode};
      r.enterprise = k.enterprise;
      r.brand = k.brand;
      // Dollars at the month's rate (Fed H.10 monthly mean), rounded half up to whole dollars;
      // December 2025, absent from the file, at November 2025's rate (data/README.md).
      const month mo{k.y, k.m};
      const auto* rate = rates.find(mo);
      const exchange_rate<USD, CNY, month>& used = rate ? *rate : last;
      r.value_usd = convert(yuan{value}, used.inverse(), rounding::half_up);
      rows.push_back(r);
    }
    std::ofstream out(argv[2], std::ios::binary);
    require(static_cast<bool>(out), std::string("cannot write ") + argv[2]);
    const std::size_t n = write_canonical(
        out, rows,
        {canonical_column::period, canonical_column::flow, canonical_column::partner, canonical_column::hs,
         canonical_column::hs_version, canonical_column::trade_mode, canonical_column::enterprise_type,
         canonical_column::region, canonical_column::brand_type, canonical_column::value_cny,
         canonical_column::value_usd, canonical_column::flags});
    std::cout << "wrote " << n << " records to " << argv[2] << '\n';
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
