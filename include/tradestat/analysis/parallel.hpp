// in_parallel: aggregations over N ranges (N readers of one file, N spans of records) on N threads,
// whose partial states merge into the results of one pass over all of them.
#ifndef TRADESTAT_ANALYSIS_PARALLEL_HPP
#define TRADESTAT_ANALYSIS_PARALLEL_HPP

#include <tradestat/analysis/aggregate.hpp>
#include <tradestat/data/detail/platform.hpp>
#include <tradestat/error.hpp>

#include <cstddef>
#include <exception>
#include <iterator>
#include <memory>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>


namespace tradestat {

/** Ranges to aggregate on threads: made by in_parallel(parts). */
template <std::ranges::random_access_range Parts>
  requires std::ranges::sized_range<Parts> && std::ranges::input_range<std::ranges::range_reference_t<Parts>>
class parallel_parts {
 public:
  using part_type = std::ranges::range_value_t<Parts>;
  using row_type = std::ranges::range_value_t<std::ranges::range_reference_t<Parts>>;

  constexpr parallel_parts(Parts& parts, std::size_t threads) : parts_{std::addressof(parts)}, threads_{threads} {}
  constexpr Parts& parts() const noexcept { return *parts_; }
  /** The number of threads: as asked, else one per part up to the processors this process may
   *  run on (its CPU affinity, which `taskset` and container limits set, as read_canonical_parts
   *  counts them); never more than the parts, at least 1. */
  std::size_t threads() const noexcept {
    const std::size_t n = static_cast<std::size_t>(std::ranges::size(*parts_));
    const std::size_t t = threads_ != 0 ? threads_ : detail::platform::available_processors();
    return t < n ? t : (n == 0 ? 1 : n);
  }

  /** `in_parallel(parts) | sum(...)`: one aggregation over every part. */
  template <class A>
    requires aggregation<A, row_type>
  friend auto operator|(const parallel_parts& p, const A& a) {
    return std::get<0>(aggregate(p, a));
  }

 private:
  Parts* parts_;
  std::size_t threads_;
};

/** The ranges of `parts` (a vector of readers, of spans of records, ...), to be aggregated each on
 *  a thread: `threads` of them (0: one per part, at most the hardware's). Each part is read by one
 *  thread only, so single-pass readers are fine; parts are merged in their order, and since states
 *  merge exactly, the results equal those of one pass over all parts, whatever the threads.
 *  Example: `auto parts = read_canonical_parts("trade.csv", 4); in_parallel(parts) | sum(&record::value_cny)` */
template <std::ranges::random_access_range Parts>
constexpr parallel_parts<Parts> in_parallel(Parts& parts, std::size_t threads = 0) {
  return parallel_parts<Parts>{parts, threads};
}

/** Runs every aggregation over every part, the parts spread over threads, and merges the partial
 *  states in part order. An exception in any part is rethrown here (the first part's first), after
 *  every thread has finished. Example: `aggregate(in_parallel(parts), sum(&record::value_cny), sum_by(by_year, &record::value_cny))` */
template <class Parts, class... A>
  requires(sizeof...(A) >= 1 && (aggregation<A, typename parallel_parts<Parts>::row_type> && ...))
auto aggregate(const parallel_parts<Parts>& p, const A&... aggs) {
  using Row = typename parallel_parts<Parts>::row_type;
  using states = detail::states_t<Row, A...>;
  const std::tuple<const A&...> all{aggs...};
  Parts& parts = p.parts();
  const std::size_t n = static_cast<std::size_t>(std::ranges::size(parts));
  std::vector<std::optional<states>> partial(n);
  std::vector<std::exception_ptr> failed(n);
  auto work = [&](std::size_t first, std::size_t stride) {
    for (std::size_t i = first; i < n; i += stride) {
      try {
        partial[i].emplace(detail::run_all<Row>(std::ranges::begin(parts)[static_cast<std::ranges::range_difference_t<Parts>>(i)], all));
      } catch (...) {
        failed[i] = std::current_exception();
      }
    }
  };
  detail::platform::run_on_threads(p.threads(), work);
  for (const auto& e : failed)
    if (e) std::rethrow_exception(e);
  states total = detail::start_all<Row>(all);
  for (auto& s : partial) detail::merge_all(total, *s, std::index_sequence_for<A...>{});
  return detail::finish_all(std::move(total), all, std::index_sequence_for<A...>{});
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_PARALLEL_HPP
