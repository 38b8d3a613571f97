#ifndef TRADESTAT_TRADESTAT_HPP
#define TRADESTAT_TRADESTAT_HPP

/** Everything tradestat offers, in one include. Headers of one layer are cheaper to compile:
 *  include those where compile time matters (see docs/performance.md).
 *
 *     #include <tradestat/tradestat.hpp>
 *
 *  <tradestat/units/fmt.hpp> is left out: it needs {fmt}, an optional dependency.
 */
// the library itself
#include <tradestat/version.hpp>

// units/
#include <tradestat/units/currencies.hpp>
#include <tradestat/units/currency.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/quotient.hpp>
#include <tradestat/units/rounding.hpp>
#include <tradestat/units/scale.hpp>

// calendar/
#include <tradestat/calendar/period.hpp>
#include <tradestat/calendar/period_count.hpp>
#include <tradestat/calendar/period_io.hpp>
#include <tradestat/calendar/plan.hpp>
#include <tradestat/calendar/span.hpp>

// codes/
#include <tradestat/codes/bri_partner_table.hpp>
#include <tradestat/codes/country.hpp>
#include <tradestat/codes/country_group.hpp>
#include <tradestat/codes/country_groups.hpp>
#include <tradestat/codes/country_table.hpp>
#include <tradestat/codes/partner_code.hpp>

#endif  // TRADESTAT_TRADESTAT_HPP
