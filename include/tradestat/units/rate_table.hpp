// rate_table<From, To, Period>: dated exchange rates of one kind, keyed by period.
#ifndef TRADESTAT_UNITS_RATE_TABLE_HPP
#define TRADESTAT_UNITS_RATE_TABLE_HPP

#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/error.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/exchange_rate.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tradestat {

/** Thrown when a rate table has no rate for the period asked (error_kind::missing_rate).
 *  Example: `table.at(month{2025, 12})` // throws missing_rate_error when December is absent */
class missing_rate_error : public error {
 public:
  explicit missing_rate_error(const std::string& message) : error(error_kind::missing_rate, message) {}
};

/** Rates of one kind for a currency pair, one per period: a `tradestat::month` by default, or
 *  another of the library's periods (`quarter`, `half`, `year`, `ytd` for averages over them), or
 *  `tradestat::date` for daily rates (see `rate_period`). It answers "the rate for
 *  2025-03" and refuses a period it lacks rather than guessing a neighbour.
 *  Example: `rate_table<USD, CNY> t(rate_kind::customs_monthly);` // empty, customs rates only */
template <currency From, currency To, rate_period Period = month>
class rate_table {
 public:
  using rate_type = exchange_rate<From, To, Period>;
  // Sorted by period: a flat table, cheaper to compile and to search than a std::map.
  using const_iterator = typename std::vector<std::pair<Period, rate_type>>::const_iterator;

  /** An empty table that accepts rates of `kind` only. */
  explicit rate_table(rate_kind kind) : kind_(kind) {}

  /** Adds a rate; throws tradestat::error (invalid_argument) for a rate of another kind or a
   *  second, different rate for a period already present (the same rate again is accepted). */
  void insert(const rate_type& rate) {
    if (rate.kind() != kind_) {
      throw error(error_kind::invalid_argument, "tradestat: a rate table of " + std::string(to_string(kind_)) +
                                  "s refuses a " + std::string(to_string(rate.kind())) + " for " +
                                  detail::describe_period(rate.period()) + " (keep one table per rate kind)");
    }
    const auto it = lower_bound(rate.period());
    if (it == rates_.end() || it->first != rate.period()) {
      rates_.insert(it, {rate.period(), rate});
    } else if (!(it->second == rate)) {
      throw error(error_kind::invalid_argument, "tradestat: a different " + pair_name() + " rate for " +
                                  detail::describe_period(rate.period()) + " is already in the table (check the source for duplicates)");
    }
  }

  /** Adds a rate given as decimal text. Example: `t.insert(month{2025, 3}, "7.1793")` */
  void insert(const Period& period, std::string_view decimal) { insert(rate_type(decimal, period, kind_)); }

  /** The rate for `period`; throws missing_rate_error naming the pair and period when absent. */
  const rate_type& at(const Period& period) const {
    const auto it = lower_bound(period);
    if (it == rates_.end() || it->first != period) {
      throw missing_rate_error("tradestat: no " + pair_name() + " " + std::string(to_string(kind_)) +
                               " for " + detail::describe_period(period) + " in the rate table (add it with insert; no neighbouring rate is used instead)");
    }
    return it->second;
  }

  /** The rate for `period`, or nullptr when absent. */
  const rate_type* find(const Period& period) const noexcept {
    const auto it = lower_bound(period);
    return it == rates_.end() || it->first != period ? nullptr : &it->second;
  }

  bool contains(const Period& period) const noexcept { return find(period) != nullptr; }
  std::size_t size() const noexcept { return rates_.size(); }
  bool empty() const noexcept { return rates_.empty(); }
  rate_kind kind() const noexcept { return kind_; }
  const_iterator begin() const noexcept { return rates_.begin(); }
  const_iterator end() const noexcept { return rates_.end(); }

 private:
  static std::string pair_name() { return std::string(From::alpha) + "->" + std::string(To::alpha); }

  auto lower_bound(const Period& period) const noexcept {
    return std::lower_bound(rates_.begin(), rates_.end(), period,
                            [](const std::pair<Period, rate_type>& e, const Period& p) { return e.first < p; });
  }
  auto lower_bound(const Period& period) noexcept {
    return std::lower_bound(rates_.begin(), rates_.end(), period,
                            [](const std::pair<Period, rate_type>& e, const Period& p) { return e.first < p; });
  }

  rate_kind kind_;
  std::vector<std::pair<Period, rate_type>> rates_;
};

}  // namespace tradestat

#endif  // TRADESTAT_UNITS_RATE_TABLE_HPP
