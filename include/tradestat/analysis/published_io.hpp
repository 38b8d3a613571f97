// Reading published figures from the words a release prints: "520.4 billion yuan", "5203.7亿元",
// "over 1.71 trillion yuan", "up 19.9 %", "同比下降8.9%", "over half", "提高4.8个百分点".
#ifndef TRADESTAT_ANALYSIS_PUBLISHED_IO_HPP
#define TRADESTAT_ANALYSIS_PUBLISHED_IO_HPP

#include <tradestat/analysis/interval.hpp>
#include <tradestat/analysis/published.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>

#include <array>
#include <concepts>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tradestat {

namespace detail {

/** How a printed figure relates to its number. */
enum class figure_bound { rounded, at_least, at_most };

inline bool strip_prefix(std::string_view& text, std::string_view word) {
  if (text.substr(0, word.size()) == word) {
    text.remove_prefix(word.size());
    while (!text.empty() && text.front() == ' ') {
      text.remove_prefix(1);
    }
    return true;
  }
  return false;
}

inline bool strip_suffix(std::string_view& text, std::string_view word) {
  if (text.size() >= word.size() && text.substr(text.size() - word.size()) == word) {
    text.remove_suffix(word.size());
    while (!text.empty() && text.back() == ' ') {
      text.remove_suffix(1);
    }
    return true;
  }
  return false;
}

/** Strips "over", "more than", "超过"... or "below", "under", "不到"... and says which. */
inline figure_bound strip_bound(std::string_view& text) {
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  static constexpr std::array<std::string_view, 5> lower_words{"over ", "more than ", "above ", "超过", "逾"};
  static constexpr std::array<std::string_view, 5> upper_words{"below ", "under ", "less than ", "不到",
                                                               "低于"};
  for (const std::string_view w : lower_words) {
    if (strip_prefix(text, w)) {
      return figure_bound::at_least;
    }
  }
  for (const std::string_view w : upper_words) {
    if (strip_prefix(text, w)) {
      return figure_bound::at_most;
    }
  }
  return figure_bound::rounded;
}

inline interval figure_interval(figure_bound b, const quotient& value, const quotient& half_step) {
  switch (b) {
    case figure_bound::at_least:
      return interval::at_least(value);
    case figure_bound::at_most:
      return interval::at_most(value);
    case figure_bound::rounded:
      break;
  }
  return interval::closed(value - half_step, value + half_step);
}

[[noreturn]] inline void fail_figure(std::string_view text, const std::string& why) {
  throw std::invalid_argument("tradestat: cannot read '" + std::string(text) +
                              "' as a published figure: " + why);
}

}  // namespace detail

/** Reads a published amount as printed, in English or Chinese: its precision is the last digit
 *  shown, "over"/"超过" makes it a lower bound and "below"/"不到" an upper bound. A currency in the
 *  text must be M's. Throws std::invalid_argument (tradestat::parse_error for the amount itself).
 *  Example: `read_published<money<CNY, billion>>("520.4 billion yuan").range()` // [520.35, 520.45] billion yuan */
template <money_type M>
published<M> read_published(std::string_view text) {
  std::string_view rest = text;
  const detail::figure_bound b = detail::strip_bound(rest);
  const detail::parsed_amount a = detail::parse_amount_text(rest);
  if (!a.alpha.empty() && a.alpha != M::currency_type::alpha) {
    detail::fail_figure(text,
                        "it is in " + std::string(a.alpha) + ", not " + std::string(M::currency_type::alpha));
  }
  if (a.exponent < -18 || a.exponent > 18 || a.digits > detail::int128{1'000'000'000'000'000'000}) {
    detail::fail_figure(text, "too many digits");
  }
  const quotient unit = detail::power_of_ten(a.exponent);
  const quotient value = quotient(static_cast<std::int64_t>(a.negative ? -a.digits : a.digits)) * unit;
  return published<M>(detail::figure_interval(b, value, unit * quotient(1, 2)));
}

/** Reads a published ratio as printed. Shares and other percentages: "12.9 %", "12.9%",
 *  "19.9 percent", "over half", "过半", "over 10 %"; growth also "up 19.9 %", "down 8.9 %",
 *  "增长19.9%", "同比下降8.9%"; percentage points and contributions: "4.8 percentage points",
 *  "提高4.8个百分点", "下降1.3个百分点"; an index: "119.9". Throws std::invalid_argument.
 *  Example: `read_published<growth>("down 8.9 %").range()` // [-8.95 %, -8.85 %] */
template <ratio_kind K>
published<K> read_published(std::string_view text) {
  std::string_view rest = text;
  const detail::figure_bound b = detail::strip_bound(rest);
  if constexpr (std::same_as<K, share>) {
    if (rest == "half" || rest == "一半" || (b == detail::figure_bound::rounded && rest == "过半")) {
      return published<K>(detail::figure_interval(rest == "过半" ? detail::figure_bound::at_least : b,
                                                  quotient(1, 2), quotient(0)));
    }
  }
  bool negative = false;
  if constexpr (std::same_as<K, growth>) {
    (void)detail::strip_prefix(rest, "同比");
    if (detail::strip_prefix(rest, "down ") || detail::strip_prefix(rest, "下降")) {
      negative = true;
    } else {
      (void)(detail::strip_prefix(rest, "up ") || detail::strip_prefix(rest, "增长"));
    }
  }
  if constexpr (std::same_as<K, percentage_points> || std::same_as<K, contribution>) {
    if (detail::strip_prefix(rest, "下降") || detail::strip_prefix(rest, "down ")) {
      negative = true;
    } else {
      (void)(detail::strip_prefix(rest, "提高") || detail::strip_prefix(rest, "up "));
    }
    if (!(detail::strip_suffix(rest, "percentage points") || detail::strip_suffix(rest, "percentage point") ||
          detail::strip_suffix(rest, "个百分点"))) {
      detail::fail_figure(text, "percentage points end in 'percentage points' or '个百分点'");
    }
  } else if constexpr (!std::same_as<K, index_number>) {
    if (!(detail::strip_suffix(rest, "%") || detail::strip_suffix(rest, "percent"))) {
      detail::fail_figure(text, "a percentage ends in '%' or 'percent'");
    }
  }
  detail::printed_decimal p{};
  try {
    p = detail::parse_printed(rest);
  } catch (const std::invalid_argument&) {
    detail::fail_figure(text, "'" + std::string(rest) + "' is not a decimal number");
  }
  if (negative) {
    if (p.digits < 0) {
      detail::fail_figure(text, "a fall is printed without a minus sign");
    }
    p.digits = -p.digits;
  }
  const quotient step = quotient(1, 100) * quotient(1, static_cast<std::int64_t>(detail::pow10(p.decimals)));
  return published<K>(detail::figure_interval(b, quotient(p.digits) * step, step * quotient(1, 2)));
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_PUBLISHED_IO_HPP
