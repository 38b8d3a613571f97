// A cell of a comparison table: a ratio kind, or "no base" when the ratio has nothing to divide by
// (a zero or absent prior value, a zero total). Never an exception, never inf or NaN.
#ifndef TRADESTAT_ANALYSIS_RATIO_CELL_HPP
#define TRADESTAT_ANALYSIS_RATIO_CELL_HPP

#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>

#include <iosfwd>
#include <string>

namespace tradestat {

/** The marker of a ratio with no base: `growth_cell{no_base}`.
 *  Example: `growth_cell{no_base}.has_value()` // false */
struct no_base_t {
  explicit constexpr no_base_t() = default;
  friend constexpr bool operator==(no_base_t, no_base_t) noexcept { return true; }
};
/** The value of `no_base_t`. */
inline constexpr no_base_t no_base{};

/** A ratio of kind K, or no base (a growth from a zero prior value, a share of a zero total).
 *  Reads like `std::optional<K>`: `has_value()`, `*cell`, `cell.value()` (throws
 *  tradestat::error, division_by_zero, naming the kind, when there is no base), `value_or(k)`.
 *  Cells do not add, subtract or compare with each other's kinds: take the value first.
 *  Example: `growth_cell{growth{quotient(1, 5)}}.value()` // growth of 20 %
 *  Example: `to_string(growth_cell{no_base})` // "no base" */
template <ratio_kind K>
class ratio_cell {
 public:
  using value_type = K;

  /** No base. Example: `share_cell{}.has_value()` // false */
  constexpr ratio_cell() noexcept = default;
  constexpr ratio_cell(no_base_t) noexcept {}  // NOLINT(google-explicit-constructor): `cell = no_base`
  /** A known ratio. Example: `share_cell c = share{quotient(1, 2)};` // c.has_value() */
  constexpr ratio_cell(const K& v) noexcept : value_(v), known_(true) {}  // NOLINT(google-explicit-constructor)

  constexpr bool has_value() const noexcept { return known_; }
  constexpr explicit operator bool() const noexcept { return known_; }

  /** The ratio; throws tradestat::error (division_by_zero) when there is no base. */
  constexpr const K& value() const {
    if (!known_) {
      throw error(error_kind::division_by_zero,
                  "tradestat: this cell has no base (a zero or absent prior value or total): test has_value() "
                  "before value(), or use value_or");
    }
    return value_;
  }
  /** The ratio; the cell must have one (check `has_value()`). */
  constexpr const K& operator*() const noexcept { return value_; }
  constexpr const K* operator->() const noexcept { return &value_; }
  /** The ratio, or `fallback` when there is no base. */
  constexpr K value_or(const K& fallback) const noexcept { return known_ ? value_ : fallback; }

  friend constexpr bool operator==(const ratio_cell& a, const ratio_cell& b) noexcept {
    return a.known_ == b.known_ && (!a.known_ || a.value_ == b.value_);
  }
  friend constexpr bool operator==(const ratio_cell& a, no_base_t) noexcept { return !a.known_; }
  friend constexpr bool operator==(const ratio_cell& a, const K& b) noexcept { return a.known_ && a.value_ == b; }

 private:
  K value_{};
  bool known_ = false;
};

using growth_cell = ratio_cell<growth>;                        ///< growth, or no base (zero prior)
using share_cell = ratio_cell<share>;                          ///< share, or no base (zero total)
using points_cell = ratio_cell<percentage_points>;             ///< share change, or no base
using contribution_cell = ratio_cell<contribution>;            ///< contribution, or no base (zero prior total)
using contribution_rate_cell = ratio_cell<contribution_rate>;  ///< contribution rate, or no base (total unchanged)

/** True for every `ratio_cell<K>`. Example: `static_assert(ratio_cell_type<growth_cell>);` // holds */
template <class T>
inline constexpr bool is_ratio_cell_v = false;
template <ratio_kind K>
inline constexpr bool is_ratio_cell_v<ratio_cell<K>> = true;
template <class T>
concept ratio_cell_type = is_ratio_cell_v<std::remove_cvref_t<T>>;

/** The cell as text: the ratio as `to_string(K)` prints it, or "no base" (Chinese "—") without one.
 *  Example: `to_string(share_cell{share{quotient(129, 1000)}})` // "12.9 %"
 *  Example: `to_string(growth_cell{}, {.lang = language::zh})` // "—" */
template <ratio_kind K>
std::string to_string(const ratio_cell<K>& c, text_format f = {}) {
  if (c.has_value()) {
    return to_string(*c, f);
  }
  return f.lang == language::zh ? "—" : "no base";
}

/** Writes `to_string(c)`. Example: `os << growth_cell{}` // "no base" */
template <class CharT, class Traits, ratio_kind K>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const ratio_cell<K>& c) {
  return os << to_string(c).c_str();
}

// Rejected: cells are not ratios until their base is known. Declared, never defined (see ratio_kinds.hpp).
namespace rule {
struct a_cell_may_have_no_base__test_has_value_then_use_its_value;
}  // namespace rule
// clang-format off
template <ratio_cell_type A, class B>
rule::a_cell_may_have_no_base__test_has_value_then_use_its_value operator+(const A&, const B&);  // a cell may have no base: test has_value(), then use *cell
template <class A, ratio_cell_type B> requires(!ratio_cell_type<A>)
rule::a_cell_may_have_no_base__test_has_value_then_use_its_value operator+(const A&, const B&);  // a cell may have no base: test has_value(), then use *cell
template <ratio_cell_type A, class B>
rule::a_cell_may_have_no_base__test_has_value_then_use_its_value operator-(const A&, const B&);  // a cell may have no base: test has_value(), then use *cell
template <class A, ratio_cell_type B> requires(!ratio_cell_type<A>)
rule::a_cell_may_have_no_base__test_has_value_then_use_its_value operator-(const A&, const B&);  // a cell may have no base: test has_value(), then use *cell
// clang-format on

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_RATIO_CELL_HPP
