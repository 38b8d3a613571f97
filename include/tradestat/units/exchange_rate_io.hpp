// Printing and reading exchange rates: "7.1586 CNY per USD (customs monthly rate, 2025-03)".
#ifndef TRADESTAT_UNITS_EXCHANGE_RATE_IO_HPP
#define TRADESTAT_UNITS_EXCHANGE_RATE_IO_HPP

#include <tradestat/calendar/date.hpp>
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/error.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/units/quotient.hpp>

#include <concepts>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace tradestat {

namespace detail {

/** Reads the period of a rate through its type's `parse<Period>` ("2025-03" for a month, "2025-03-19"
 *  for a date); offsets are in `whole`. */
template <class Period>
Period read_rate_period(std::string_view whole, std::size_t start, std::size_t end) {
  static_assert(parsable<Period>, "tradestat: this period type has no text_parser: reading its rates needs one");
  try {
    return tradestat::parse<Period>(whole.substr(start, end - start));
  } catch (const parse_error& e) {
    throw parse_error(whole, start + e.offset(), "an exchange rate", e.what());
  }
}

}  // namespace detail

/** The rate as text: the number (every digit of an exact decimal, else 6 digits; `f.precision`
 *  digits rounded half up when given), the pair, its kind and its period (the period in the form
 *  sources use in both languages, "2025-03", which `parse` reads back).
 *  Example: `to_string(exchange_rate<USD, CNY>("7.1586", month{2025, 3}, rate_kind::customs_monthly))`
 *  // "7.1586 CNY per USD (customs monthly rate, 2025-03)"
 *  Example: `to_string(r, {language::zh})` // "7.1586 CNY/USD（海关月度折算率，2025-03）" */
template <currency From, currency To, rate_period Period>
std::string to_string(const exchange_rate<From, To, Period>& r, text_format f = {}) {
  int digits = f.precision;
  if (digits < 0) {
    digits = detail::exact_decimals(r.rate(), 0);
    digits = digits < 0 ? 6 : digits;
  }
  const bool zh = f.lang == language::zh;
  std::string out = detail::fraction_text(r.rate(), 0, digits);
  out += ' ';
  out.append(To::alpha);
  out.append(zh ? "/" : " per ");
  out.append(From::alpha);
  out.append(zh ? "（" : " (");
  out.append(to_string(r.kind(), f));
  out.append(zh ? "，" : ", ");
  out.append(detail::describe_period(r.period()));  // one form in both languages: "2025-03"
  out.append(zh ? "）" : ")");
  return out;
}

/** Writes `to_string(r)`. Example: `os << r` // "7.1586 CNY per USD (customs monthly rate, 2025-03)" */
template <class CharT, class Traits, currency From, currency To, rate_period Period>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                              const exchange_rate<From, To, Period>& r) {
  return os << to_string(r).c_str();
}

/** Reads a rate as `to_string` prints it, in English or Chinese: `parse<exchange_rate<USD, CNY>>(text)`.
 *  The pair must be the type's (the other way round is refused: read the inverse type and call
 *  inverse()); the period is read by the period type's own parser (YYYY-MM for a month).
 *  Example: `parse<exchange_rate<USD, CNY>>("7.1586 CNY per USD (customs monthly rate, 2025-03)").period()`
 *  // month{2025, 3} */
template <currency From, currency To, rate_period Period>
struct text_parser<exchange_rate<From, To, Period>> {
  static exchange_rate<From, To, Period> parse(std::string_view text) {
    static constexpr std::string_view target = "an exchange rate";
    auto fail = [&](std::size_t at, const std::string& why) { throw parse_error(text, at, target, why); };
    std::size_t pos = text.find(' ');
    if (pos == std::string_view::npos) {
      fail(text.size(), "expected a space, then the pair as '" + pair_text(false) + "' or '" + pair_text(true) + "'");
    }
    quotient rate(1);
    try {
      rate = detail::parse_decimal_rate(text.substr(0, pos));
    } catch (const parse_error& e) {
      fail(e.offset(), "expected a plain decimal such as 7.1586 before the pair");
    }
    ++pos;
    const bool zh = text.substr(pos, pair_text(true).size()) == pair_text(true);
    if (!zh && text.substr(pos, pair_text(false).size()) != pair_text(false)) {
      const std::string_view rest = text.substr(pos);
      const bool reversed = rest.substr(0, 3) == From::alpha && (rest.substr(3, 1) == "/" || rest.substr(3, 5) == " per ");
      fail(pos, reversed ? "this rate is " + std::string(From::alpha) + " per " + std::string(To::alpha) +
                               ": read it as exchange_rate<" + std::string(To::alpha) + ", " +
                               std::string(From::alpha) + "> and call inverse()"
                         : "expected the pair '" + pair_text(false) + "' or '" + pair_text(true) + "'");
    }
    pos += pair_text(zh).size();
    const std::string_view open = zh ? "（" : " (";
    const std::string_view comma = zh ? "，" : ", ";
    const std::string_view close = zh ? "）" : ")";
    if (text.substr(pos, open.size()) != open) {
      fail(pos, "expected '" + std::string(open) + "' then the rate kind and the period");
    }
    pos += open.size();
    const std::size_t kind_end = text.find(comma, pos);
    if (kind_end == std::string_view::npos) {
      fail(pos, "expected the rate kind, then '" + std::string(comma) + "' and the period");
    }
    rate_kind kind{};
    try {
      kind = tradestat::parse<rate_kind>(text.substr(pos, kind_end - pos));
    } catch (const parse_error&) {
      fail(pos, "expected a rate kind: customs monthly rate, central parity, market average or spot rate");
    }
    pos = kind_end + comma.size();
    if (text.size() < pos + close.size() || text.substr(text.size() - close.size()) != close) {
      fail(text.size(), "expected '" + std::string(close) + "' at the end");
    }
    const Period period = detail::read_rate_period<Period>(text, pos, text.size() - close.size());
    return exchange_rate<From, To, Period>(rate, period, kind);
  }

 private:
  static std::string pair_text(bool zh) {
    return std::string(To::alpha) + (zh ? "/" : " per ") + std::string(From::alpha);
  }
};

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_EXCHANGE_RATE_IO_HPP
