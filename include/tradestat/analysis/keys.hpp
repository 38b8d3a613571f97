// Keys of a grouping (sum_by, compare): what row of a table a record belongs to. A code with a
// dense index (partner, flow, trade mode, ...) gives a table of flat arrays; a period key (year,
// month, ...) a flat array over the window of periods the table meets; other keys (HS headings and
// finer, customs districts) a sorted one; `by(k1, k2)` is a tuple of keys.
#ifndef TRADESTAT_ANALYSIS_KEYS_HPP
#define TRADESTAT_ANALYSIS_KEYS_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/codes/brand_type.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/customs_district.hpp>
#include <tradestat/codes/enterprise_type.hpp>
#include <tradestat/codes/hs_code.hpp>
#include <tradestat/codes/province.hpp>
#include <tradestat/codes/trade_flow.hpp>
#include <tradestat/codes/trade_mode.hpp>
#include <tradestat/data/record.hpp>
#include <tradestat/data/record_access.hpp>

#include <concepts>
#include <cstddef>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace tradestat {

/** The index a dense key gives a record without the key (no partner, no trade mode, ...). */
inline constexpr std::size_t no_key = static_cast<std::size_t>(-1);

/** A key whose values have a dense index: a table keyed by it is a flat array of dense_size() rows.
 *  Example: `static_assert(dense_key<partner_key>)` */
template <class K>
concept dense_key = requires(const K& k, const record& r, const typename K::key_type& key, std::size_t i) {
  { k.dense_size() } -> std::same_as<std::size_t>;
  { k.index_of(r) } -> std::same_as<std::size_t>;  // no_key for a record without the key
  { k.index(key) } -> std::same_as<std::size_t>;
  { k.key_at(i) } -> std::same_as<typename K::key_type>;
};

/** A key whose values are ordered: a table keyed by it is a sorted array.
 *  Example: `static_assert(sorted_key<hs_key<6>>)` */
template <class K>
concept sorted_key = requires(const K& k, const record& r) {
  { k.key_of(r) } -> std::same_as<std::optional<typename K::key_type>>;
} && std::totally_ordered<typename K::key_type>;

/** A key under which a record may fall in several rows at once (overlapping groups): its table says
 *  so, and its rows do not add up to a total. Example: `static_assert(overlapping_key<country_groups_key>)` */
template <class K>
concept overlapping_key = requires(const K& k, const record& r, const typename K::key_type& key, std::size_t i,
                                   void (*each)(std::size_t)) {
  requires K::rows_overlap;
  { k.dense_size() } -> std::same_as<std::size_t>;
  k.for_each_index(r, each);  // calls each(i) for every group the record belongs to
  { k.index(key) } -> std::same_as<std::size_t>;
  { k.key_at(i) } -> std::same_as<typename K::key_type>;
};

/** The place of a record under a windowed key: the index of its period on the timeline of its kind
 *  (`period.index()`) and its index within the block of that period (the dense parts of a tuple, 0
 *  for a plain period key). `period == no_period` for a record without the key. */
struct window_slot {
  long long period;
  std::size_t inner;
  friend constexpr bool operator==(const window_slot&, const window_slot&) = default;
  friend constexpr auto operator<=>(const window_slot&, const window_slot&) = default;
};
/** The period of a window_slot for a record without the key. */
inline constexpr long long no_period = -1;

/** A key with a period part (by_year, by_month, ..., or a tuple of one of them with dense keys): a
 *  table keyed by it is a flat array over the window of periods it has met, grown as records come
 *  (block_size() rows per period). Such keys are sorted keys too (key_of), for whoever needs one.
 *  Example: `static_assert(windowed_key<year_key>)` */
template <class K>
concept windowed_key = requires(const K& k, const record& r, const typename K::key_type& key, window_slot s) {
  requires K::windowed;
  { k.block_size() } -> std::same_as<std::size_t>;
  { k.slot_of(r) } -> std::same_as<window_slot>;
  { k.slot(key) } -> std::same_as<window_slot>;
  { k.key_at(s) } -> std::same_as<typename K::key_type>;
};

/** Any key of a grouping. */
template <class K>
concept grouping_key = dense_key<K> || sorted_key<K> || overlapping_key<K>;

namespace detail {

/** A dense key over an optional country field of the record (partner or reporter), whatever code
 *  scheme the source used: one slot per country of the table, `country::none()` included. */
template <std::optional<coded_country> record::*Field>
struct country_field_key {
  using key_type = country;
  constexpr std::size_t dense_size() const noexcept { return country::none().index() + 1; }
  constexpr std::size_t index_of(const record& r) const noexcept {
    const std::optional<coded_country>& c = r.*Field;
    return c ? c->country.index() : no_key;
  }
  constexpr std::size_t index(country c) const noexcept { return c.index(); }
  constexpr country key_at(std::size_t i) const { return country::from_index(i); }
};

/** A dense key over an optional enumeration field of the record: one slot per enumerator, which
 *  run from 0 to Count - 1. */
template <class E, std::optional<E> record::*Field, std::size_t Count>
struct enum_field_key {
  using key_type = E;
  constexpr std::size_t dense_size() const noexcept { return Count; }
  constexpr std::size_t index_of(const record& r) const noexcept {
    const std::optional<E>& e = r.*Field;
    return e ? static_cast<std::size_t>(*e) : no_key;
  }
  constexpr std::size_t index(E e) const noexcept { return static_cast<std::size_t>(e); }
  constexpr E key_at(std::size_t i) const noexcept { return static_cast<E>(i); }
};

}  // namespace detail

/** The partner (贸易伙伴), by country whatever code scheme the source used. Example: `sum_by(by_partner, &record::value_cny)` */
struct partner_key : detail::country_field_key<&record::partner> {};
inline constexpr partner_key by_partner{};

/** The reporter (the declaring economy). Example: `sum_by(by_reporter, &record::value_usd)` */
struct reporter_key : detail::country_field_key<&record::reporter> {};
inline constexpr reporter_key by_reporter{};

/** The flow (every record has one). */
struct flow_key {
  using key_type = trade_flow;
  constexpr std::size_t dense_size() const noexcept { return 4; }
  constexpr std::size_t index_of(const record& r) const noexcept { return static_cast<std::size_t>(r.flow); }
  constexpr std::size_t index(trade_flow f) const noexcept { return static_cast<std::size_t>(f); }
  constexpr trade_flow key_at(std::size_t i) const noexcept { return static_cast<trade_flow>(i); }
};
inline constexpr flow_key by_flow{};

/** The trade mode (贸易方式), two-digit codes 10 to 99. */
struct mode_key {
  using key_type = trade_mode;
  constexpr std::size_t dense_size() const noexcept { return 100; }
  constexpr std::size_t index_of(const record& r) const noexcept {
    return r.mode ? static_cast<std::size_t>(r.mode->code()) : no_key;
  }
  constexpr std::size_t index(trade_mode m) const noexcept { return static_cast<std::size_t>(m.code()); }
  constexpr trade_mode key_at(std::size_t i) const { return trade_mode{static_cast<int>(i)}; }
};
inline constexpr mode_key by_mode{};

/** The enterprise type (企业性质): state-owned, foreign-invested, private, other. */
struct enterprise_key : detail::enum_field_key<enterprise_type, &record::enterprise, 4> {};
inline constexpr enterprise_key by_enterprise{};
static_assert(static_cast<std::size_t>(enterprise_type::other) + 1 == enterprise_key{}.dense_size());

/** The brand type (品牌类型): the five kinds of the canonical format's `brand_type`. */
struct brand_key : detail::enum_field_key<brand_type, &record::brand, 5> {};
inline constexpr brand_key by_brand{};
static_assert(static_cast<std::size_t>(brand_type::overseas_other) + 1 == brand_key{}.dense_size());

/** The province where the enterprise is registered (注册地), by its two-digit GB/T 2260 code. */
struct region_key {
  using key_type = province;
  constexpr std::size_t dense_size() const noexcept { return 100; }
  constexpr std::size_t index_of(const record& r) const noexcept {
    return r.region ? static_cast<std::size_t>(r.region->gb2260()) : no_key;
  }
  constexpr std::size_t index(province p) const noexcept { return static_cast<std::size_t>(p.gb2260()); }
  constexpr province key_at(std::size_t i) const { return province::from_gb2260(static_cast<int>(i)); }
};
inline constexpr region_key by_region{};

/** The customs district (关区). */
struct district_key {
  using key_type = customs_district;
  constexpr std::optional<customs_district> key_of(const record& r) const { return r.district; }
};
inline constexpr district_key by_district{};

/** The HS chapter (2 digits, dense: one row per edition and chapter). A record with no commodity has no key. */
struct hs2_key {
  using key_type = hs_code;
  static constexpr std::size_t editions = 7;
  constexpr std::size_t dense_size() const noexcept { return editions * 100; }
  constexpr std::size_t index_of(const record& r) const noexcept {
    return r.commodity ? index(*r.commodity) : no_key;
  }
  constexpr std::size_t index(const hs_code& c) const noexcept {
    return static_cast<std::size_t>(c.version()) * 100 + static_cast<std::size_t>(c.chapter_number());
  }
  constexpr hs_code key_at(std::size_t i) const {
    const char digits[2] = {static_cast<char>('0' + i % 100 / 10), static_cast<char>('0' + i % 10)};
    return hs_code{std::string_view{digits, 2}, static_cast<hs_version>(i / 100)};
  }
};

/** The HS heading (4), subheading (6) or national code (8) a record's commodity lies in, sorted. A
 *  record whose code is coarser than the level (a chapter-level record under hs6) has no key: it
 *  is counted in the table's unkeyed() row, not spread over the finer codes. */
template <std::size_t Digits>
  requires(Digits == 4 || Digits == 6 || Digits == 8 || Digits == 10)
struct hs_key {
  using key_type = hs_code;
  constexpr std::optional<hs_code> key_of(const record& r) const {
    if (!r.commodity || r.commodity->length() < Digits) return std::nullopt;
    return r.commodity->prefix(Digits);
  }
};
inline constexpr hs2_key by_hs2{};
inline constexpr hs_key<4> by_hs4{};
inline constexpr hs_key<6> by_hs6{};
inline constexpr hs_key<8> by_hs8{};

namespace detail {
/** A period key over records: windowed (a flat array over the periods met) and sorted (key_of). */
template <class Derived, class P>
struct period_key_base {
  using key_type = P;
  static constexpr bool windowed = true;
  constexpr std::size_t block_size() const noexcept { return 1; }
  constexpr window_slot slot_of(const record& r) const noexcept {
    const auto k = static_cast<const Derived&>(*this).key_of(r);
    return k ? window_slot{k->index(), 0} : window_slot{no_period, 0};
  }
  constexpr window_slot slot(const P& p) const noexcept { return {p.index(), 0}; }
  constexpr P key_at(window_slot s) const { return P::from_index(s.period); }
};
}  // namespace detail

/** The month of a monthly record; a yearly record has none (it goes to unkeyed(), counted). */
struct month_key : detail::period_key_base<month_key, month> {
  constexpr std::optional<month> key_of(const record& r) const noexcept { return month_of(r); }
};
/** The quarter of a monthly record; a yearly record has none. */
struct quarter_key : detail::period_key_base<quarter_key, quarter> {
  constexpr std::optional<quarter> key_of(const record& r) const noexcept {
    if (const auto m = month_of(r)) return quarter{*m};
    return std::nullopt;
  }
};
/** The half-year of a monthly record; a yearly record has none. */
struct half_key : detail::period_key_base<half_key, half> {
  constexpr std::optional<half> key_of(const record& r) const noexcept {
    if (const auto m = month_of(r)) return half{*m};
    return std::nullopt;
  }
};
/** The year of any record. */
struct year_key : detail::period_key_base<year_key, year> {
  constexpr std::optional<year> key_of(const record& r) const noexcept { return year_of(r); }
  constexpr window_slot slot_of(const record& r) const noexcept { return {year_of(r).index(), 0}; }
};
inline constexpr month_key by_month{};
inline constexpr quarter_key by_quarter{};
inline constexpr half_key by_half{};
inline constexpr year_key by_year{};

/** Several keys at once: a row per combination (partner and flow, year and HS chapter, ...). Dense
 *  when every key is dense (the index is mixed-radix), windowed when one key is windowed (a period)
 *  and the others dense (the block of a period is mixed-radix over the parts), sorted otherwise. Overlapping keys do not
 *  combine. Example: `sum_by(by(by_year, by_flow), &record::value_cny)[{year{2025}, trade_flow::exports}]` */
template <grouping_key... Keys>
  requires(sizeof...(Keys) >= 2 && (!overlapping_key<Keys> && ...))
struct tuple_key {
  using key_type = std::tuple<typename Keys::key_type...>;
  std::tuple<Keys...> keys;
  /** True for one windowed part and dense others: a flat array over the periods met. */
  static constexpr bool windowed =
      ((windowed_key<Keys> ? 1 : 0) + ...) == 1 && ((dense_key<Keys> || windowed_key<Keys>) && ...);

  constexpr std::size_t block_size() const noexcept
    requires windowed
  {
    return std::apply([](const auto&... k) { return (std::size_t{1} * ... * part_size(k)); }, keys);
  }
  constexpr window_slot slot_of(const record& r) const noexcept
    requires windowed
  {
    window_slot out{0, 0};
    bool none = false;
    std::apply([&](const auto&... k) { (slot_part(out, none, k, r), ...); }, keys);
    return none ? window_slot{no_period, 0} : out;
  }
  constexpr window_slot slot(const key_type& key) const noexcept
    requires windowed
  {
    return slot_impl(key, std::index_sequence_for<Keys...>{});
  }
  constexpr key_type key_at(window_slot s) const
    requires windowed
  {
    return window_key_at_impl(s, std::index_sequence_for<Keys...>{});
  }

  constexpr std::size_t dense_size() const noexcept
    requires(dense_key<Keys> && ...)
  {
    return std::apply([](const auto&... k) { return (std::size_t{1} * ... * k.dense_size()); }, keys);
  }
  constexpr std::size_t index_of(const record& r) const noexcept
    requires(dense_key<Keys> && ...)
  {
    std::size_t out = 0;
    bool none = false;
    std::apply(
        [&](const auto&... k) {
          ((out = none ? 0 : combine(out, k.index_of(r), k.dense_size(), none)), ...);
        },
        keys);
    return none ? no_key : out;
  }
  constexpr std::size_t index(const key_type& key) const noexcept
    requires(dense_key<Keys> && ...)
  {
    return index_impl(key, std::index_sequence_for<Keys...>{});
  }
  constexpr key_type key_at(std::size_t i) const
    requires(dense_key<Keys> && ...)
  {
    return key_at_impl(i, std::index_sequence_for<Keys...>{});
  }
  constexpr std::optional<key_type> key_of(const record& r) const
    requires(!(dense_key<Keys> && ...))
  {
    return key_of_impl(r, std::index_sequence_for<Keys...>{});
  }

 private:
  template <class K>
  static constexpr std::size_t part_size(const K& k) noexcept {
    if constexpr (windowed_key<K>) {
      return k.block_size();
    } else {
      return k.dense_size();
    }
  }
  template <class K>
  static constexpr void slot_part(window_slot& out, bool& none, const K& k, const record& r) noexcept {
    if (none) return;
    if constexpr (windowed_key<K>) {
      const window_slot s = k.slot_of(r);
      if (s.period == no_period) {
        none = true;
        return;
      }
      out.period = s.period;
      out.inner = out.inner * k.block_size() + s.inner;
    } else {
      const std::size_t i = k.index_of(r);
      if (i == no_key) {
        none = true;
        return;
      }
      out.inner = out.inner * k.dense_size() + i;
    }
  }
  template <std::size_t... I>
  constexpr window_slot slot_impl(const key_type& key, std::index_sequence<I...>) const noexcept {
    window_slot out{0, 0};
    const auto part = [&](const auto& k, const auto& v) {
      if constexpr (windowed_key<std::remove_cvref_t<decltype(k)>>) {
        const window_slot s = k.slot(v);
        out.period = s.period;
        out.inner = out.inner * k.block_size() + s.inner;
      } else {
        out.inner = out.inner * k.dense_size() + k.index(v);
      }
    };
    (part(std::get<I>(keys), std::get<I>(key)), ...);
    return out;
  }
  template <std::size_t... I>
  constexpr key_type window_key_at_impl(window_slot s, std::index_sequence<I...>) const {
    std::size_t idx[sizeof...(Keys)] = {};
    std::size_t rest = s.inner;
    const std::size_t sizes[sizeof...(Keys)] = {part_size(std::get<I>(keys))...};
    for (std::size_t n = sizeof...(Keys); n-- > 0;) {
      idx[n] = rest % sizes[n];
      rest /= sizes[n];
    }
    const auto part = [&](const auto& k, std::size_t i) {
      if constexpr (windowed_key<std::remove_cvref_t<decltype(k)>>) {
        return k.key_at(window_slot{s.period, i});
      } else {
        return k.key_at(i);
      }
    };
    return key_type{part(std::get<I>(keys), idx[I])...};
  }
  static constexpr std::size_t combine(std::size_t acc, std::size_t i, std::size_t size, bool& none) noexcept {
    if (i == no_key) {
      none = true;
      return 0;
    }
    return acc * size + i;
  }
  template <std::size_t... I>
  constexpr std::size_t index_impl(const key_type& key, std::index_sequence<I...>) const noexcept {
    std::size_t out = 0;
    ((out = out * std::get<I>(keys).dense_size() + std::get<I>(keys).index(std::get<I>(key))), ...);
    return out;
  }
  template <std::size_t... I>
  constexpr key_type key_at_impl(std::size_t i, std::index_sequence<I...>) const {
    std::size_t idx[sizeof...(Keys)] = {};
    std::size_t rest = i;
    for (std::size_t n = sizeof...(Keys); n-- > 0;) {
      const std::size_t size = size_at(n, std::index_sequence_for<Keys...>{});
      idx[n] = rest % size;
      rest /= size;
    }
    return key_type{std::get<I>(keys).key_at(idx[I])...};
  }
  template <std::size_t... I>
  constexpr std::size_t size_at(std::size_t n, std::index_sequence<I...>) const noexcept {
    std::size_t out = 0;
    ((out = I == n ? std::get<I>(keys).dense_size() : out), ...);
    return out;
  }
  template <class K>
  static constexpr std::optional<typename K::key_type> one_key(const K& k, const record& r) {
    if constexpr (dense_key<K>) {
      const std::size_t i = k.index_of(r);
      if (i == no_key) return std::nullopt;
      return k.key_at(i);
    } else {
      return k.key_of(r);
    }
  }
  template <std::size_t... I>
  constexpr std::optional<key_type> key_of_impl(const record& r, std::index_sequence<I...>) const {
    std::tuple<std::optional<typename Keys::key_type>...> parts{one_key(std::get<I>(keys), r)...};
    if (!(std::get<I>(parts).has_value() && ...)) return std::nullopt;
    return key_type{*std::get<I>(parts)...};
  }
};

/** Several keys at once. Example: `by(by_partner, by_flow)` */
template <grouping_key... Keys>
  requires(sizeof...(Keys) >= 2 && (!overlapping_key<Keys> && ...))
constexpr tuple_key<Keys...> by(const Keys&... keys) {
  return tuple_key<Keys...>{{keys...}};
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_KEYS_HPP
