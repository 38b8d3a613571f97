#include <tradestat/data/detail/platform.hpp>

#include <atomic>
#include <cstddef>
#include <cstdio>
#include <set>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "affinity.hpp"
#include "catch.hpp"

using tradestat::detail::platform::available_processors;
using tradestat::detail::platform::run_on_threads;
using tradestat::test::allowed_processors;
using tradestat::test::one_processor_only;

namespace {

// Which thread made each call, and how often each k was called.
struct calls {
  explicit calls(std::size_t n) : thread(n), count(n) {}
  std::vector<std::thread::id> thread;
  std::vector<std::atomic<int>> count;
  void operator()(std::size_t k, std::size_t n) {
    if (n != count.size()) return;  // every call is told the same n: a wrong one is counted nowhere
    thread[k] = std::this_thread::get_id();
    ++count[k];
  }
};

int refused_threads_exit_code();

}  // namespace

TEST_CASE(
    "platform: run_on_threads calls every k once, k = 0 on the calling thread, the others each on its own") {
  for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{5}}) {
    calls c(n);
    run_on_threads(n, c);
    std::set<std::thread::id> others;
    for (std::size_t k = 0; k < n; ++k) {
      CHECK(c.count[k] == 1);
      if (k == 0)
        CHECK(c.thread[k] == std::this_thread::get_id());
      else
        others.insert(c.thread[k]);
    }
    CHECK(others.size() == n - 1);
    CHECK(others.count(std::this_thread::get_id()) == 0);
  }
  calls none(0);
  run_on_threads(0, none);  // nothing to call, nothing started
}

TEST_CASE("platform: when the system refuses threads, every k still runs once, on the calling thread") {
  // A child process whose user may run no more processes (RLIMIT_NPROC, which root ignores: a root
  // child first becomes the unprivileged user "nobody", uid 65534), so that pthread_create fails.
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) ::_exit(refused_threads_exit_code());
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  if (WEXITSTATUS(status) == 3) {
    WARN(
        "skipped: this system starts threads even at a process limit of 1, so the fallback cannot be "
        "provoked");
    std::printf("skipped: this system starts threads even at a process limit of 1\n");
    return;
  }
  CHECK(WEXITSTATUS(status) == 0);  // 1: a k ran twice or never; 2: one ran on another thread
}

TEST_CASE("platform: available_processors counts the processors of the affinity mask, not those online") {
  CHECK(available_processors() == allowed_processors());
  one_processor_only narrow;
  if (!narrow.narrowed()) return;
  CHECK(available_processors() == 1);
}

namespace {

// In the forked child: 0 when every k ran once on the calling thread although no thread could be
// started, 1 or 2 when not (see the test), 3 when threads start anyway.
int refused_threads_exit_code() {
  if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) return 3;
  const ::rlimit one{1, 1};
  if (::setrlimit(RLIMIT_NPROC, &one) != 0) return 3;
  ::pthread_t probe{};
  if (::pthread_create(
          &probe, nullptr, [](void*) -> void* { return nullptr; }, nullptr) == 0) {
    ::pthread_join(probe, nullptr);
    return 3;
  }
  calls c(4);
  run_on_threads(4, c);
  for (std::size_t k = 0; k < 4; ++k) {
    if (c.count[k] != 1) return 1;
    if (c.thread[k] != std::this_thread::get_id()) return 2;
  }
  return 0;
}

}  // namespace
