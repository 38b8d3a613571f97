// The end-to-end job written by hand, as the practical limit: memory-map the canonical CSV, split it
// at row boundaries into one part per thread (two by default), and in one fused pass per part parse
// only the four columns the job needs (period, flow, partner, value_cny) into flat arrays indexed by
// year and GACC partner code; merge the parts and print the answers (answers.hpp). No tradestat type
// is used anywhere: this is what a careful programmer writes for this file and this job.
//
//   tradestat_pipeline_hand FILE.csv [--threads N]
//
// It checks what it relies on (the columns are there, periods are YYYY-MM or YYYY, flows export or
// import, partners gacc:NNN, values whole numbers) and stops with a message on anything else; it
// does not validate the columns it does not read.
#include "answers.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct columns {
  int period = -1, flow = -1, partner = -1, value = -1, count = 0;
};

[[noreturn]] void fail(const char* what, const char* at) {
  const char* end = at;
  while (*end != '\n' && end - at < 120) ++end;
  std::fprintf(stderr, "tradestat_pipeline_hand: %s in row \"%.*s\"\n", what, static_cast<int>(end - at), at);
  std::exit(1);
}

columns read_header(std::string_view header) {
  columns c;
  std::size_t start = 0;
  for (int i = 0;; ++i) {
    const std::size_t comma = header.find(',', start);
    std::string_view name = header.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    if (!name.empty() && name.back() == '\r') name.remove_suffix(1);
    if (name == "period") c.period = i;
    if (name == "flow") c.flow = i;
    if (name == "partner") c.partner = i;
    if (name == "value_cny") c.value = i;
    c.count = i + 1;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return c;
}

// Rows [p, end): starts at a row, ends after a '\n' (or at the file's end).
void aggregate_rows(const char* p, const char* end, const columns& cols, bench::answers& out) {
  const int last = std::max(std::max(cols.period, cols.flow), std::max(cols.partner, cols.value));
  while (p < end) {
    const char* row = p;
    int year = 0, gacc = -1, flow = -1;
    std::int64_t value = 0;
    bool has_value = false;
    for (int field = 0; field <= last; ++field) {
      const char* f = p;
      while (p < end && *p != ',' && *p != '\n') ++p;
      const std::size_t n = static_cast<std::size_t>(p - f);
      if (field == cols.period) {
        if (n < 4) fail("bad period", row);
        year = (f[0] - '0') * 1000 + (f[1] - '0') * 100 + (f[2] - '0') * 10 + (f[3] - '0');
      } else if (field == cols.flow) {
        if (n == 6 && std::memcmp(f, "export", 6) == 0)
          flow = 0;
        else if (n == 6 && std::memcmp(f, "import", 6) == 0)
          flow = 1;
        else
          fail("flow not export or import", row);
      } else if (field == cols.partner) {
        if (n != 8 || std::memcmp(f, "gacc:", 5) != 0) fail("partner not gacc:NNN", row);
        gacc = (f[5] - '0') * 100 + (f[6] - '0') * 10 + (f[7] - '0');
      } else if (field == cols.value) {
        const char* d = f;
        const bool negative = n > 0 && *d == '-';
        if (negative) ++d;
        for (; d < p; ++d) {
          const unsigned digit = static_cast<unsigned>(*d - '0');
          if (digit > 9) fail("bad value_cny", row);
          value = value * 10 + digit;
        }
        if (negative) value = -value;
        has_value = n > 0;
      }
      if (p < end && *p == ',') ++p;
    }
    // The rest of the row.
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    p = nl == nullptr ? end : static_cast<const char*>(nl) + 1;
    if (year < bench::first_year || year >= bench::first_year + bench::year_count) fail("year out of range", row);
    if (has_value) out.add(year, flow == 1, gacc, value);
  }
}

// One part of the file, in windows of 16 MB whose pages are handed back once read, so that resident
// memory stays small whatever the file's size (as the library's readers do).
void aggregate(const char* p, const char* end, const columns& cols, bench::answers& out) {
  constexpr std::size_t window = std::size_t{16} << 20;
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  while (p < end) {
    const char* stop = static_cast<std::size_t>(end - p) <= window ? end : p + window;
    if (stop < end) {
      const void* nl = std::memchr(stop, '\n', static_cast<std::size_t>(end - stop));
      stop = nl == nullptr ? end : static_cast<const char*>(nl) + 1;
    }
    aggregate_rows(p, stop, cols, out);
    // Whole pages inside [p, stop) only: a page shared with the next part or window stays.
    const std::uintptr_t from = (reinterpret_cast<std::uintptr_t>(p) + page - 1) / page * page;
    const std::uintptr_t to = reinterpret_cast<std::uintptr_t>(stop) / page * page;
    if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
    p = stop;
  }
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = 2;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--threads" && i + 1 < argc)
      threads = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
    else
      path = argv[i];
  }
  if (path == nullptr || threads == 0) {
    std::fprintf(stderr, "usage: %s FILE.csv [--threads N]\n", argv[0]);
    return 2;
  }
  const int fd = ::open(path, O_RDONLY);
  struct stat st {};
  if (fd < 0 || ::fstat(fd, &st) != 0) {
    std::perror(path);
    return 1;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) {
    std::perror("mmap");
    return 1;
  }
  ::madvise(map, size, MADV_SEQUENTIAL);
  const char* begin = static_cast<const char*>(map);
  const char* end = begin + size;
  const char* body = static_cast<const char*>(std::memchr(begin, '\n', size));
  if (body == nullptr) {
    std::fprintf(stderr, "%s: no header line\n", path);
    return 1;
  }
  const columns cols = read_header(std::string_view(begin, static_cast<std::size_t>(body - begin)));
  if (cols.period < 0 || cols.flow < 0 || cols.partner < 0 || cols.value < 0) {
    std::fprintf(stderr, "%s: needs the columns period, flow, partner and value_cny\n", path);
    return 1;
  }
  ++body;
  // Split at row boundaries: each cut moves forward to just after the next '\n'.
  std::vector<const char*> cuts{body};
  for (unsigned t = 1; t < threads; ++t) {
    const char* c = body + static_cast<std::size_t>(end - body) * t / threads;
    if (c < cuts.back()) c = cuts.back();
    const void* nl = std::memchr(c, '\n', static_cast<std::size_t>(end - c));
    cuts.push_back(nl == nullptr ? end : static_cast<const char*>(nl) + 1);
  }
  cuts.push_back(end);
  std::vector<std::unique_ptr<bench::answers>> parts;
  for (unsigned t = 0; t < threads; ++t) parts.push_back(std::make_unique<bench::answers>());
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t)
    workers.emplace_back([&, t] { aggregate(cuts[t], cuts[t + 1], cols, *parts[t]); });
  aggregate(cuts[0], cuts[1], cols, *parts[0]);
  for (auto& w : workers) w.join();
  for (unsigned t = 1; t < threads; ++t) parts[0]->merge(*parts[t]);
  ::munmap(map, size);
  bench::print_answers(*parts[0], stdout);
  return 0;
}
