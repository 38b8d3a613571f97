// The platform boundary: every call into the operating system the library makes (open, fstat,
// posix_fadvise, pread, read, fcntl, iconv, sched_getaffinity, pthread_create, pthread_join) is here
// and nowhere else, so that a port to another platform rewrites this one header. POSIX with glibc's
// iconv today; only the readers (through data/byte_source.hpp and data/detail/gbk_input.hpp) and
// analysis/parallel.hpp include it, never a vocabulary header. Threads are POSIX threads rather than
// std::thread because <thread> brings C++20's stop tokens, semaphores and atomics, 4 % of the
// umbrella header's compile time and 19 MB of g++'s memory (docs/performance.md, 2026-12-07).
#ifndef TRADESTAT_DATA_DETAIL_PLATFORM_HPP
#define TRADESTAT_DATA_DETAIL_PLATFORM_HPP

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <iconv.h>
#include <pthread.h>
#include <sched.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace tradestat::detail::platform {

/** The text of a system error number (strerror). */
inline std::string error_text(int error) { return std::strerror(error); }

/** The text of the last system error (errno), read at once. */
inline std::string last_error() { return error_text(errno); }

/** Opens a file for reading; -1 on failure (see last_error()). */
inline int open_read_only(const char* path) noexcept { return ::open(path, O_RDONLY | O_CLOEXEC); }

inline void close_file(int fd) noexcept { ::close(fd); }

/** What a reader needs to know about an open file. */
struct file_status {
  bool directory = false;
  bool regular = false;
  std::size_t size = 0;
};

/** The status of an open file; false on failure (see last_error()). */
inline bool status_of(int fd, file_status& out) noexcept {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return false;
  out.directory = S_ISDIR(st.st_mode);
  out.regular = S_ISREG(st.st_mode);
  out.size = static_cast<std::size_t>(st.st_size);
  return true;
}

/** Tells the system a file is to be read once from start to end (posix_fadvise SEQUENTIAL: a
 *  larger read-ahead); a hint, failures ignored. */
inline void advise_sequential(int fd) noexcept { (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL); }

/** A second descriptor for an open file (close-on-exec); -1 on failure (see last_error()). */
inline int duplicate(int fd) noexcept { return ::fcntl(fd, F_DUPFD_CLOEXEC, 0); }

/** Reads up to `n` bytes of a file at offset `at` (pread: the file's own offset does not move, so
 *  threads may share the descriptor), retrying when a signal interrupts; 0 at the end, -1 on
 *  failure (see last_error()). */
inline std::ptrdiff_t read_at(int fd, char* into, std::size_t n, std::size_t at) noexcept {
  for (;;) {
    const ::ssize_t got = ::pread(fd, into, n, static_cast<::off_t>(at));
    if (got >= 0 || errno != EINTR) return got;
  }
}

/** Reads up to `n` bytes, retrying when a signal interrupts; 0 at the end, -1 on failure (see
 *  last_error()). */
inline std::ptrdiff_t read_some(int fd, char* into, std::size_t n) noexcept {
  for (;;) {
    const ::ssize_t got = ::read(fd, into, n);
    if (got >= 0 || errno != EINTR) return got;
  }
}

/** The processors this process may run on (its CPU affinity, which `taskset` and container limits
 *  set), else those online; at least 1. */
inline std::size_t available_processors() noexcept {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0) {
    const int n = CPU_COUNT(&set);
    if (n > 0) return static_cast<std::size_t>(n);
  }
  const long online = ::sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<std::size_t>(online) : 1;
}

/** Calls `work(k, n)` for every k in 0 … n−1, each on a thread of its own but k = 0, which runs on
 *  the calling thread, and returns when every call has returned. When the system will not start a
 *  thread (pthread_create fails: a limit on processes, no memory for its stack), that k runs on the
 *  calling thread instead, after the others have started: every k runs exactly once whatever
 *  happens, only with fewer threads. `work` must not throw: like an exception leaving a
 *  std::thread, one leaving a thread here ends the program. */
template <class Work>
void run_on_threads(std::size_t n, Work& work) {
  struct task {
    Work* work;
    std::size_t k;
    std::size_t n;
    ::pthread_t id;
    bool started;
  };
  if (n == 0) return;
  std::vector<task> tasks(n - 1, task{&work, 0, n, {}, false});
  struct joiner {  // joins whatever started, also when the calling thread's own call throws
    std::vector<task>& tasks;
    ~joiner() {
      for (task& t : tasks)
        if (t.started) ::pthread_join(t.id, nullptr);
    }
  } join_all{tasks};
  void* (*run)(void*) = [](void* p) -> void* {
    task& t = *static_cast<task*>(p);
    (*t.work)(t.k, t.n);
    return nullptr;
  };
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    tasks[i].k = i + 1;
    tasks[i].started = ::pthread_create(&tasks[i].id, nullptr, run, &tasks[i]) == 0;
  }
  work(std::size_t{0}, n);
  for (task& t : tasks)
    if (!t.started) work(t.k, n);
}

/** A conversion from GBK to UTF-8 (iconv). */
class gbk_to_utf8 {
 public:
  /** What a step of the conversion ended with. */
  enum class status {
    done,              // all input converted
    output_full,       // the output ran out of room: call again with more
    invalid_input,     // the input at `in` is not GBK
    incomplete_input,  // the input ends inside a character
    failed             // anything else: see error()
  };

  gbk_to_utf8() noexcept : cd_(::iconv_open("UTF-8", "GBK")), error_(errno) {}
  gbk_to_utf8(const gbk_to_utf8&) = delete;
  gbk_to_utf8& operator=(const gbk_to_utf8&) = delete;
  ~gbk_to_utf8() {
    if (is_open()) ::iconv_close(cd_);
  }

  /** False when the conversion is not available (then error() says why). */
  bool is_open() const noexcept {
    return cd_ != reinterpret_cast<iconv_t>(-1);  // NOLINT: iconv_open's documented failure value
  }

  /** Converts from `in` into `out`, advancing both and shrinking the counts by what it used. */
  status convert(const char*& in, std::size_t& in_left, char*& out, std::size_t& out_left) noexcept {
    char* from = const_cast<char*>(in);  // NOLINT: iconv's input is char** but it does not write
    const std::size_t rc = ::iconv(cd_, &from, &in_left, &out, &out_left);
    error_ = errno;
    in = from;
    if (rc != static_cast<std::size_t>(-1)) return status::done;
    switch (error_) {
      case E2BIG:
        return status::output_full;
      case EILSEQ:
        return status::invalid_input;
      case EINVAL:
        return status::incomplete_input;
      default:
        return status::failed;
    }
  }

  /** The system's text for the last failure. */
  std::string error() const { return error_text(error_); }

 private:
  iconv_t cd_;
  int error_;
};

}  // namespace tradestat::detail::platform

#endif  // TRADESTAT_DATA_DETAIL_PLATFORM_HPP
