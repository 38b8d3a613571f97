// Claims files: the figures a press release publishes, one a line, with the relations between
// them; and the checker that gives each claim a verdict (consistent, inconsistent, undecidable)
// with the interval arithmetic that decided it. The format is docs/reference/claims.md.
#ifndef TRADESTAT_ANALYSIS_CLAIMS_HPP
#define TRADESTAT_ANALYSIS_CLAIMS_HPP

#include <tradestat/analysis/consistency.hpp>
#include <tradestat/analysis/detail/claims_expr.hpp>
#include <tradestat/analysis/interval.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/error.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** What a claim publishes: an amount of money, a growth rate, a share, a difference in
 *  percentage points, a contribution to growth (in points), a plan-period comparison (the growth
 *  of one plan period's sum on the previous one's) or an exchange rate.
 *  Example: `to_string(claim_kind::plan)` // "plan" */
enum class claim_kind { amount, growth, share, points, contribution, plan, rate };

/** The kind's name as a claims file writes it. Example: `to_string(claim_kind::share)` // "share" */
constexpr std::string_view to_string(claim_kind k) noexcept {
  switch (k) {
    case claim_kind::amount:
      return "amount";
    case claim_kind::growth:
      return "growth";
    case claim_kind::share:
      return "share";
    case claim_kind::points:
      return "points";
    case claim_kind::contribution:
      return "contribution";
    case claim_kind::plan:
      return "plan";
    case claim_kind::rate:
      return "rate";
  }
  return "amount";
}

/** A claims file that cannot be read: the message is "file:line:column: field: problem".
 *  Example: `parse_claims("x | size | s | 2025 | 1 %", "c.txt")` // throws: c.txt:1:5: kind: unknown kind 'size'... */
class claims_error : public error {
 public:
  claims_error(std::string file, std::size_t line, std::size_t column, std::string field, const std::string& problem)
      : error(error_kind::parse, where(file, line, column) + field + ": " + problem),
        file_(std::move(file)),
        field_(std::move(field)),
        line_(line),
        column_(column) {}
  /** The file name given to parse_claims. */
  const std::string& file() const noexcept { return file_; }
  /** 1-based line. */
  std::size_t line() const noexcept { return line_; }
  /** 1-based column, in characters (UTF-8 code points) of the line. */
  std::size_t column() const noexcept { return column_; }
  /** The field: id, kind, subject, period, value or relations. */
  const std::string& field() const noexcept { return field_; }

 private:
  static std::string where(const std::string& file, std::size_t line, std::size_t column) {
    std::string s = file;
    s.append(":").append(std::to_string(line)).append(":").append(std::to_string(column)).append(": ");
    return s;
  }
  std::string file_;
  std::string field_;
  std::size_t line_;
  std::size_t column_;
};

/** One line of a claims file: a published figure (or one the release implies, defined by an
 *  expression) and the relations it must satisfy. */
struct claim {
  std::string id;
  claim_kind kind = claim_kind::amount;
  std::string subject;
  std::string period;
  std::string value_text;                          // the value field as written
  std::optional<detail::printed_figure> printed;   // a printed figure
  std::optional<std::size_t> definition;           // a derived figure: its expression
  std::vector<detail::claim_relation> relations;   // the checks
  std::size_t line = 0;
};

/** A parsed claims file. Example: `parse_claims(text, "claims.txt").claims.size()` // one per line */
struct claims_file {
  std::string name;
  std::vector<claim> claims;
  std::vector<detail::claim_node> nodes;  // the expressions' nodes, claims refer to them by index

  /** The claim with this id, or nullptr. Example: `f.find("total")->line` // its line */
  const claim* find(std::string_view id) const noexcept {
    for (const claim& c : claims) {
      if (c.id == id) {
        return &c;
      }
    }
    return nullptr;
  }
};

/** Exact figures computed elsewhere (from records), by claim id: `check_claims` also checks
 *  that each claim's printed value stands for them.
 *  Example: `figures f; f.set("total", money<CNY, wan>{52'037'000});` // 5203.7亿元 */
class figures {
 public:
  /** An amount. Example: `f.set("exports", money<CNY>{460'736'000'000})` */
  template <currency C, money_scale S, std::signed_integral R>
  void set(std::string id, const money<C, S, R>& amount) {
    detail::claim_value v;
    v.dim = {detail::claim_dim::tag::money, std::string(C::alpha), {}};
    v.nominal = quotient(static_cast<std::int64_t>(amount.count())) * detail::power_of_ten(money<C, S, R>::exponent);
    v.range = interval::point(v.nominal);
    values_[std::move(id)] = v;
  }
  /** A ratio (share, growth, percentage points, contribution). Example: `f.set("asean_share", share_of(a, t))` */
  template <ratio_kind K>
  void set(std::string id, const K& ratio) {
    detail::claim_value v;
    v.nominal = ratio.value();
    v.range = interval::point(v.nominal);
    values_[std::move(id)] = v;
  }
  /** The figure for `id`, or nullptr. */
  const detail::claim_value* find(const std::string& id) const noexcept {
    const auto it = values_.find(id);
    return it == values_.end() ? nullptr : &it->second;
  }
  /** How many figures there are. */
  std::size_t size() const noexcept { return values_.size(); }

 private:
  std::map<std::string, detail::claim_value> values_;
};

/** One relation's outcome: the verdict, both sides' intervals and the arithmetic, as text.
 *  Example: `r.text` // "460.7 + 59.6 = 520.3 against 520.4: consistent within rounding (two parts, ±0.05 each)" */
struct check_result {
  std::string relation;  // as written ("total = exports + imports"); "records" for a figure check
  std::string label;     // the relation's label ("the English figures"), or empty
  verdict result = verdict::undecidable;
  interval claimed = interval::point(quotient(0));   // the side the claim prints
  interval computed = interval::point(quotient(0));  // the side computed from other figures
  std::string text;
  std::string finding;  // what an inconsistency shows, when the checker can tell ("a conversion at a rate that is not ...")
};

/** One claim's outcome: its checks and the verdict they give together (none without checks). */
struct claim_report {
  std::string id;
  claim_kind kind = claim_kind::amount;
  std::string subject;
  std::string period;
  std::size_t line = 0;
  std::string value;                    // the printed value, or the derived value with its range
  std::optional<interval> derived;      // a derived figure's values
  std::vector<check_result> checks;
  std::optional<verdict> result;        // nothing when the claim has no check
  std::string summary;                  // "consistent, not decidable from the English figures alone"
};

/** Every claim's outcome, in file order. */
struct check_report {
  std::string file;
  std::vector<claim_report> claims;

  /** The claim's outcome, or nullptr. */
  const claim_report* find(std::string_view id) const noexcept {
    for (const claim_report& c : claims) {
      if (c.id == id) {
        return &c;
      }
    }
    return nullptr;
  }
  /** How many claims have this verdict. */
  std::size_t count(verdict v) const noexcept {
    std::size_t n = 0;
    for (const claim_report& c : claims) {
      n += c.result == v ? 1U : 0U;
    }
    return n;
  }
};

namespace detail {

inline claim_display display_of_kind(claim_kind k) noexcept {
  switch (k) {
    case claim_kind::amount:
      return claim_display::money;
    case claim_kind::rate:
      return claim_display::rate;
    case claim_kind::points:
    case claim_kind::contribution:
      return claim_display::points;
    case claim_kind::growth:
    case claim_kind::share:
    case claim_kind::plan:
      break;
  }
  return claim_display::percent;
}

inline claim_dim::tag dim_of_kind(claim_kind k) noexcept {
  return k == claim_kind::amount ? claim_dim::tag::money
                                 : (k == claim_kind::rate ? claim_dim::tag::rate : claim_dim::tag::number);
}

inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

/** Reads a claims file, line by line; `resolve` then ties ids to claims and checks dimensions. */
class claims_reader {
 public:
  claims_reader(std::string_view text, std::string_view name) : text_(text) { file_.name = std::string(name); }

  claims_file read() {
    std::size_t start = 0;
    std::size_t line_no = 0;
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
      start = 3;
    }
    while (start <= text_.size()) {
      std::size_t end = text_.find('\n', start);
      if (end == std::string_view::npos) {
        end = text_.size();
      }
      ++line_no;
      read_line(text_.substr(start, end - start), line_no);
      start = end + 1;
    }
    resolve();
    return std::move(file_);
  }

 private:
  struct field {
    std::string_view text;  // trimmed
    std::size_t offset;     // of the trimmed text in the line
  };
  struct reference {
    std::size_t node;
    std::size_t claim;  // the claim whose line holds it
    std::string field;
  };

  [[noreturn]] void fail(std::size_t line_no, std::string_view line, std::size_t offset, const std::string& fld,
                         const std::string& why) const {
    throw claims_error(file_.name, line_no, column_of(line, offset), fld, why);
  }

  void read_line(std::string_view line, std::size_t line_no) {
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    std::string_view content = line;
    const std::size_t hash = content.find('#');
    if (hash != std::string_view::npos) {
      content = content.substr(0, hash);
    }
    if (trim(content).empty()) {
      return;
    }
    std::vector<field> fields;
    std::size_t s = 0;
    for (;;) {
      const std::size_t bar = content.find('|', s);
      const std::string_view raw = content.substr(s, bar == std::string_view::npos ? std::string_view::npos : bar - s);
      const std::string_view t = trim(raw);
      const std::size_t lead = raw.find_first_not_of(" \t");
      fields.push_back({t, s + (lead == std::string_view::npos ? 0 : lead)});
      if (bar == std::string_view::npos) {
        break;
      }
      s = bar + 1;
    }
    static constexpr std::array<std::string_view, 6> names{"id", "kind", "subject", "period", "value", "relations"};
    if (fields.size() < 5 || fields.size() > 6) {
      fail(line_no, line, fields.size() > 6 ? fields[6].offset : content.size(),
           fields.size() > 6 ? "relations" : std::string(names[fields.size()]),
           "a claim has 5 or 6 fields separated by '|' (id | kind | subject | period | value | relations), this line has " +
               std::to_string(fields.size()));
    }
    claim c;
    c.line = line_no;
    // id
    const field& id = fields[0];
    if (id.text.empty() || !is_id(id.text)) {
      fail(line_no, line, id.offset, "id",
           "'" + std::string(id.text) + "' is not an id: a letter or '_', then letters, digits, '_' or '.'");
    }
    c.id = std::string(id.text);
    // kind
    const field& kind = fields[1];
    const std::optional<claim_kind> k = kind_from(kind.text);
    if (!k) {
      fail(line_no, line, kind.offset, "kind",
           "unknown kind '" + std::string(kind.text) +
               "': one of amount, growth, share, points, contribution, plan, rate");
    }
    c.kind = *k;
    // subject, period
    if (fields[2].text.empty()) {
      fail(line_no, line, fields[2].offset, "subject", "empty: say what the figure measures");
    }
    if (fields[3].text.empty()) {
      fail(line_no, line, fields[3].offset, "period", "empty: the period the figure covers (2025, 2021-2025)");
    }
    c.subject = std::string(fields[2].text);
    c.period = std::string(fields[3].text);
    // value
    const field& value = fields[4];
    c.value_text = std::string(value.text);
    const std::size_t claim_index = file_.claims.size();
    if (value.text.empty()) {
      fail(line_no, line, value.offset, "value",
           "empty: the value as printed (460.7 billion yuan, +19.9 %), or '= expression' for a figure the release implies");
    }
    if (value.text.front() == '=') {
      const std::string_view expr = value.text.substr(1);
      c.definition = read_expression(expr, value.offset + 1, line, line_no, claim_index, "value");
    } else {
      try {
        c.printed = read_value(c.kind, value.text);
      } catch (const field_problem& p) {
        fail(line_no, line, value.offset + p.offset, "value", p.what);
      }
    }
    // relations
    if (fields.size() == 6 && !fields[5].text.empty()) {
      const field& rel = fields[5];
      std::size_t r = 0;
      for (;;) {
        const std::size_t semi = rel.text.find(';', r);
        const std::string_view raw =
            rel.text.substr(r, semi == std::string_view::npos ? std::string_view::npos : semi - r);
        const std::size_t lead = raw.find_first_not_of(" \t");
        if (lead != std::string_view::npos) {
          c.relations.push_back(read_relation(trim(raw), rel.offset + r + lead, line, line_no, claim_index, c.id));
        }
        if (semi == std::string_view::npos) {
          break;
        }
        r = semi + 1;
      }
    }
    for (const claim& other : file_.claims) {
      if (other.id == c.id) {
        fail(line_no, line, id.offset, "id", "'" + c.id + "' is already the id of line " + std::to_string(other.line));
      }
    }
    file_.claims.push_back(std::move(c));
  }

  static bool is_id(std::string_view s) noexcept {
    const auto start = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_'; };
    if (!start(s.front())) {
      return false;
    }
    for (const char ch : s) {
      if (!(start(ch) || (ch >= '0' && ch <= '9') || ch == '.')) {
        return false;
      }
    }
    return true;
  }

  static std::optional<claim_kind> kind_from(std::string_view s) noexcept {
    for (const claim_kind k : {claim_kind::amount, claim_kind::growth, claim_kind::share, claim_kind::points,
                               claim_kind::contribution, claim_kind::plan, claim_kind::rate}) {
      if (s == to_string(k)) {
        return k;
      }
    }
    if (s == "plan comparison") {
      return claim_kind::plan;
    }
    return std::nullopt;
  }

  static printed_figure read_value(claim_kind k, std::string_view text) {
    switch (k) {
      case claim_kind::amount:
        return read_printed_amount(text);
      case claim_kind::rate:
        return read_printed_rate(text);
      case claim_kind::points:
      case claim_kind::contribution:
        return read_printed_ratio(text, true, true);
      case claim_kind::share:
        return read_printed_ratio(text, false, false);
      case claim_kind::growth:
      case claim_kind::plan:
        break;
    }
    return read_printed_ratio(text, false, true);
  }

  std::size_t read_expression(std::string_view expr, std::size_t offset, std::string_view line, std::size_t line_no,
                              std::size_t claim_index, const std::string& fld) {
    const std::size_t first = file_.nodes.size();
    expression_reader reader(expr, file_.nodes, line, offset);
    std::size_t root = 0;
    try {
      root = reader.read_all();
    } catch (const field_problem& p) {
      fail(line_no, line, offset + p.offset, fld, p.what);
    }
    for (std::size_t n = first; n < file_.nodes.size(); ++n) {
      if (file_.nodes[n].what == claim_node::op::figure) {
        refs_.push_back({n, claim_index, fld});
      }
    }
    return root;
  }

  claim_relation read_relation(std::string_view text, std::size_t offset, std::string_view line, std::size_t line_no,
                               std::size_t claim_index, const std::string& own_id) {
    claim_relation r;
    r.column = column_of(line, offset);
    std::string_view body = text;
    if (!body.empty() && body.back() == ']') {
      const std::size_t open = body.rfind('[');
      if (open == std::string_view::npos) {
        fail(line_no, line, offset + body.size() - 1, "relations", "a label is written [like this]: no '[' before ']'");
      }
      r.label = std::string(trim(body.substr(open + 1, body.size() - open - 2)));
      body = trim(body.substr(0, open));
    }
    // The comparison operator, outside parentheses.
    int depth = 0;
    std::size_t at = std::string_view::npos;
    std::size_t op_len = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
      const char ch = body[i];
      if (ch == '(') {
        ++depth;
      } else if (ch == ')') {
        --depth;
      } else if (depth == 0 && (ch == '=' || ch == '<' || ch == '>')) {
        if (at != std::string_view::npos) {
          fail(line_no, line, offset + i, "relations", "a relation has one comparison (=, <, <=, >, >=); separate relations with ';'");
        }
        at = i;
        op_len = (ch != '=' && i + 1 < body.size() && body[i + 1] == '=') ? 2 : 1;
        r.what = ch == '=' ? claim_relation::op::equal
                 : ch == '<' ? (op_len == 2 ? claim_relation::op::less_equal : claim_relation::op::less)
                             : (op_len == 2 ? claim_relation::op::greater_equal : claim_relation::op::greater);
        i += op_len - 1;
      }
    }
    if (at == std::string_view::npos) {
      fail(line_no, line, offset, "relations",
           "'" + std::string(body) + "' has no comparison: write 'total = exports + imports', '= exports + imports' or '< 10 %'");
    }
    const std::string_view left = trim(body.substr(0, at));
    if (left.empty()) {
      claim_node self;
      self.what = claim_node::op::figure;
      self.name = own_id;
      self.column = r.column;
      file_.nodes.push_back(std::move(self));
      r.lhs = file_.nodes.size() - 1;
      refs_.push_back({r.lhs, claim_index, "relations"});
      r.text = own_id + " " + std::string(trim(body));
    } else {
      r.lhs = read_expression(body.substr(0, at), offset, line, line_no, claim_index, "relations");
      r.text = std::string(body);
    }
    r.rhs = read_expression(body.substr(at + op_len), offset + at + op_len, line, line_no, claim_index, "relations");
    return r;
  }

  // ------------------------------------------------------------------------------------------
  // Resolution: ids to claims, then every expression's dimension.

  void resolve() {
    for (const reference& ref : refs_) {
      claim_node& n = file_.nodes[ref.node];
      bool found = false;
      for (std::size_t i = 0; i < file_.claims.size(); ++i) {
        if (file_.claims[i].id == n.name) {
          n.claim = i;
          found = true;
          break;
        }
      }
      if (!found) {
        fail_at(ref.claim, n.column, ref.field, "no claim has the id '" + n.name + "'");
      }
    }
    dims_.assign(file_.claims.size(), std::nullopt);
    state_.assign(file_.claims.size(), 0);
    for (std::size_t i = 0; i < file_.claims.size(); ++i) {
      (void)claim_dim_of(i);
    }
    for (std::size_t i = 0; i < file_.claims.size(); ++i) {
      for (const claim_relation& r : file_.claims[i].relations) {
        const claim_dim a = dim_of(r.lhs, i, "relations");
        const claim_dim b = dim_of(r.rhs, i, "relations");
        if (!(a == b)) {
          fail_at(i, r.column, "relations",
                  "the two sides of '" + r.text + "' measure different things: " + to_string(a) + " and " + to_string(b));
        }
      }
    }
  }

  [[noreturn]] void fail_at(std::size_t claim_index, std::size_t column, const std::string& fld,
                            const std::string& why) const {
    throw claims_error(file_.name, file_.claims[claim_index].line, column, fld, why);
  }

  claim_dim claim_dim_of(std::size_t i) {
    if (dims_[i]) {
      return *dims_[i];
    }
    claim& c = file_.claims[i];
    if (c.printed) {
      dims_[i] = c.printed->value.dim;
      return *dims_[i];
    }
    if (state_[i] == 1) {
      fail_at(i, 1, "value", "the definition of '" + c.id + "' refers to itself (through the claims it uses)");
    }
    state_[i] = 1;
    const claim_dim d = dim_of(*c.definition, i, "value");
    state_[i] = 2;
    if (d.what != dim_of_kind(c.kind)) {
      fail_at(i, file_.nodes[*c.definition].column, "value",
              "a claim of kind " + std::string(to_string(c.kind)) + " cannot be " + to_string(d));
    }
    dims_[i] = d;
    return d;
  }

  claim_dim dim_of(std::size_t node, std::size_t ci, const std::string& fld) {
    const claim_node& n = file_.nodes[node];
    const auto arg = [&](std::size_t k) { return dim_of(n.args[k], ci, fld); };
    const auto bad = [&](const std::string& why) { fail_at(ci, n.column, fld, why); };
    using tag = claim_dim::tag;
    switch (n.what) {
      case claim_node::op::figure:
        return claim_dim_of(n.claim);
      case claim_node::op::literal:
        return {};
      case claim_node::op::negate:
        return arg(0);
      case claim_node::op::add:
      case claim_node::op::subtract: {
        const claim_dim a = arg(0);
        const claim_dim b = arg(1);
        if (!(a == b)) {
          bad("cannot add or subtract " + to_string(a) + " and " + to_string(b));
        }
        return a;
      }
      case claim_node::op::multiply: {
        const claim_dim a = arg(0);
        const claim_dim b = arg(1);
        if (const auto d = product_dim(a, b)) return *d;
        bad("cannot multiply " + to_string(a) + " by " + to_string(b) +
            " (money times a rate per its currency converts it; ratios scale anything)");
        return {};
      }
      case claim_node::op::divide: {
        const claim_dim a = arg(0);
        const claim_dim b = arg(1);
        if (const auto d = quotient_dim(a, b)) return *d;
        bad("cannot divide " + to_string(a) + " by " + to_string(b));
        return {};
      }
      case claim_node::op::prior: {
        const claim_dim a = arg(0);
        const claim_dim g = arg(1);
        if (a.what != tag::money || g.what != tag::number) {
          bad("prior(amount, growth) takes an amount and a growth rate, not " + to_string(a) + " and " + to_string(g));
        }
        return a;
      }
      case claim_node::op::annual: {
        if (arg(0).what != tag::number) {
          bad("annual(growth, years) takes a growth rate");
        }
        return {};
      }
      case claim_node::op::change: {
        const claim_dim a = arg(0);
        const claim_dim b = arg(1);
        if (!(a == b) || a.what == tag::number) {
          bad("change(from, to) takes two amounts (or rates) of one kind, not " + to_string(a) + " and " + to_string(b));
        }
        return {};
      }
    }
    return {};
  }

  std::string_view text_;
  claims_file file_;
  std::vector<reference> refs_;
  std::vector<std::optional<claim_dim>> dims_;
  std::vector<int> state_;  // 0 not visited, 1 on the stack, 2 done
};

}  // namespace detail

/** Reads a claims file's text (UTF-8; the format of docs/reference/claims.md); `file_name` is
 *  used in error messages. Throws claims_error naming file:line:column and the field for a line
 *  that is not a claim, an unknown id, a definition that refers to itself, or a relation whose
 *  sides measure different things.
 *  Example: `parse_claims("total | amount | trade | 2025 | 520.4 billion yuan\n", "c.txt").claims[0].id` // "total" */
inline claims_file parse_claims(std::string_view text, std::string_view file_name = "claims") {
  return detail::claims_reader(text, file_name).read();
}

namespace detail {

/** Text of an end of an interval, rounded outward (a lower end down, an upper end up). */
inline std::string end_text(const quotient& q, int shift, int decimals, bool up) {
  const int total = shift + decimals;
  int128 n = static_cast<int128>(q.numerator());
  int128 d = q.denominator();
  if (total >= 0) {
    n *= pow10(total);
  } else {
    d *= pow10(-total);
  }
  const int128 r = up ? divide_rounded(n, d, rounding::ceiling) : divide_rounded(n, d, rounding::floor);
  return fraction_text(quotient::from_wide(r, 1) * power_of_ten(-decimals), 0, decimals);
}

/** How a computed value is shown: display, money exponent and currency, decimals. */
struct shown {
  claim_display display = claim_display::percent;
  int exponent = 0;
  int decimals = 1;
  claim_dim dim;
};

inline quotient scaled_for(const quotient& v, const shown& s) {
  return s.display == claim_display::money ? v * power_of_ten(-s.exponent) : v;
}
inline int shift_for(const shown& s) {
  return s.display == claim_display::percent || s.display == claim_display::points ? 2 : 0;
}

inline std::string unit_suffix(const shown& s) {
  switch (s.display) {
    case claim_display::percent:
      return " %";
    case claim_display::points:
      return " points";
    case claim_display::rate:
      return " " + s.dim.currency + " per " + s.dim.per;
    case claim_display::money:
    case claim_display::plain:
      break;
  }
  return "";
}

inline std::string money_unit(const shown& s) {
  const bool chinese = s.exponent == 8 || s.exponent == 4;
  std::string word;
  switch (s.exponent) {
    case 12:
      word = chinese ? "万亿" : "trillion ";
      break;
    case 9:
      word = "billion ";
      break;
    case 8:
      word = "亿";
      break;
    case 6:
      word = "million ";
      break;
    case 4:
      word = "万";
      break;
    case 3:
      word = "thousand ";
      break;
    default:
      break;
  }
  if (chinese) {
    return word + (s.dim.currency == "CNY" ? "元" : s.dim.currency == "USD" ? "美元" : " " + s.dim.currency);
  }
  return " " + word + (s.dim.currency == "CNY" ? "yuan" : s.dim.currency);
}

inline std::string point_text(const quotient& v, const shown& s) {
  return fraction_text(scaled_for(v, s), shift_for(s), s.decimals) + unit_suffix(s);
}

/** "433.8 to 434.3", "at least 0.69 trillion", "12.940 % to 12.963 %". */
inline std::string range_text(const interval& r, const shown& s) {
  const auto end = [&](const quotient& q, bool up) { return end_text(scaled_for(q, s), shift_for(s), s.decimals, up); };
  if (!r.lower() && !r.upper()) {
    return "any value";
  }
  if (!r.upper()) {
    return "at least " + end(*r.lower(), false) + unit_suffix(s);
  }
  if (!r.lower()) {
    return "at most " + end(*r.upper(), true) + unit_suffix(s);
  }
  if (*r.lower() == *r.upper()) {
    return "exactly " + point_text(*r.lower(), s);
  }
  std::string t = end(*r.lower(), false);
  t.append(" to ").append(end(*r.upper(), true)).append(unit_suffix(s));
  return t;
}

inline std::string_view count_word(std::size_t n) {
  static constexpr std::array<std::string_view, 11> words{"no",   "one", "two",   "three", "four", "five",
                                                          "six",  "seven", "eight", "nine", "ten"};
  return n < words.size() ? words[n] : std::string_view{};
}

/** Evaluates the expressions of a claims file on intervals, memoising derived claims. */
class claims_evaluator {
 public:
  explicit claims_evaluator(const claims_file& f) : file_(f), memo_(f.claims.size()) {}

  claim_value claim_value_of(std::size_t i) {
    const claim& c = file_.claims[i];
    if (c.printed) {
      return c.printed->value;
    }
    if (!memo_[i]) {
      memo_[i] = eval(*c.definition);
    }
    return *memo_[i];
  }

  claim_value eval(std::size_t node) {
    const claim_node& n = file_.nodes[node];
    bool widened = false;
    claim_value out;
    switch (n.what) {
      case claim_node::op::figure:
        return claim_value_of(n.claim);
      case claim_node::op::literal:
        out.range = interval::point(n.literal_value);
        out.nominal = n.literal_value;
        out.decimals = 0;
        return out;
      case claim_node::op::negate: {
        out = eval(n.args[0]);
        out.range = -out.range;
        out.nominal = -out.nominal;
        return out;
      }
      case claim_node::op::add:
      case claim_node::op::subtract: {
        const claim_value a = eval(n.args[0]);
        const claim_value b = eval(n.args[1]);
        const bool plus = n.what == claim_node::op::add;
        out = a;
        out.range = guarded([plus](const interval& x, const interval& y) { return plus ? x + y : x - y; }, a.range,
                            b.range, widened);
        out.nominal = guarded_point([plus](const quotient& x, const quotient& y) { return plus ? x + y : x - y; },
                                    a.nominal, b.nominal);
        if (a.dim.what == claim_dim::tag::money && a.exponent == b.exponent) {
          out.decimals = a.decimals > b.decimals ? a.decimals : b.decimals;
        }
        out.widened = a.widened || b.widened || widened;
        return out;
      }
      case claim_node::op::multiply:
      case claim_node::op::divide: {
        const claim_value a = eval(n.args[0]);
        const claim_value b = eval(n.args[1]);
        const bool times = n.what == claim_node::op::multiply;
        out.range = guarded([times](const interval& x, const interval& y) { return times ? x * y : x / y; },
                            a.range, b.range, widened);
        out.nominal = guarded_point([times](const quotient& x, const quotient& y) { return times ? x * y : x / y; },
                                    a.nominal, b.nominal);
        out.dim = result_dim(a.dim, b.dim, times);
        const claim_value& m = a.dim.what == claim_dim::tag::money ? a : b;
        out.exponent = m.exponent;
        out.decimals = m.dim.what == claim_dim::tag::money ? m.decimals : 3;
        if (out.dim.what == claim_dim::tag::rate) {
          out.decimals = 3;
        }
        out.widened = a.widened || b.widened || widened;
        return out;
      }
      case claim_node::op::prior: {
        const claim_value a = eval(n.args[0]);
        const claim_value g = eval(n.args[1]);
        out = a;
        const interval one = interval::point(quotient(1));
        out.range = guarded([](const interval& x, const interval& y) { return x / y; }, a.range, one + g.range,
                            widened);
        out.nominal = guarded_point([](const quotient& x, const quotient& y) { return x / y; }, a.nominal,
                                    quotient(1) + g.nominal);
        out.widened = a.widened || g.widened || widened;
        return out;
      }
      case claim_node::op::annual: {
        const claim_value g = eval(n.args[0]);
        const int years = static_cast<int>(file_.nodes[n.args[1]].literal_value.numerator());
        out.range = annual_rate(g.range, years);
        const interval at_nominal = annual_rate(interval::point(g.nominal), years);
        out.nominal = *at_nominal.lower();
        out.widened = g.widened;
        return out;
      }
      case claim_node::op::change: {
        const claim_value from = eval(n.args[0]);
        const claim_value to = eval(n.args[1]);
        out.range = guarded([](const interval& x, const interval& y) { return y / x - interval::point(quotient(1)); },
                            from.range, to.range, widened);
        out.nominal = to.nominal / from.nominal - quotient(1);
        out.widened = from.widened || to.widened || widened;
        return out;
      }
    }
    return out;
  }

  /** The expression as text with each figure's printed number in place of its id. */
  std::string render(std::size_t node, const shown& context) {
    const claim_node& n = file_.nodes[node];
    std::string t;
    const auto binary = [&](std::string_view op) {
      t = render(n.args[0], context);
      t.append(" ").append(op).append(" ").append(render(n.args[1], context));
    };
    switch (n.what) {
      case claim_node::op::figure: {
        const claim& c = file_.claims[n.claim];
        if (c.printed) {
          t = c.printed->number;
          if (!t.empty() && t.front() == '+') {
            t.erase(0, 1);
          }
          if (c.printed->bound == figure_bound::at_least) {
            t.insert(0, "over ");
          } else if (c.printed->bound == figure_bound::at_most) {
            t.insert(0, "under ");
          }
          if (c.kind != claim_kind::amount && c.kind != claim_kind::rate && c.printed->number != "half") {
            t.append(c.kind == claim_kind::points || c.kind == claim_kind::contribution ? " points" : " %");
          }
        } else {
          const claim_value v = claim_value_of(n.claim);
          shown s = shown_for(v, display_of_kind(c.kind));
          if (s.display == claim_display::percent || s.display == claim_display::points) {
            s.decimals = 1;
          }
          t = point_text(v.nominal, s);
          if (s.display == claim_display::rate) {
            t = fraction_text(v.nominal, 0, s.decimals);
          }
        }
        break;
      }
      case claim_node::op::literal:
        t = n.name;
        break;
      case claim_node::op::negate:
        t = "-" + render(n.args[0], context);
        break;
      case claim_node::op::add:
        binary("+");
        break;
      case claim_node::op::subtract:
        binary("-");
        break;
      case claim_node::op::multiply:
        binary("*");
        break;
      case claim_node::op::divide:
        binary("/");
        break;
      case claim_node::op::prior:
      case claim_node::op::annual:
      case claim_node::op::change: {
        t = n.what == claim_node::op::prior ? "prior(" : n.what == claim_node::op::annual ? "annual(" : "change(";
        t.append(render(n.args[0], context)).append(", ").append(render(n.args[1], context)).append(")");
        break;
      }
    }
    if (n.parenthesised) {
      t = "(" + t + ")";
    }
    return t;
  }

  static shown shown_for(const claim_value& v, claim_display preferred) {
    shown s;
    s.dim = v.dim;
    s.exponent = v.exponent;
    s.decimals = v.decimals;
    switch (v.dim.what) {
      case claim_dim::tag::money:
        s.display = claim_display::money;
        break;
      case claim_dim::tag::rate:
        s.display = claim_display::rate;
        s.decimals = v.decimals < 3 ? 3 : v.decimals;
        break;
      case claim_dim::tag::number:
        s.display = preferred == claim_display::points ? claim_display::points : claim_display::percent;
        break;
    }
    return s;
  }

 private:
  // The parser checked every product and quotient, so each has a dimension here.
  static claim_dim result_dim(const claim_dim& a, const claim_dim& b, bool times) {
    return (times ? product_dim(a, b) : quotient_dim(a, b)).value();
  }

  const claims_file& file_;
  std::vector<std::optional<claim_value>> memo_;
};

/** The terms of a sum of figures (no literal term), or nothing when the node is not one. */
inline bool is_sum_of_figures(const claims_file& f, std::size_t node) {
  const claim_node& n = f.nodes[node];
  if (n.what != claim_node::op::add && n.what != claim_node::op::subtract) {
    return false;
  }
  std::vector<std::size_t> stack{node};
  while (!stack.empty()) {
    const claim_node& m = f.nodes[stack.back()];
    stack.pop_back();
    if (m.what == claim_node::op::add || m.what == claim_node::op::subtract || m.what == claim_node::op::negate) {
      for (const std::size_t a : m.args) {
        stack.push_back(a);
      }
    } else if (m.what == claim_node::op::literal) {
      return false;
    }
  }
  return true;
}

/** The figures added in a sum (through + - and unary -). */
inline std::vector<std::size_t> sum_terms(const claims_file& f, std::size_t node) {
  std::vector<std::size_t> terms;
  std::vector<std::size_t> stack{node};
  while (!stack.empty()) {
    const std::size_t k = stack.back();
    stack.pop_back();
    const claim_node& m = f.nodes[k];
    if (m.what == claim_node::op::add || m.what == claim_node::op::subtract || m.what == claim_node::op::negate) {
      for (auto it = m.args.rbegin(); it != m.args.rend(); ++it) {
        stack.push_back(*it);
      }
    } else {
      terms.push_back(k);
    }
  }
  return terms;
}

inline bool is_printed_figure(const claims_file& f, std::size_t node) {
  const claim_node& n = f.nodes[node];
  return n.what == claim_node::op::figure && f.claims[n.claim].printed.has_value();
}

/** How a value prints at the claimed figure's precision: the claimed rounding of `v`. */
inline std::string prints_as(const quotient& v, const claim& c) {
  const claim_value& pv = c.printed->value;
  shown s = claims_evaluator::shown_for(pv, display_of_kind(c.kind));
  if (c.printed->number == "half") {
    s.decimals = 1;
  }
  return point_text(v, s);
}

/** The rate operand of a conversion (an amount times or divided by a rate), or nothing. */
inline std::optional<std::size_t> conversion_rate(const claims_file& f, claims_evaluator& ev, std::size_t node) {
  const claim_node& n = f.nodes[node];
  if (n.what != claim_node::op::multiply && n.what != claim_node::op::divide) {
    return std::nullopt;
  }
  for (const std::size_t a : n.args) {
    if (ev.eval(a).dim.what == claim_dim::tag::rate) {
      return a;
    }
  }
  return std::nullopt;
}

inline std::string half_step_text(const interval& r, const shown& s) {
  const quotient half = r.width() * quotient(1, 2);
  shown h = s;
  h.decimals = s.decimals + 1;
  return "±" + fraction_text(scaled_for(half, h), shift_for(h), h.decimals);
}

inline check_result check_relation(const claims_file& f, claims_evaluator& ev, const claim& owner,
                                   const claim_relation& r) {
  check_result out;
  out.relation = r.text;
  out.label = r.label;
  const bool identity = r.what == claim_relation::op::equal &&
                        (is_sum_of_figures(f, r.lhs) || is_sum_of_figures(f, r.rhs) ||
                         is_printed_figure(f, r.lhs) == is_printed_figure(f, r.rhs));
  // The claimed side: for an identity the side that is not a sum; for a derived figure the
  // printed figure; for a comparison the left side.
  std::size_t claimed_node = r.lhs;
  std::size_t computed_node = r.rhs;
  if (r.what == claim_relation::op::equal) {
    if (identity ? is_sum_of_figures(f, r.lhs) && !is_sum_of_figures(f, r.rhs)
                 : !is_printed_figure(f, r.lhs)) {
      std::swap(claimed_node, computed_node);
    }
  }
  const claim_value claimed = ev.eval(claimed_node);
  const claim_value computed = ev.eval(computed_node);
  const std::string widened_note = claimed.widened || computed.widened
                                       ? " [ends rounded outward to keep the arithmetic within 64-bit fractions]"
                                       : "";
  out.claimed = claimed.range;
  out.computed = computed.range;
  const claim_display preferred =
      f.nodes[claimed_node].what == claim_node::op::figure
          ? display_of_kind(f.claims[f.nodes[claimed_node].claim].kind)
          : (f.nodes[computed_node].what == claim_node::op::literal ? f.nodes[computed_node].literal_shown
                                                                     : display_of_kind(owner.kind));
  shown s = claims_evaluator::shown_for(claimed, preferred);
  const bool claimed_is_printed = is_printed_figure(f, claimed_node);
  const claim* printed_claim = claimed_is_printed ? &f.claims[f.nodes[claimed_node].claim] : nullptr;

  std::string t = ev.render(computed_node, s);
  if (r.what != claim_relation::op::equal) {
    // A comparison: the left side against the right side.
    shown c = s;
    if (c.display == claim_display::percent || c.display == claim_display::points) {
      c.decimals = 2;
    }
    std::string left = ev.render(claimed_node, c);
    left.append(" = ").append(point_text(claimed.nominal, c)).append(" (").append(range_text(claimed.range, c)).append(")");
    const bool strict = r.what == claim_relation::op::less || r.what == claim_relation::op::greater;
    const bool below = r.what == claim_relation::op::less || r.what == claim_relation::op::less_equal;
    const interval& x = claimed.range;
    const interval& y = computed.range;
    // all: every x satisfies the comparison with every y; none: no pair does.
    const auto lt = [](const std::optional<quotient>& a, const std::optional<quotient>& b, bool strict_lt) {
      return a && b && (strict_lt ? *a < *b : !(*b < *a));
    };
    const bool all = below ? lt(x.upper(), y.lower(), strict) : lt(y.upper(), x.lower(), strict);
    const bool none = below ? lt(y.upper(), x.lower(), !strict) : lt(x.upper(), y.lower(), !strict);
    out.result = all ? verdict::consistent : none ? verdict::inconsistent : verdict::undecidable;
    const std::string word = below ? (strict ? "below " : "at most ") : (strict ? "above " : "at least ");
    std::string right = ev.render(computed_node, c);
    if (f.nodes[computed_node].what != claim_node::op::literal) {
      right.append(" (").append(range_text(y, c)).append(")");
    }
    left.append(" ").append(to_string(r.what)).append(" ").append(right).append(": ");
    left.append(to_string(out.result));
    left.append(all    ? ": every value allowed is " + word + right
                : none ? ": no value allowed is " + word + right
                       : ": some values allowed are " + word + right + " and some are not");
    out.text = std::move(left.append(widened_note));
    return out;
  }

  if (identity && is_printed_figure(f, claimed_node) && is_printed_figure(f, computed_node)) {
    // One figure published twice (in English to 0.1 billion and in Chinese to 0.1亿).
    const consistency c = detail::check_identity(claimed.range, computed.range);
    out.result = c.result;
    const claim& a = f.claims[f.nodes[claimed_node].claim];
    const claim& b = f.claims[f.nodes[computed_node].claim];
    shown fine = s;
    fine.decimals = s.decimals + 1;
    t = a.value_text;
    t.append(" and ").append(b.value_text).append(": ");
    t.append(out.result == verdict::consistent ? "consistent: the two publications overlap ("
                                                : "inconsistent: no value prints as both (");
    t.append(range_text(claimed.range, fine)).append(" and ").append(range_text(computed.range, fine));
    t.append(fine.display == claim_display::money ? money_unit(fine) : "").append(")");
    out.text = std::move(t.append(widened_note));
    return out;
  }
  if (identity) {
    const consistency c = detail::check_identity(claimed.range, computed.range);
    out.result = c.result;
    shown cs = s;
    t.append(" = ").append(point_text(computed.nominal, cs));
    const std::vector<std::size_t> terms = sum_terms(f, computed_node);
    bool all_printed = true;
    std::optional<quotient> width;
    bool same_width = true;
    for (const std::size_t k : terms) {
      if (!is_printed_figure(f, k) || f.claims[f.nodes[k].claim].printed->bound != figure_bound::rounded) {
        all_printed = false;
        continue;
      }
      const interval& tr = f.claims[f.nodes[k].claim].printed->value.range;
      if (width && !(*width == tr.width())) {
        same_width = false;
      }
      width = tr.width();
    }
    std::string parts;
    if (all_printed && same_width && width && !count_word(terms.size()).empty()) {
      parts = std::string(count_word(terms.size())) + " parts, " +
              half_step_text(f.claims[f.nodes[terms.front()].claim].printed->value.range, cs) + " each";
    }
    if (!all_printed) {
      t.append(" (").append(range_text(computed.range, cs)).append(")");
    }
    t.append(" against ");
    t.append(claimed_is_printed ? ev.render(claimed_node, cs)
                                : point_text(claimed.nominal, cs) + " (" + range_text(claimed.range, cs) + ")");
    if (out.result == verdict::consistent) {
      t.append(": consistent within rounding");
      t.append(parts.empty() ? " (the intervals overlap)" : " (" + parts + ")");
    } else {
      shown fine = cs;
      fine.decimals = cs.decimals + 1;
      t.append(": inconsistent: the parts allow ").append(range_text(computed.range, cs));
      t.append(" and the figure ").append(range_text(claimed.range, fine)).append(", so no true values agree");
      if (!parts.empty()) {
        t.append(" (").append(parts).append(")");
      }
    }
    out.text = std::move(t.append(widened_note));
    return out;
  }

  // A figure derived from others: containment decides.
  const consistency c = detail::check_derived(claimed.range, computed.range);
  out.result = c.result;
  shown cs = s;
  if (cs.display == claim_display::money || cs.display == claim_display::rate) {
    cs.decimals = s.decimals + 1;
  } else {
    cs.decimals = s.decimals + 2;
  }
  t.append(" = ").append(point_text(computed.nominal, cs)).append(" (").append(range_text(computed.range, cs)).append(")");
  t.append(" against ").append(ev.render(claimed_node, s));
  if (printed_claim->printed->bound == figure_bound::rounded) {
    t.append(" (").append(range_text(claimed.range, cs)).append(")");
  }
  t.append(": ").append(to_string(out.result));
  const bool bound = printed_claim->printed->bound != figure_bound::rounded;
  const std::string claimed_text = bound ? printed_claim->value_text : prints_as(claimed.nominal, *printed_claim);
  if (out.result == verdict::consistent) {
    t.append(bound ? ": every value the figures allow is " + claimed_text
                   : ": every value the figures allow prints as " + claimed_text);
  } else if (out.result == verdict::undecidable) {
    if (!bound && computed.range.bounded()) {
      const std::string lo = prints_as(*computed.range.lower(), *printed_claim);
      const std::string hi = prints_as(*computed.range.upper(), *printed_claim);
      t.append(": the values the figures allow print as ").append(lo).append(lo == hi ? "" : " or " + hi);
      t.append(", so these figures alone cannot decide it");
    } else {
      t.append(": some values the figures allow are ").append(claimed_text).append(" and some are not");
    }
  } else {
    t.append(bound ? ": no value the figures allow is " + claimed_text
                   : ": no value the figures allow prints as " + claimed_text);
    const std::optional<std::size_t> rate_node = conversion_rate(f, ev, computed_node);
    if (rate_node) {
      // Which rate would give the printed figure: amount / figure, or figure / amount.
      const claim_node& conv = f.nodes[computed_node];
      const std::size_t amount_node = conv.args[0] == *rate_node ? conv.args[1] : conv.args[0];
      const claim_value amount = ev.eval(amount_node);
      const claim_value rate = ev.eval(*rate_node);
      bool w = false;
      const interval implied =
          conv.what == claim_node::op::divide
              ? guarded([](const interval& a, const interval& b) { return a / b; }, amount.range, claimed.range, w)
              : guarded([](const interval& a, const interval& b) { return a / b; }, claimed.range, amount.range, w);
      shown rs = claims_evaluator::shown_for(rate, claim_display::rate);
      t.append("; the figure is a conversion at ").append(range_text(implied, rs));
      const claim_node& rn = f.nodes[*rate_node];
      const std::string rate_name =
          rn.what == claim_node::op::figure ? f.claims[rn.claim].subject : ev.render(*rate_node, rs);
      t.append(", a rate that is not ").append(rate_name).append(" (").append(range_text(rate.range, rs)).append(")");
      out.finding = "a conversion at a rate that is not " + rate_name;
    }
  }
  out.text = std::move(t.append(widened_note));
  return out;
}

}  // namespace detail

/** Checks every claim of a file: each relation gets a verdict with the arithmetic that decided
 *  it, and a claim's verdict is inconsistent if one relation is, else consistent if one is, else
 *  undecidable (no verdict without relations). With `computed` (figures from records), a claim
 *  whose id has a figure is also checked against it: consistent when its printed value stands
 *  for that exact figure. Evaluation problems (a division by a range holding zero) make a
 *  relation undecidable with the reason; nothing here throws for a file parse_claims accepted.
 *  Example: `check_claims(parse_claims(text)).find("total")->result` // verdict::consistent */
inline check_report check_claims(const claims_file& file, const figures* computed = nullptr) {
  check_report report;
  report.file = file.name;
  detail::claims_evaluator ev(file);
  for (std::size_t i = 0; i < file.claims.size(); ++i) {
    const claim& c = file.claims[i];
    claim_report cr;
    cr.id = c.id;
    cr.kind = c.kind;
    cr.subject = c.subject;
    cr.period = c.period;
    cr.line = c.line;
    if (c.printed) {
      cr.value = c.value_text;
    } else {
      try {
        const detail::claim_value v = ev.claim_value_of(i);
        detail::shown s = detail::claims_evaluator::shown_for(v, detail::display_of_kind(c.kind));
        detail::shown range_shown = s;
        if (s.display == detail::claim_display::percent || s.display == detail::claim_display::points) {
          s.decimals = 1;
          range_shown.decimals = 3;
        }
        cr.derived = v.range;
        const std::string_view widened_note =
            v.widened ? "; ends rounded outward to keep the arithmetic within 64-bit fractions" : "";
        std::string text = "derived: ";
        text.append(detail::trim(std::string_view(c.value_text).substr(1)));
        text.append(" = ").append(ev.render(*c.definition, s)).append(" = ");
        if (!v.range.bounded()) {
          range_shown.decimals = s.decimals + 2;
        }
        if (v.range.bounded()) {
          text.append(detail::point_text(v.nominal, s));
          if (s.display == detail::claim_display::money) {
            text.append(detail::money_unit(s));
          }
          text.append(" (").append(detail::range_text(v.range, range_shown)).append(widened_note).append(")");
        } else {
          text.append(detail::range_text(v.range, range_shown));
          if (s.display == detail::claim_display::money) {
            text.append(detail::money_unit(s));
          }
          text.append(", a bound: a figure it is computed from is printed as a bound, not a rounding");
          text.append(widened_note);
        }
        cr.value = std::move(text);
      } catch (const error& e) {
        cr.value = "derived: cannot be computed (" + std::string(e.what()) + ")";
      }
    }
    for (const detail::claim_relation& r : c.relations) {
      try {
        cr.checks.push_back(detail::check_relation(file, ev, c, r));
      } catch (const error& e) {
        check_result bad;
        bad.relation = r.text;
        bad.label = r.label;
        bad.result = verdict::undecidable;
        bad.text = r.text + ": undecidable: " + e.what();
        cr.checks.push_back(std::move(bad));
      }
    }
    if (computed != nullptr) {
      if (const detail::claim_value* fig = computed->find(c.id)) {
        check_result rec;
        rec.relation = "records";
        rec.label = "the figures computed from records";
        try {
          const detail::claim_value mine = ev.claim_value_of(i);
          rec.claimed = mine.range;
          rec.computed = fig->range;
          detail::shown s = detail::claims_evaluator::shown_for(mine, detail::display_of_kind(c.kind));
          s.decimals += 2;
          if (!(fig->dim == mine.dim)) {
            rec.result = verdict::inconsistent;
            rec.text = "from records: the figure is " + detail::to_string(fig->dim) + ", the claim " +
                       detail::to_string(mine.dim);
          } else {
            rec.result = mine.range.contains(fig->nominal) ? verdict::consistent : verdict::inconsistent;
            rec.text = "from records: " + detail::point_text(fig->nominal, s) +
                       // "is within 1 to 2", "is at least 50 %" (a range open at one end)
                       (mine.range.bounded() ? (rec.result == verdict::consistent ? " is within " : " is outside ")
                                             : (rec.result == verdict::consistent ? " is " : " is not ")) +
                       detail::range_text(mine.range, s) + ": " + std::string(to_string(rec.result));
          }
        } catch (const error& e) {
          rec.result = verdict::undecidable;
          rec.text = "from records: undecidable: " + std::string(e.what());
        }
        cr.checks.push_back(std::move(rec));
      }
    }
    if (!cr.checks.empty()) {
      bool any_inconsistent = false;
      bool any_consistent = false;
      std::vector<std::string> undecided;
      for (const check_result& k : cr.checks) {
        any_inconsistent = any_inconsistent || k.result == verdict::inconsistent;
        any_consistent = any_consistent || k.result == verdict::consistent;
        if (k.result == verdict::undecidable) {
          undecided.push_back(k.label.empty() ? k.relation : k.label);
        }
      }
      cr.result = any_inconsistent ? verdict::inconsistent : any_consistent ? verdict::consistent : verdict::undecidable;
      cr.summary = std::string(to_string(*cr.result));
      for (const check_result& k : cr.checks) {
        if (*cr.result == verdict::inconsistent && k.result == verdict::inconsistent && !k.finding.empty()) {
          cr.summary.append(": ").append(k.finding);
          break;
        }
      }
      if (*cr.result == verdict::consistent && !undecided.empty()) {
        cr.summary.append(", not decidable from ");
        for (std::size_t k = 0; k < undecided.size(); ++k) {
          cr.summary.append(k == 0 ? "" : " or ").append(undecided[k]);
        }
        cr.summary.append(" alone");
      }
    }
    report.claims.push_back(std::move(cr));
  }
  return report;
}

/** The report as text: a summary line, then each claim (id, period, subject, value), its checks
 *  and its verdict. English only.
 *  Example: `to_string(check_claims(f))` // "Checked 29 claims in claims.txt: 15 consistent, ..." */
inline std::string to_string(const check_report& r) {
  std::size_t unchecked = 0;
  for (const claim_report& c : r.claims) {
    unchecked += c.result ? 0U : 1U;
  }
  std::string t = "Checked ";
  t.append(std::to_string(r.claims.size())).append(" claims in ").append(r.file).append(": ");
  t.append(std::to_string(r.count(verdict::consistent))).append(" consistent, ");
  t.append(std::to_string(r.count(verdict::inconsistent))).append(" inconsistent, ");
  t.append(std::to_string(r.count(verdict::undecidable))).append(" undecidable, ");
  t.append(std::to_string(unchecked)).append(" without a check (figures used by others, or derived).\n");
  for (const claim_report& c : r.claims) {
    t.append("\n").append(c.id).append(" (").append(c.period).append(") ").append(c.subject).append(": ");
    t.append(c.value).append("\n");
    for (const check_result& k : c.checks) {
      t.append("  ").append(k.relation == "records" ? "" : k.relation + (k.label.empty() ? "" : " [" + k.label + "]") + ": ");
      t.append(k.text).append("\n");
    }
    if (c.result) {
      t.append("  verdict: ").append(c.summary).append("\n");
    }
  }
  return t;
}

/** Writes `to_string(report)`. Example: `std::cout << check_claims(f)` */
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const check_report& r) {
  return os << to_string(r).c_str();
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_CLAIMS_HPP
