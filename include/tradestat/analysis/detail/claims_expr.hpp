// The claims checker's internals: what a figure measures (a dimension), the values of printed
// figures, the relation expressions of a claims file, and their interval evaluation.
#ifndef TRADESTAT_ANALYSIS_DETAIL_CLAIMS_EXPR_HPP
#define TRADESTAT_ANALYSIS_DETAIL_CLAIMS_EXPR_HPP

#include <tradestat/analysis/cagr.hpp>
#include <tradestat/analysis/interval.hpp>
#include <tradestat/analysis/published.hpp>
#include <tradestat/analysis/published_io.hpp>
#include <tradestat/error.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/money_io.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat::detail {

/** What a value measures: a plain number (every ratio kind), money in a currency, or an exchange
 *  rate (`currency` per `per`). */
struct claim_dim {
  enum class tag { number, money, rate };
  tag what = tag::number;
  std::string currency;  // money: its currency; rate: the currency counted
  std::string per;       // rate: the currency it is per

  friend bool operator==(const claim_dim&, const claim_dim&) = default;
};

inline std::string to_string(const claim_dim& d) {
  switch (d.what) {
    case claim_dim::tag::number:
      return "a ratio";
    case claim_dim::tag::money:
      return "money in " + d.currency;
    case claim_dim::tag::rate:
      break;
  }
  std::string s = "a rate in ";
  s.append(d.currency).append(" per ").append(d.per);
  return s;
}

/** The dimension of a product, or none when the two do not multiply: numbers (ratios) scale
 *  anything; money times a rate per its currency converts it. */
inline std::optional<claim_dim> product_dim(const claim_dim& a, const claim_dim& b) {
  using tag = claim_dim::tag;
  if (a.what == tag::number) return b;
  if (b.what == tag::number) return a;
  const claim_dim& m = a.what == tag::money ? a : b;
  const claim_dim& r = a.what == tag::rate ? a : b;
  if (m.what == tag::money && r.what == tag::rate && r.per == m.currency) return claim_dim{tag::money, r.currency, {}};
  return std::nullopt;
}

/** The dimension of a quotient, or none when the two do not divide: by a number, the same; of two
 *  alike, a ratio; of two amounts, a rate; of an amount by a rate in its currency, the other money. */
inline std::optional<claim_dim> quotient_dim(const claim_dim& a, const claim_dim& b) {
  using tag = claim_dim::tag;
  if (b.what == tag::number) return a;
  if (a == b) return claim_dim{};
  if (a.what == tag::money && b.what == tag::money) return claim_dim{tag::rate, a.currency, b.currency};
  if (a.what == tag::money && b.what == tag::rate && b.currency == a.currency) return claim_dim{tag::money, b.per, {}};
  return std::nullopt;
}

/** How a computed number is shown. */
enum class claim_display { money, percent, points, rate, plain };

/** A value during evaluation: the interval of true values, the value at the printed figures
 *  (`nominal`), and how to show it (money: the scale word's exponent and the decimals). */
struct claim_value {
  claim_dim dim;
  interval range = interval::point(quotient(0));
  quotient nominal{0};
  int exponent = 0;
  int decimals = 1;
  bool widened = false;  // the arithmetic rounded an end outward to stay within 64-bit fractions
};

// --------------------------------------------------------------------------------------------
// Arithmetic that stays within 64-bit fractions: exact when it can be, otherwise ends rounded
// outward (lower ends down, upper ends up) to fewer significant digits, which keeps every
// conclusion true and only makes it less sharp.

inline quotient round_outward(const quotient& q, int digits, bool up) {
  if (q == quotient(0)) {
    return q;
  }
  int k = digits - 1 - decimal_magnitude(q);
  k = k > 18 ? 18 : (k < -18 ? -18 : k);
  const auto policy_div = [up](int128 n, int128 d) {
    return up ? divide_rounded(n, d, rounding::ceiling) : divide_rounded(n, d, rounding::floor);
  };
  if (k >= 0) {
    const int128 count = policy_div(static_cast<int128>(q.numerator()) * pow10(k), q.denominator());
    return quotient::from_wide(count, pow10(k));
  }
  const int128 step = pow10(-k);
  const int128 count = policy_div(q.numerator(), static_cast<int128>(q.denominator()) * step);
  return quotient::from_wide(count * step, 1);
}

inline interval round_outward(const interval& r, int digits) {
  const std::optional<quotient> lo =
      r.lower() ? std::optional<quotient>(round_outward(*r.lower(), digits, false)) : std::nullopt;
  const std::optional<quotient> hi =
      r.upper() ? std::optional<quotient>(round_outward(*r.upper(), digits, true)) : std::nullopt;
  if (lo && hi) {
    return interval::closed(*lo, *hi);
  }
  return lo ? interval::at_least(*lo) : (hi ? interval::at_most(*hi) : r);
}

/** f(a, b), retried on operands rounded outward to 15, 12, 9 and 6 significant digits when the
 *  exact result does not fit 64-bit fractions. */
template <class F>
interval guarded(F f, const interval& a, const interval& b, bool& widened) {
  try {
    return f(a, b);
  } catch (const error& e) {
    if (e.kind() != error_kind::overflow) {
      throw;
    }
  }
  for (const int digits : {15, 12, 9}) {
    try {
      interval r = f(round_outward(a, digits), round_outward(b, digits));
      widened = true;
      return r;
    } catch (const error& e) {
      if (e.kind() != error_kind::overflow) {
        throw;
      }
    }
  }
  widened = true;
  return f(round_outward(a, 6), round_outward(b, 6));
}

template <class F>
quotient guarded_point(F f, const quotient& a, const quotient& b) {
  try {
    return f(a, b);
  } catch (const error& e) {
    if (e.kind() != error_kind::overflow) {
      throw;
    }
  }
  return f(round_outward(a, 12, false), round_outward(b, 12, false));
}

/** (1 + g)^(1/n) - 1 for every g in the interval: the yearly rate that compounds to g over n
 *  years, bracketed outward on multiples of 10^-12 (cagr). */
inline interval annual_rate(const interval& g, int n) {
  const interval factor = interval::point(quotient(1)) + g;
  if (!factor.lower() || !(quotient(0) < *factor.lower())) {
    throw error(error_kind::invalid_argument,
                "tradestat: annual(g, n) needs 1 + g above zero for every value of g");
  }
  const auto root = [n](const quotient& f, bool up) {
    const quotient r = round_outward(f, 15, up);
    const cagr_bounds b = cagr(money<CNY>{r.denominator()}, money<CNY>{r.numerator()}, n);
    return up ? b.upper.value() : b.lower.value();
  };
  const quotient lo = root(*factor.lower(), false);
  if (!factor.upper()) {
    return interval::at_least(lo);
  }
  return interval::closed(lo, root(*factor.upper(), true));
}

// --------------------------------------------------------------------------------------------
// Expressions.

/** A node of a relation's expression. */
struct claim_node {
  enum class op { figure, literal, add, subtract, multiply, divide, negate, prior, annual, change };
  op what = op::literal;
  std::string name;           // figure: the claim id; literal: its text
  std::size_t claim = 0;      // figure: the claim's index, set when the file is resolved
  quotient literal_value{0};  // literal
  claim_display literal_shown = claim_display::plain;
  std::vector<std::size_t> args;  // operands (node indices)
  bool parenthesised = false;
  std::size_t column = 0;  // 1-based, in characters of the line
};

/** One relation: `lhs op rhs`, with an optional label saying which figures it uses. */
struct claim_relation {
  enum class op { equal, less, less_equal, greater, greater_equal };
  op what = op::equal;
  std::size_t lhs = 0;
  std::size_t rhs = 0;
  std::string text;   // as written, without the label
  std::string label;  // "the English figures"
  std::size_t column = 0;
};

inline std::string_view to_string(claim_relation::op o) noexcept {
  switch (o) {
    case claim_relation::op::equal:
      return "=";
    case claim_relation::op::less:
      return "<";
    case claim_relation::op::less_equal:
      return "<=";
    case claim_relation::op::greater:
      return ">";
    case claim_relation::op::greater_equal:
      return ">=";
  }
  return "=";
}

/** The column (1-based, in characters) of byte `offset` of a UTF-8 line. */
inline std::size_t column_of(std::string_view line, std::size_t offset) {
  std::size_t col = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U) {
      ++col;
    }
  }
  return col;
}

/** Raised while reading one field: the byte offset in the field and the problem. */
struct field_problem {
  std::size_t offset;
  std::string what;
};

/** A recursive-descent reader of relation expressions: + - * / ( ), ids, numbers ("1", "5"),
 *  percentages ("10 %"), points ("16.1 points") and the functions prior, annual and change. */
class expression_reader {
 public:
  expression_reader(std::string_view text, std::vector<claim_node>& nodes, std::string_view line,
                    std::size_t field_offset)
      : text_(text), nodes_(nodes), line_(line), field_offset_(field_offset) {}

  std::size_t read_all() {
    const std::size_t n = expression();
    skip();
    if (pos_ != text_.size()) {
      fail("unexpected '" + std::string(text_.substr(pos_, 1)) + "': expected an operator + - * / or the end");
    }
    return n;
  }

  std::size_t expression() {
    std::size_t left = term();
    for (;;) {
      skip();
      if (peek('+') || peek('-')) {
        const bool plus = text_[pos_] == '+';
        const std::size_t at = pos_;
        ++pos_;
        const std::size_t right = term();
        left = make(plus ? claim_node::op::add : claim_node::op::subtract, {left, right}, at);
      } else {
        return left;
      }
    }
  }

  std::size_t position() const noexcept { return pos_; }

 private:
  std::size_t term() {
    std::size_t left = unary();
    for (;;) {
      skip();
      if (peek('*') || peek('/')) {
        const bool times = text_[pos_] == '*';
        const std::size_t at = pos_;
        ++pos_;
        const std::size_t right = unary();
        left = make(times ? claim_node::op::multiply : claim_node::op::divide, {left, right}, at);
      } else {
        return left;
      }
    }
  }

  std::size_t unary() {
    skip();
    if (peek('-')) {
      const std::size_t at = pos_;
      ++pos_;
      const std::size_t operand = unary();
      return make(claim_node::op::negate, {operand}, at);
    }
    return primary();
  }

  std::size_t primary() {
    skip();
    if (pos_ >= text_.size()) {
      fail("expected a figure's id, a number or '(' here");
    }
    const char c = text_[pos_];
    if (c == '(') {
      ++pos_;
      const std::size_t inner = expression();
      skip();
      if (!peek(')')) {
        fail("expected ')'");
      }
      ++pos_;
      nodes_[inner].parenthesised = true;
      return inner;
    }
    if (c >= '0' && c <= '9') {
      return number();
    }
    if (is_id_start(c)) {
      const std::size_t start = pos_;
      while (pos_ < text_.size() && is_id_char(text_[pos_])) {
        ++pos_;
      }
      const std::string name(text_.substr(start, pos_ - start));
      skip();
      if (peek('(')) {
        return call(name, start);
      }
      claim_node n;
      n.what = claim_node::op::figure;
      n.name = name;
      n.column = column(start);
      nodes_.push_back(std::move(n));
      return nodes_.size() - 1;
    }
    fail("expected a figure's id, a number or '(' here, not '" + std::string(text_.substr(pos_, 1)) + "'");
  }

  std::size_t call(const std::string& name, std::size_t start) {
    claim_node::op o{};
    std::size_t arity = 2;
    if (name == "prior") {
      o = claim_node::op::prior;
    } else if (name == "annual") {
      o = claim_node::op::annual;
    } else if (name == "change") {
      o = claim_node::op::change;
    } else {
      pos_ = start;
      fail("unknown function '" + name + "': the functions are prior(amount, growth), annual(growth, years) and change(from, to)");
    }
    ++pos_;  // '('
    std::vector<std::size_t> args;
    for (std::size_t i = 0; i < arity; ++i) {
      if (i > 0) {
        skip();
        if (!peek(',')) {
          fail(name + " takes " + std::to_string(arity) + " arguments separated by ','");
        }
        ++pos_;
      }
      args.push_back(expression());
    }
    skip();
    if (!peek(')')) {
      fail("expected ')' after the arguments of " + name);
    }
    ++pos_;
    if (o == claim_node::op::annual) {
      const claim_node& years = nodes_[args[1]];
      if (years.what != claim_node::op::literal || years.literal_shown != claim_display::plain ||
          years.literal_value.denominator() != 1 || years.literal_value < quotient(1) ||
          quotient(100) < years.literal_value) {
        pos_ = start;
        fail("annual(growth, years) needs a whole number of years from 1 to 100");
      }
    }
    const std::size_t n = make(o, std::move(args), start);
    return n;
  }

  std::size_t number() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && ((text_[pos_] >= '0' && text_[pos_] <= '9') || text_[pos_] == '.')) {
      ++pos_;
    }
    const std::string_view digits = text_.substr(start, pos_ - start);
    printed_decimal p{};
    try {
      p = parse_printed(digits);
    } catch (const parse_error&) {
      pos_ = start;
      fail("'" + std::string(digits) + "' is not a number");
    }
    claim_node n;
    n.what = claim_node::op::literal;
    n.column = column(start);
    quotient v = quotient(p.digits) * power_of_ten(-p.decimals);
    std::size_t end = pos_;
    skip();
    if (peek('%')) {
      ++pos_;
      end = pos_;
      v = v * quotient(1, 100);
      n.literal_shown = claim_display::percent;
    } else if (text_.substr(pos_, 6) == "points") {
      pos_ += 6;
      end = pos_;
      v = v * quotient(1, 100);
      n.literal_shown = claim_display::points;
    } else {
      pos_ = end;
    }
    n.literal_value = v;
    n.name = std::string(text_.substr(start, end - start));
    nodes_.push_back(std::move(n));
    return nodes_.size() - 1;
  }

  std::size_t make(claim_node::op o, std::vector<std::size_t> args, std::size_t at) {
    claim_node n;
    n.what = o;
    n.args = std::move(args);
    n.column = column(at);
    nodes_.push_back(std::move(n));
    return nodes_.size() - 1;
  }

  static bool is_id_start(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
  static bool is_id_char(char c) noexcept { return is_id_start(c) || (c >= '0' && c <= '9') || c == '.'; }
  bool peek(char c) const noexcept { return pos_ < text_.size() && text_[pos_] == c; }
  void skip() noexcept {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) {
      ++pos_;
    }
  }
  std::size_t column(std::size_t at) const { return column_of(line_, field_offset_ + at); }
  [[noreturn]] void fail(std::string why) const { throw field_problem{pos_, std::move(why)}; }

  std::string_view text_;
  std::vector<claim_node>& nodes_;
  std::string_view line_;
  std::size_t field_offset_;
  std::size_t pos_ = 0;
};

// --------------------------------------------------------------------------------------------
// Printed values.

/** A printed value read from a claims file's value field. */
struct printed_figure {
  claim_value value;
  figure_bound bound = figure_bound::rounded;
  bool about = false;
  std::string number;  // the number as printed, sign included ("+19.9", "460.7", "half")
};

/** Strips "about", "around", "约", "近" and says whether one was there. */
inline bool strip_about(std::string_view& text) {
  for (const std::string_view w : {std::string_view("about "), std::string_view("around "),
                                   std::string_view("约"), std::string_view("近")}) {
    if (strip_prefix(text, w)) {
      return true;
    }
  }
  return false;
}

/** The interval a printed number stands for: rounded at its last digit, or at its last non-zero
 *  digit when it is "about" ("about 70" is 65 to 75), or a bound. */
inline interval printed_range(figure_bound b, bool about, std::int64_t digits, int decimals, const quotient& unit) {
  int d = decimals;
  std::int64_t m = digits;
  if (about) {
    while (m != 0 && m % 10 == 0) {
      m /= 10;
      --d;
    }
  }
  const quotient step = unit * power_of_ten(-d);
  const quotient value = quotient(digits) * unit * power_of_ten(-decimals);
  return figure_interval(b, value, step * quotient(1, 2));
}

inline std::string_view currency_word(std::string_view& rest) {
  for (const auto& [word, code] :
       std::array<std::pair<std::string_view, std::string_view>, 6>{{{"US dollars", "USD"},
                                                                       {"US dollar", "USD"},
                                                                       {"yuan", "CNY"},
                                                                       {"美元", "USD"},
                                                                       {"人民币", "CNY"},
                                                                       {"元", "CNY"}}}) {
    if (strip_prefix(rest, word)) {
      return code;
    }
  }
  if (is_code(rest)) {
    const std::string_view code = rest.substr(0, 3);
    rest.remove_prefix(3);
    while (!rest.empty() && rest.front() == ' ') {
      rest.remove_prefix(1);
    }
    return code;
  }
  return {};
}

/** Reads an amount ("460.7 billion yuan", "5203.7亿元", "over 1.71 trillion yuan", "74.7 billion
 *  USD"); offsets in problems are in `text`. */
inline printed_figure read_printed_amount(std::string_view text) {
  std::string_view rest = text;
  printed_figure f;
  f.bound = strip_bound(rest);
  f.about = strip_about(rest);
  const std::size_t number_at = static_cast<std::size_t>(rest.data() - text.data());
  parsed_amount a;
  try {
    a = parse_amount_text(rest);
  } catch (const parse_error& e) {
    throw field_problem{number_at + e.offset(), "not an amount (" + std::string(e.what()) +
                                                    "); write it as printed: 460.7 billion yuan, 5203.7亿元, over 1.71 trillion yuan"};
  }
  if (a.alpha.empty()) {
    throw field_problem{text.size(), "an amount names its currency: yuan, 元, USD, US dollars"};
  }
  if (a.digits > int128{1'000'000'000'000'000'000}) {
    throw field_problem{number_at, "too many digits (at most 18)"};
  }
  // Decimals shown: digits after the point in the number.
  int decimals = 0;
  {
    const std::size_t dot = rest.find('.');
    if (dot != std::string_view::npos) {
      std::size_t i = dot + 1;
      while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') {
        ++decimals;
        ++i;
      }
    }
  }
  const int scale_exponent = a.exponent + decimals;
  const auto digits = static_cast<std::int64_t>(a.negative ? -a.digits : a.digits);
  f.value.dim = {claim_dim::tag::money, std::string(a.alpha), {}};
  f.value.exponent = scale_exponent;
  f.value.decimals = decimals;
  f.value.range = printed_range(f.bound, f.about, digits, decimals, power_of_ten(scale_exponent));
  f.value.nominal = quotient(digits) * power_of_ten(a.exponent);
  f.number = fraction_text(quotient(digits), 0, 0);
  if (decimals > 0) {
    f.number = fraction_text(quotient(digits) * power_of_ten(-decimals), 0, decimals);
  }
  return f;
}

/** Reads a ratio: "12.9 %", "+25 %", "down 8.9 %", "about +70 %", "over half", "above 10 %",
 *  "16.1 points", "-1.3 percentage points", "增长19.9%", "下降1.3个百分点". */
inline printed_figure read_printed_ratio(std::string_view text, bool points, bool signed_kind) {
  std::string_view rest = text;
  printed_figure f;
  f.bound = strip_bound(rest);
  f.about = strip_about(rest);
  f.value.dim = {};
  if (!points && (rest == "half" || rest == "一半" || rest == "过半")) {
    if (rest == "过半") {
      f.bound = figure_bound::at_least;
    }
    f.value.range = figure_interval(f.bound, quotient(1, 2), quotient(0));
    f.value.nominal = quotient(1, 2);
    f.value.decimals = 0;
    f.number = "half";
    return f;
  }
  bool negative = false;
  if (signed_kind) {
    (void)strip_prefix(rest, "同比");
    if (strip_prefix(rest, "down ") || strip_prefix(rest, "下降")) {
      negative = true;
    } else {
      (void)(strip_prefix(rest, "up ") || strip_prefix(rest, "增长") || strip_prefix(rest, "提高"));
    }
  }
  if (points) {
    if (!(strip_suffix(rest, "percentage points") || strip_suffix(rest, "percentage point") ||
          strip_suffix(rest, "points") || strip_suffix(rest, "个百分点"))) {
      throw field_problem{text.size(), "points end in 'points', 'percentage points' or '个百分点'"};
    }
  } else if (!(strip_suffix(rest, "%") || strip_suffix(rest, "percent"))) {
    throw field_problem{text.size(), "a percentage ends in '%' or 'percent'"};
  }
  const std::size_t number_at = static_cast<std::size_t>(rest.data() - text.data());
  printed_decimal p{};
  try {
    p = parse_printed(rest);
  } catch (const parse_error& e) {
    throw field_problem{number_at + e.offset(), "'" + std::string(rest) + "' is not a decimal number"};
  }
  if (negative) {
    if (p.digits < 0) {
      throw field_problem{number_at, "a fall is printed without a minus sign"};
    }
    p.digits = -p.digits;
  }
  const quotient unit(1, 100);
  f.value.range = printed_range(f.bound, f.about, p.digits, p.decimals, unit);
  f.value.nominal = quotient(p.digits) * unit * power_of_ten(-p.decimals);
  f.value.decimals = p.decimals;
  f.number = fraction_text(quotient(p.digits) * power_of_ten(-p.decimals), 0, p.decimals);
  if (signed_kind && p.digits > 0) {
    f.number.insert(0, 1, '+');
  }
  return f;
}

/** Reads an exchange rate: "7.16 CNY per USD", "6.967 CNY/USD", "7.16 yuan per US dollar". */
inline printed_figure read_printed_rate(std::string_view text) {
  std::string_view rest = text;
  printed_figure f;
  f.bound = strip_bound(rest);
  f.about = strip_about(rest);
  std::size_t i = 0;
  while (i < rest.size() && ((rest[i] >= '0' && rest[i] <= '9') || rest[i] == '.')) {
    ++i;
  }
  const std::size_t number_at = static_cast<std::size_t>(rest.data() - text.data());
  printed_decimal p{};
  try {
    p = parse_printed(rest.substr(0, i));
  } catch (const parse_error& e) {
    throw field_problem{number_at + e.offset(), "a rate starts with its number: 7.16 CNY per USD"};
  }
  rest.remove_prefix(i);
  while (!rest.empty() && rest.front() == ' ') {
    rest.remove_prefix(1);
  }
  const std::string_view to = currency_word(rest);
  const bool per = strip_prefix(rest, "per ") || strip_prefix(rest, "/");
  const std::string_view from = per ? currency_word(rest) : std::string_view{};
  if (to.empty() || from.empty() || !rest.empty() || to == from) {
    throw field_problem{static_cast<std::size_t>(rest.data() - text.data()),
                        "a rate names two currencies: 7.16 CNY per USD, 6.967 CNY/USD"};
  }
  f.value.dim = {claim_dim::tag::rate, std::string(to), std::string(from)};
  f.value.range = printed_range(f.bound, f.about, p.digits, p.decimals, quotient(1));
  f.value.nominal = quotient(p.digits) * power_of_ten(-p.decimals);
  f.value.decimals = p.decimals;
  f.number = fraction_text(f.value.nominal, 0, p.decimals);
  return f;
}

}  // namespace tradestat::detail

#endif  // TRADESTAT_ANALYSIS_DETAIL_CLAIMS_EXPR_HPP
