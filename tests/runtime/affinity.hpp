// The calling thread's CPU affinity, narrowed for a test: what `taskset -c N` does to a process.
#ifndef TRADESTAT_TESTS_RUNTIME_AFFINITY_HPP
#define TRADESTAT_TESTS_RUNTIME_AFFINITY_HPP

#include <cstddef>
#include <cstdio>
#include <sched.h>

#include "catch.hpp"

namespace tradestat::test {

/** The processors the calling thread may run on, counted from its affinity mask. */
inline std::size_t allowed_processors() {
  cpu_set_t set;
  CPU_ZERO(&set);
  REQUIRE(::sched_getaffinity(0, sizeof set, &set) == 0);
  return static_cast<std::size_t>(CPU_COUNT(&set));
}

/** While it lives, the calling thread may run on its first allowed processor only; the mask it had
 *  is put back when it goes. `narrowed()` is false (with a printed reason: the test skips) when the
 *  thread may run on one processor already, so that a narrower mask would show nothing. */
class one_processor_only {
 public:
  one_processor_only() {
    CPU_ZERO(&before_);
    REQUIRE(::sched_getaffinity(0, sizeof before_, &before_) == 0);
    if (CPU_COUNT(&before_) < 2) {
      WARN("skipped: this process may run on one processor only, so a narrower mask cannot be set");
      std::printf("skipped: this process may run on one processor only\n");
      return;
    }
    cpu_set_t one;
    CPU_ZERO(&one);
    for (std::size_t cpu = 0; cpu < CPU_SETSIZE; ++cpu)
      if (CPU_ISSET(cpu, &before_)) {
        CPU_SET(cpu, &one);
        break;
      }
    REQUIRE(::sched_setaffinity(0, sizeof one, &one) == 0);
    narrowed_ = true;
  }
  one_processor_only(const one_processor_only&) = delete;
  one_processor_only& operator=(const one_processor_only&) = delete;
  ~one_processor_only() {
    if (narrowed_) (void)::sched_setaffinity(0, sizeof before_, &before_);
  }
  bool narrowed() const { return narrowed_; }

 private:
  cpu_set_t before_;
  bool narrowed_ = false;
};

}  // namespace tradestat::test

#endif  // TRADESTAT_TESTS_RUNTIME_AFFINITY_HPP
