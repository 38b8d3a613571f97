// Consistency checks of published figures: consistent, inconsistent or undecidable, with the
// interval that decided it.
#ifndef TRADESTAT_ANALYSIS_CONSISTENCY_HPP
#define TRADESTAT_ANALYSIS_CONSISTENCY_HPP

#include <tradestat/analysis/interval.hpp>
#include <tradestat/analysis/published.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/scale.hpp>

#include <concepts>
#include <initializer_list>
#include <string_view>
#include <type_traits>

namespace tradestat {

/** What the printed figures say about a claim.
 *  Example: `to_string(verdict::undecidable)` // "undecidable" */
enum class verdict {
  consistent,    // the figures agree (for an identity: some true values satisfy it; for a derived
                 // ratio: every true value of the inputs gives a ratio that prints as claimed)
  inconsistent,  // no true values of the figures can agree
  undecidable,   // some true values agree and some do not: the printed figures cannot tell
};

/** The verdict's name. Example: `to_string(verdict::consistent)` // "consistent" */
constexpr std::string_view to_string(verdict v) noexcept {
  switch (v) {
    case verdict::consistent:
      return "consistent";
    case verdict::inconsistent:
      return "inconsistent";
    case verdict::undecidable:
      return "undecidable";
  }
  return "undecidable";
}

/** A check's outcome: the verdict, the values the claim stands for, and the values the other
 *  figures allow (the interval that decided it), in yuan for money and as fractions for ratios.
 *  Example: `consistent(printed_percent<share>("88.1"), printed<CNY, billion>("458.4"), printed<CNY, billion>("520.4")).result` // verdict::consistent */
struct consistency {
  verdict result;
  interval claimed;
  interval computed;
};

namespace detail {

/** A claimed ratio against the ratios its inputs allow: containment decides. */
inline consistency check_derived(const interval& claimed, const interval& computed) {
  const verdict v = claimed.contains(computed)   ? verdict::consistent
                    : claimed.overlaps(computed) ? verdict::undecidable
                                                 : verdict::inconsistent;
  return {v, claimed, computed};
}

/** An identity between independently rounded figures: some admissible values satisfy it or none. */
inline consistency check_identity(const interval& claimed, const interval& computed) {
  return {claimed.overlaps(computed) ? verdict::consistent : verdict::inconsistent, claimed, computed};
}

}  // namespace detail

/** Whether a published total can be the sum of published parts (each rounded on its own): consistent
 *  when some true values add up, inconsistent when none can.
 *  Example: `consistent(printed<CNY, billion>("520.4"), {printed<CNY, billion>("460.7"), printed<CNY, billion>("59.6")}).result` // verdict::consistent */
template <currency C, money_scale S, std::signed_integral R>
consistency consistent(const published<money<C, S, R>>& total,
                       std::initializer_list<std::type_identity_t<published<money<C, S, R>>>> parts) {
  interval sum = interval::point(quotient(0));
  for (const auto& p : parts) {
    sum = sum + p.range();
  }
  return detail::check_identity(total.range(), sum);
}

/** Whether a published share follows from a published part and whole: consistent when every true
 *  part and whole give a share inside the printed one, undecidable when only some do.
 *  Example: `consistent(printed_percent<share>("12.9"), printed<CNY, billion>("67.4"), printed<CNY, billion>("520.4")).result` // verdict::undecidable */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
consistency consistent(const published<share>& claimed, const published<money<C, S1, R1>>& part,
                       const published<money<C, S2, R2>>& whole) {
  return detail::check_derived(claimed.range(), share_of(part, whole).range());
}

/** Whether a published growth rate follows from a published current and prior amount.
 *  Example: `consistent(printed_percent<growth>("25"), printed(money<CNY>{125}), printed(money<CNY>{100})).result` // verdict::undecidable */
template <currency C, money_scale S1, std::signed_integral R1, money_scale S2, std::signed_integral R2>
consistency consistent(const published<growth>& claimed, const published<money<C, S1, R1>>& current,
                       const published<money<C, S2, R2>>& prior) {
  return detail::check_derived(claimed.range(), published<growth>(prior, current).range());
}

/** Whether a published figure follows from a value derived from other figures (a computed share,
 *  an implied prior, a converted amount): the same rule as for a share.
 *  Example: `consistent(under(share{quotient(1, 10)}), share_of(printed(money<CNY>{7}), printed(money<CNY>{100}))).result` // verdict::consistent */
template <detail::publishable T>
consistency consistent(const published<T>& claimed, const std::type_identity_t<published<T>>& derived) {
  return detail::check_derived(claimed.range(), derived.range());
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_CONSISTENCY_HPP
