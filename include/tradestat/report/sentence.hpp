// Narrative sentences of a bulletin, in English and Chinese, built from typed figures: the words
// (rose/fell/remained unchanged, 增长/下降/持平, percentage points/个百分点, above a threshold for
// the first time/首次突破) follow from each value's kind and sign.
#ifndef TRADESTAT_REPORT_SENTENCE_HPP
#define TRADESTAT_REPORT_SENTENCE_HPP

#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/error.hpp>
#include <tradestat/report/subject.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/scale.hpp>

#include <concepts>
#include <iosfwd>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace tradestat {

// The rules that rejected sentence parts name in their return types (never completed).
namespace rule {
struct a_change_in_a_sentence_is_a_growth_rate__pass_growth_from_to;
struct a_share_clause_takes_a_share__pass_share_of_part_whole;
struct a_change_of_a_share_is_in_percentage_points__subtract_the_two_shares;
struct an_amount_in_a_sentence_is_money__not_a_plain_number;
struct a_first_crossing_in_a_sentence_is_of_a_share_or_an_amount;
}  // namespace rule

/** How a sentence prints amounts: the display scale of each language (English 10^9, "460.7
 *  billion yuan"; Chinese 10^8, "4607.4亿元") and the digits after the point, rounded half up.
 *  Example: `amount_style{.en_exponent = 6, .zh_exponent = 4}` // "…million yuan", "…万元" */
struct amount_style {
  int en_exponent = 9;
  int zh_exponent = 8;
  int precision = 1;
};

namespace detail {

/** A threshold ratio at the fewest digits (at most `most`) that print it exactly: 10 % is "10",
 *  12.5 % "12.5". */
inline std::string threshold_text(const quotient& q, int most) {
  for (int d = 0; d < most; ++d) {
    if (quotient::from_wide(static_cast<int128>(q.numerator()) * 100 * pow10(d), q.denominator()).denominator() == 1)
      return fraction_text(q, 2, d);
  }
  return fraction_text(q, 2, most);
}

template <class M>
std::string sentence_amount(const M& m, const amount_style& style, language lang, int precision) {
  const int e = lang == language::zh ? style.zh_exponent : style.en_exponent;
  return to_string(m, money_format{lang, currency_style::name, e, precision});
}

}  // namespace detail

/** One sentence about one subject, put together from typed figures and printed in either
 *  language: an amount, its growth, its share of a whole with the share's change in percentage
 *  points, and "above a threshold for the first time" from `first_crossing`.
 *  Example: `to_string(sentence{{"Exports", "出口"}}.amount(money<CNY, scale<7>>{46074}).change(growth{quotient(1, 4)}))`
 *  // "Exports rose 25.0 % to 460.7 billion yuan."
 *  Example: the same with `{.lang = language::zh}` // "出口4607.4亿元，增长25.0%。" */
class sentence {
 public:
  explicit sentence(subject about, amount_style style = {}) : subject_(std::move(about)), style_(style) {}

  /** The subject's level in the period. Example: `.amount(money<CNY, yi>{5204})` */
  template <currency C, money_scale S, std::signed_integral R>
  sentence& amount(const money<C, S, R>& m) {
    amount_en_ = detail::sentence_amount(m, style_, language::en, style_.precision);
    amount_zh_ = detail::sentence_amount(m, style_, language::zh, style_.precision);
    return *this;
  }
  /** Rejected: a plain number has no currency or scale. */
  template <class N>
    requires std::is_arithmetic_v<N>
  rule::an_amount_in_a_sentence_is_money__not_a_plain_number amount(const N&);  // pass money<C, S>: a number has no currency

  /** The growth over the comparison period: rose, fell, or remained unchanged when it prints as
   *  zero at the sentence's precision. Example: `.change(growth(prior, current))` */
  sentence& change(const growth& g) {
    growth_ = g;
    return *this;
  }
  /** Rejected: a share, points or a plain number is no change over a base. */
  template <class K>
    requires(!std::same_as<K, growth>)
  rule::a_change_in_a_sentence_is_a_growth_rate__pass_growth_from_to change(const K&);  // pass growth(from, to)

  /** The subject's share of `whole` ("accounting for 12.9 % of the total", "占进出口总值的12.9%").
   *  Example: `.share(share_of(asean, total), {"the total", "进出口总值"})` */
  sentence& share(const tradestat::share& s, subject whole) {
    share_ = s;
    whole_ = std::move(whole);
    return *this;
  }
  /** Rejected: only a share is a part of a whole. */
  template <class K>
    requires(!std::same_as<K, tradestat::share>)
  rule::a_share_clause_takes_a_share__pass_share_of_part_whole share(const K&, subject);  // pass share_of(part, whole)

  /** The change of the share, in percentage points ("up 5.1 percentage points", "提高5.1个百分点");
   *  after `share`, else tradestat::error (invalid_argument). Example: `.share_change(row.share_change.value())` */
  sentence& share_change(const percentage_points& p) {
    if (!share_) {
      throw error(error_kind::invalid_argument,
                  "tradestat: a share change reads as a change of the sentence's share: call share(...) first");
    }
    points_ = p;
    return *this;
  }
  /** Rejected: a growth rate or a share is no difference of shares. */
  template <class K>
    requires(!std::same_as<K, percentage_points>)
  rule::a_change_of_a_share_is_in_percentage_points__subtract_the_two_shares share_change(const K&);  // pass share - share

  /** "Above the threshold for the first time" (首次突破), when `first` (the result of
   *  `first_crossing(series, threshold)`) is `current`, the period the sentence is about; nothing
   *  otherwise. The share must be given first and reach the threshold (else tradestat::error,
   *  invalid_argument: the series and the sentence disagree).
   *  Example: `.first_above(share{quotient(1, 10)}, first_crossing(asean_shares, share{quotient(1, 10)}), year{2025})`
   *  // "…, above 10 % for the first time" */
  template <calendar_period P>
  sentence& first_above(const tradestat::share& threshold, const std::optional<P>& first, const P& current) {
    if (!share_) {
      throw error(error_kind::invalid_argument,
                  "tradestat: a share's first crossing reads after the share: call share(...) first");
    }
    if (first && *first == current) {
      if (*share_ < threshold) {
        throw error(error_kind::invalid_argument,
                    "tradestat: the share is below the threshold its first crossing is said to pass: is the crossing "
                    "of the same series as the share?");
      }
      share_threshold_ = threshold;
    } else {
      share_threshold_.reset();
    }
    return *this;
  }
  /** "Above an amount for the first time" ("首次突破5000亿元"), when `first` is `current`; after
   *  `amount`, which must reach it (else tradestat::error, invalid_argument).
   *  Example: `.first_above(money<CNY, yi>{5000}, first_crossing(totals, money<CNY, yi>{5000}), year{2025})` */
  template <currency C, money_scale S, std::signed_integral R, calendar_period P>
  sentence& first_above(const money<C, S, R>& threshold, const std::optional<P>& first, const P& current) {
    if (amount_en_.empty()) {
      throw error(error_kind::invalid_argument,
                  "tradestat: an amount's first crossing reads after the amount: call amount(...) first");
    }
    if (first && *first == current) {
      amount_threshold_en_ = detail::sentence_amount(threshold, style_, language::en, -1);
      amount_threshold_zh_ = detail::sentence_amount(threshold, style_, language::zh, -1);
    } else {
      amount_threshold_en_.clear();
      amount_threshold_zh_.clear();
    }
    return *this;
  }
  /** Rejected: growth rates and points are not what "above … for the first time" is said of here. */
  template <class K, class P>
    requires(!std::same_as<K, tradestat::share> && !money_type<K>)
  rule::a_first_crossing_in_a_sentence_is_of_a_share_or_an_amount first_above(const K&, const std::optional<P>&, const P&);  // a share or money threshold

  /** The sentence in the format's language; ratios at `f.precision` digits (1 by default). Throws
   *  tradestat::error (invalid_argument) when it has nothing to say (no amount, change or share). */
  friend std::string to_string(const sentence& s, text_format f = {}) {
    return f.lang == language::zh ? s.chinese(f) : s.english(f);
  }

 private:
  std::string english(const text_format& f) const {
    const int digits = detail::ratio_precision(f);
    std::string out = subject_.en;
    bool main = false;
    if (growth_) {
      const std::string m = detail::magnitude_text(growth_->value(), digits);
      if (detail::rounds_to_zero(m)) {
        out.append(" remained unchanged");
        if (!amount_en_.empty()) {
          out.append(" at ");
          out.append(amount_en_);
        }
      } else {
        out.append(growth_->value() < quotient(0) ? " fell " : " rose ");
        out.append(m);
        out.append(" %");
        if (!amount_en_.empty()) {
          out.append(" to ");
          out.append(amount_en_);
        }
      }
      main = true;
    } else if (!amount_en_.empty()) {
      out.append(" totalled ");
      out.append(amount_en_);
      main = true;
    }
    if (!amount_threshold_en_.empty()) {
      out.append(", above ");
      out.append(amount_threshold_en_);
      out.append(" for the first time");
    }
    if (share_) {
      out.append(main ? ", accounting for " : " accounted for ");
      out.append(detail::fraction_text(share_->value(), 2, digits));
      out.append(" % of ");
      out.append(whole_.en);
      if (points_) {
        out.append(", ");
        out.append(points_change_text(*points_, f));
      }
      if (share_threshold_) {
        out.append(", above ");
        out.append(detail::threshold_text(share_threshold_->value(), digits));
        out.append(" % for the first time");
      }
      main = true;
    }
    if (!main) nothing_to_say();
    out.push_back('.');
    return out;
  }

  std::string chinese(const text_format& f) const {
    const int digits = detail::ratio_precision(f);
    std::string out = subject_.zh;
    bool said = false;
    auto clause = [&](const std::string& c) {
      if (said) out.append("，");
      out.append(c);
      said = true;
    };
    if (!amount_zh_.empty()) {
      out.append(amount_zh_);
      said = true;
    }
    if (!amount_threshold_zh_.empty()) {
      std::string c = "首次突破";
      c.append(amount_threshold_zh_);
      clause(c);
    }
    if (growth_) clause(change_text(*growth_, f));
    if (share_) {
      std::string c = "占";
      c.append(whole_.zh);
      c.append("的");
      c.append(detail::fraction_text(share_->value(), 2, digits));
      c.append("%");
      clause(c);
      if (points_) clause(points_change_text(*points_, f));
      if (share_threshold_) {
        std::string t = "首次突破";
        t.append(detail::threshold_text(share_threshold_->value(), digits));
        t.append("%");
        clause(t);
      }
    }
    if (!said) nothing_to_say();
    out.append("。");
    return out;
  }

  [[noreturn]] void nothing_to_say() const {
    throw error(error_kind::invalid_argument, "tradestat: the sentence about \"" + subject_.en +
                                                  "\" has nothing to say: give it an amount, a change or a share");
  }

  subject subject_;
  amount_style style_;
  std::string amount_en_, amount_zh_;
  std::string amount_threshold_en_, amount_threshold_zh_;
  std::optional<growth> growth_;
  std::optional<tradestat::share> share_;
  subject whole_;
  std::optional<percentage_points> points_;
  std::optional<tradestat::share> share_threshold_;
};

/** Writes `to_string(s)`, in English. Example: `std::cout << sentence{{"Imports", "进口"}}.change(g)` */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const sentence& s) {
  return os << to_string(s).c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_REPORT_SENTENCE_HPP
