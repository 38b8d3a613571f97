#ifndef TRADESTAT_TRADESTAT_HPP
#define TRADESTAT_TRADESTAT_HPP

/** Everything tradestat offers, in one include. Headers of one layer are cheaper to compile:
 *  include those where compile time matters (see docs/performance.md).
 *
 *     #include <tradestat/tradestat.hpp>
 */
#include <tradestat/version.hpp>

#endif  // TRADESTAT_TRADESTAT_HPP
