// where: the records that satisfy a condition (a period, a flow, a partner, an HS prefix, a trade
// mode, ... or any predicate), as a view that composes with `|`, std views and range-v3 views.
#ifndef TRADESTAT_ANALYSIS_WHERE_HPP
#define TRADESTAT_ANALYSIS_WHERE_HPP

#include <tradestat/analysis/detail/pipe.hpp>
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
#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>

namespace tradestat {

/** The rows of `Base` for which `Pred` is true, lazily: single-pass over a single-pass range (a
 *  reader), multi-pass over a forward one. Made by `rows | where(...)`.
 *  Example: `std::ranges::distance(v | where(trade_flow::imports))` // the number of import records */
template <std::ranges::input_range Base, class Pred>
class where_view : public detail::pipe_view_base {
  using base_iterator = std::ranges::iterator_t<Base>;
  using base_sentinel = std::ranges::sentinel_t<Base>;

 public:
  class sentinel;
  class iterator {
   public:
    using iterator_concept =
        std::conditional_t<std::ranges::forward_range<Base>, std::forward_iterator_tag, std::input_iterator_tag>;
    using iterator_category = iterator_concept;
    using value_type = std::ranges::range_value_t<Base>;
    using difference_type = std::ranges::range_difference_t<Base>;
    using reference = std::ranges::range_reference_t<Base>;

    iterator() = default;
    constexpr iterator(where_view* parent, base_iterator it) : parent_{parent}, it_{std::move(it)} { satisfy(); }

    constexpr reference operator*() const { return *it_; }
    constexpr iterator& operator++() {
      ++it_;
      satisfy();
      return *this;
    }
    constexpr void operator++(int)
      requires(!std::ranges::forward_range<Base>)
    {
      ++*this;
    }
    constexpr iterator operator++(int)
      requires std::ranges::forward_range<Base>
    {
      iterator old = *this;
      ++*this;
      return old;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b)
      requires std::equality_comparable<base_iterator>
    {
      return a.it_ == b.it_;
    }

    /** The position in the range filtered. */
    constexpr const base_iterator& base() const& noexcept { return it_; }

   private:
    constexpr void satisfy() {
      const auto last = std::ranges::end(parent_->base_);
      while (it_ != last && !parent_->pred_.get()(*it_)) ++it_;
    }
    where_view* parent_ = nullptr;
    base_iterator it_{};
  };

  class sentinel {
   public:
    sentinel() = default;
    constexpr explicit sentinel(base_sentinel end) : end_{std::move(end)} {}
    friend constexpr bool operator==(const iterator& i, const sentinel& s) { return i.base() == s.end_; }

   private:
    base_sentinel end_{};
  };

  where_view() = default;
  constexpr where_view(Base base, Pred pred) : base_(std::move(base)), pred_(std::move(pred)) {}

  constexpr iterator begin() { return iterator{this, std::ranges::begin(base_)}; }
  constexpr sentinel end() { return sentinel{std::ranges::end(base_)}; }
  /** The range filtered. */
  constexpr const Base& base() const& noexcept { return base_; }

 private:
  Base base_{};
  detail::box<Pred> pred_{};
};

/** The pipe stage `where(...)` makes: `rows | stage` is a where_view over rows. */
template <class Pred>
struct where_stage {
  Pred pred;

  template <std::ranges::input_range R>
    requires std::predicate<const Pred&, std::ranges::range_reference_t<R>>
  friend constexpr auto operator|(R&& rows, const where_stage& s) {
    return where_view<detail::all_t<R>, Pred>(detail::all(std::forward<R>(rows)), s.pred);
  }
};

namespace detail {

// A period filter on a comparable basis: a record lies in the period, lies outside it, or (a yearly
// record and a period that covers only part of its year) makes the question unanswerable, and then
// the pipeline throws tradestat::error (incomplete) instead of dropping the record.
template <calendar_period P>
struct in_period {
  P period;
  constexpr bool operator()(const record& r) const { return contains(period, r.period); }
};

// A record field equal to a value; an empty field never matches.
template <class Field, class V>
struct field_is {
  Field field;
  V value;
  constexpr bool operator()(const record& r) const {
    const auto& f = r.*field;
    if constexpr (std::same_as<std::remove_cvref_t<decltype(f)>, std::optional<coded_country>>) {
      return f.has_value() && f->country == value;
    } else if constexpr (std::same_as<std::remove_cvref_t<decltype(f)>, trade_flow>) {
      return f == value;
    } else {
      return f.has_value() && *f == value;
    }
  }
};

// The record's commodity starts with an HS prefix of the same edition.
struct hs_prefix_is {
  hs_code prefix;
  constexpr bool operator()(const record& r) const {
    return r.commodity.has_value() && r.commodity->starts_with(prefix);
  }
};

template <class V>
using member_of_record = V record::*;

}  // namespace detail

/** Records of a period of any kind (month, quarter, half, year, ytd, span, plan), on a comparable
 *  basis: a yearly record passes only a period that covers its whole year; one that lies partly in
 *  the period throws tradestat::error (incomplete) when the pipeline reaches it, never counted as
 *  outside. Example: `rows | where(quarter{2025, 1})` // the records of January to March 2025 */
template <calendar_period P>
constexpr where_stage<detail::in_period<P>> where(const P& period) {
  return {detail::in_period<P>{period}};
}

/** Records of one flow. Example: `rows | where(trade_flow::exports)` */
constexpr where_stage<detail::field_is<trade_flow record::*, trade_flow>> where(trade_flow f) {
  return {{&record::flow, f}};
}
/** Records of one trade mode (贸易方式). Example: `rows | where(trade_mode{10})` // 一般贸易 */
constexpr where_stage<detail::field_is<std::optional<trade_mode> record::*, trade_mode>> where(trade_mode m) {
  return {{&record::mode, m}};
}
/** Records of one enterprise type (企业性质). Example: `rows | where(enterprise_type::private_enterprise)` */
constexpr where_stage<detail::field_is<std::optional<enterprise_type> record::*, enterprise_type>> where(
    enterprise_type e) {
  return {{&record::enterprise, e}};
}
/** Records of enterprises registered in one province (注册地). Example: `rows | where(province::from_gb2260(65))` */
constexpr where_stage<detail::field_is<std::optional<province> record::*, province>> where(province p) {
  return {{&record::region, p}};
}
/** Records of one brand type (品牌类型). Example: `rows | where(brand_type::domestic_own)` */
constexpr where_stage<detail::field_is<std::optional<brand_type> record::*, brand_type>> where(brand_type b) {
  return {{&record::brand, b}};
}
/** Records declared at one customs district (关区). Example: `rows | where(customs_district{"9400"})` */
constexpr where_stage<detail::field_is<std::optional<customs_district> record::*, customs_district>> where(
    customs_district d) {
  return {{&record::district, d}};
}
/** Records whose commodity starts with an HS prefix of the same edition (a chapter, heading, ...).
 *  Example: `rows | where(hs_code{"0802", hs_version::hs2022})` // walnuts, almonds and other nuts */
constexpr where_stage<detail::hs_prefix_is> where(const hs_code& prefix) { return {{prefix}}; }

/** Records whose partner (贸易伙伴) or reporter is one country: give the field, since a country
 *  alone does not say which. Example: `rows | where(&record::partner, *find_country(iso_alpha3_code{"KAZ"}))` */
constexpr where_stage<detail::field_is<std::optional<coded_country> record::*, country>> where(
    std::optional<coded_country> record::*field, country c) {
  return {{field, c}};
}
/** Records whose field equals a value; an empty field never matches.
 *  Example: `rows | where(&record::mode, trade_mode{14})` */
template <class V>
  requires std::equality_comparable<V>
constexpr where_stage<detail::field_is<std::optional<V> record::*, V>> where(std::optional<V> record::*field,
                                                                             const std::type_identity_t<V>& v) {
  return {{field, v}};
}

/** Records for which a predicate is true. Example: `rows | where([](const record& r) { return r.estimated; })` */
template <class F>
  requires(!calendar_period<F> && std::predicate<const F&, const record&>)
constexpr where_stage<F> where(F predicate) {
  return {std::move(predicate)};
}

/** Records that have a field: `rows | where(has(&record::value_usd))`. */
template <class T>
constexpr auto has(std::optional<T> record::*field) {
  return [field](const record& r) { return (r.*field).has_value(); };
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_WHERE_HPP
