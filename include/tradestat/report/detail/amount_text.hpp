// The numbers of printed amounts: money at a display scale as an exact decimal (rounded half up
// from the exact amount, no binary floating point), and the words of a display unit.
#ifndef TRADESTAT_REPORT_DETAIL_AMOUNT_TEXT_HPP
#define TRADESTAT_REPORT_DETAIL_AMOUNT_TEXT_HPP

#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/rounding.hpp>

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace tradestat::detail {

/** A decimal number: digits / 10^decimals, exactly. */
struct exact_decimal {
  int128 digits = 0;
  int decimals = 0;
};

/** `count` units of 10^exponent shown in units of 10^display_exponent with `precision` digits after
 *  the point (rounded half up), or with every digit the amount has when precision < 0. */
inline exact_decimal scaled_decimal(int128 count, int exponent, int display_exponent, int precision) {
  const int shift = exponent - display_exponent;
  int decimals = precision;
  const bool trim = precision < 0;
  if (trim) decimals = shift < 0 ? -shift : 0;
  if (decimals > 18 || shift + decimals > 30 || shift + decimals < -30) {
    throw error(error_kind::invalid_argument,
                "tradestat: an amount prints with at most 18 digits after the point and a display scale within "
                "10^30 of its own, got " + std::to_string(decimals) + " digits at 10^" +
                    std::to_string(display_exponent));
  }
  int128 n = shift + decimals >= 0 ? count * pow10(shift + decimals)
                                   : divide_rounded(count, pow10(-(shift + decimals)), rounding::half_up);
  while (trim && decimals > 0 && n % 10 == 0) {
    n /= 10;
    --decimals;
  }
  return {n, decimals};
}

/** The decimal as text: "-5203.7", with thousands separators in the integer part when `group`. */
inline std::string decimal_string(const exact_decimal& d, bool group = false) {
  std::string out;
  if (d.digits < 0) out.push_back('-');
  out.append(decimal_text(d.digits < 0 ? -d.digits : d.digits, d.decimals, group));
  return out;
}

/** The amount at the display scale as a plain decimal ("5203.7"): no separators, no unit. */
template <currency C, money_scale S, std::signed_integral R>
std::string amount_number(const money<C, S, R>& m, int display_exponent, int precision, bool group = false) {
  return decimal_string(scaled_decimal(m.count(), money<C, S, R>::exponent, display_exponent, precision), group);
}

/** The word of a power of ten in a unit ("billion", "亿"); English has no single word for 10^4 or
 *  10^8, so they read "ten thousand" and "100 million"; other powers read "10^N". */
inline std::string unit_scale_words(int exponent, language lang) {
  if (lang == language::zh) {
    switch (exponent) {
      case 0: return "";
      case 3: return "千";
      case 4: return "万";
      case 6: return "百万";
      case 8: return "亿";
      case 9: return "十亿";
      case 12: return "万亿";
      default: break;
    }
  } else {
    switch (exponent) {
      case 0: return "";
      case 3: return "thousand";
      case 4: return "ten thousand";
      case 6: return "million";
      case 8: return "100 million";
      case 9: return "billion";
      case 12: return "trillion";
      default: break;
    }
  }
  std::string out = "10^";
  out.append(std::to_string(exponent));
  return out;
}

/** The display unit in words: "billion yuan", "million US dollars", "亿元", "万美元"; currencies
 *  without a name in units/money_io.hpp show their code ("thousand KGS"). */
inline std::string unit_words(std::string_view alpha, int exponent, language lang) {
  const currency_words* w = words_for(alpha);
  const std::string scale = unit_scale_words(exponent, lang);
  std::string out = scale;
  if (lang == language::zh) {
    out.append(w != nullptr ? w->zh_name : alpha);
  } else {
    if (!out.empty()) out.push_back(' ');
    out.append(w != nullptr ? w->en_name : alpha);
  }
  return out;
}

/** The text of a key in the format's language: `to_string(key, f)` where the key has one,
 *  else `to_string(key)`, else its parts joined by " / " for a tuple key. */
template <class K>
std::string key_name(const K& key, text_format f);

template <class Tuple, std::size_t... I>
std::string tuple_key_name(const Tuple& t, text_format f, std::index_sequence<I...>) {
  std::string out;
  ((out.append(I == 0 ? "" : " / "), out.append(key_name(std::get<I>(t), f))), ...);
  return out;
}

template <class K>
std::string key_name(const K& key, text_format f) {
  if constexpr (std::convertible_to<const K&, std::string_view>) {
    (void)f;
    return std::string(std::string_view(key));
  } else if constexpr (requires { std::string(to_string(key, f)); }) {
    return std::string(to_string(key, f));
  } else if constexpr (requires { std::string(to_string(key)); }) {
    return std::string(to_string(key));
  } else if constexpr (requires { std::tuple_size<K>::value; }) {
    return tuple_key_name(key, f, std::make_index_sequence<std::tuple_size<K>::value>{});
  } else {
    static_assert(sizeof(K) == 0, "tradestat: this key has no to_string: pass a function that names keys");
    return {};
  }
}

/** Names keys with `key_name`: what `table_of` and the charts use unless given a function. */
struct default_key_namer {
  template <class K>
  std::string operator()(const K& key, text_format f) const {
    return key_name(key, f);
  }
};

}  // namespace tradestat::detail

#endif  // TRADESTAT_REPORT_DETAIL_AMOUNT_TEXT_HPP
