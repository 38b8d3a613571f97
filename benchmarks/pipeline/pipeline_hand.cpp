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

bool digit(char c) { return static_cast<unsigned>(c - '0') <= 9; }

// Eight bytes at a time (SWAR): the first ',' or '\n' at or after p (only '\n' when `commas` is
// false). Reads up to 7 bytes past the byte found: the caller guarantees they are readable.
constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
constexpr std::uint64_t zero_bytes(std::uint64_t v) { return (v - ones) & ~v & highs; }  // lowest bit exact
template <bool commas>
const char* find_separator(const char* p) {
  for (;; p += 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    std::uint64_t hits = zero_bytes(w ^ (ones * '\n'));
    if constexpr (commas) hits |= zero_bytes(w ^ (ones * ','));
    if (hits != 0) return p + __builtin_ctzll(hits) / 8;
  }
}
int value_of(char c) { return c - '0'; }

enum class action : std::uint8_t { skip, period, flow, partner, value };

// Rows [p, end), where end[-1] is '\n' and the 8 bytes after `end` are readable. The fields the job needs are fixed-width (period, flow,
// partner) or digits (value): each is checked character by character, in order, so no check reads
// past its row's '\n'.
void aggregate_rows(const char* p, const char* end, const columns& cols, bench::answers& out) {
  const int last = std::max(std::max(cols.period, cols.flow), std::max(cols.partner, cols.value));
  std::vector<action> actions(static_cast<std::size_t>(last + 1), action::skip);
  actions[static_cast<std::size_t>(cols.period)] = action::period;
  actions[static_cast<std::size_t>(cols.flow)] = action::flow;
  actions[static_cast<std::size_t>(cols.partner)] = action::partner;
  actions[static_cast<std::size_t>(cols.value)] = action::value;
  while (p < end) {
    const char* row = p;
    int year = 0, gacc = 0;
    bool is_import = false, has_value = false;
    std::int64_t value = 0;
    for (std::size_t i = 0; i < actions.size(); ++i) {
      const action a = actions[i];
      const char* f = p;
      switch (a) {
        case action::period:  // YYYY-MM or YYYY
          if (!(digit(f[0]) && digit(f[1]) && digit(f[2]) && digit(f[3]))) fail("bad period", row);
          year = value_of(f[0]) * 1000 + value_of(f[1]) * 100 + value_of(f[2]) * 10 + value_of(f[3]);
          if (f[4] == '-' && digit(f[5]) && digit(f[6]))
            p = f + 7;
          else
            p = f + 4;
          break;
        case action::flow:
          if (f[0] == 'e' && f[1] == 'x' && f[2] == 'p' && f[3] == 'o' && f[4] == 'r' && f[5] == 't')
            is_import = false;
          else if (f[0] == 'i' && f[1] == 'm' && f[2] == 'p' && f[3] == 'o' && f[4] == 'r' && f[5] == 't')
            is_import = true;
          else
            fail("flow not export or import", row);
          p = f + 6;
          break;
        case action::partner:
          if (!(f[0] == 'g' && f[1] == 'a' && f[2] == 'c' && f[3] == 'c' && f[4] == ':' && digit(f[5]) &&
                digit(f[6]) && digit(f[7])))
            fail("partner not gacc:NNN", row);
          gacc = value_of(f[5]) * 100 + value_of(f[6]) * 10 + value_of(f[7]);
          p = f + 8;
          break;
        case action::value: {
          const bool negative = *p == '-';
          if (negative) ++p;
          const char* digits = p;
          while (digit(*p)) value = value * 10 + value_of(*p++);
          if (negative) value = -value;
          has_value = p != digits;
          if (negative && !has_value) fail("bad value_cny", row);
          break;
        }
        case action::skip:
          p = find_separator<true>(p);
          break;
      }
      if (*p == ',')
        ++p;
      else if (*p == '\r' && p[1] == '\n' && i + 1 == actions.size())
        ++p;  // a \r\n line end
      else if (*p != '\n' || i + 1 != actions.size())
        fail("bad field", row);
    }
    p = find_separator<false>(p) + 1;  // the rest of the row
    if (year < bench::first_year || year >= bench::first_year + bench::year_count) fail("year out of range", row);
    if (has_value) out.add(year, is_import, gacc, value);
  }
}

// One part of the file, in windows of 16 MB whose pages are handed back once read, so that resident
// memory stays small whatever the file's size (as the library's readers do). The rows near the end
// of the file are read from a padded copy, so that reading 8 bytes at a time never leaves the map.
void aggregate(const char* p, const char* end, const char* file_end, const columns& cols, bench::answers& out) {
  constexpr std::size_t window = std::size_t{16} << 20;
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  while (p < end) {
    const char* stop = static_cast<std::size_t>(end - p) <= window ? end : p + window;
    if (stop < end) {
      const void* nl = std::memchr(stop, '\n', static_cast<std::size_t>(end - stop));
      stop = nl == nullptr ? end : static_cast<const char*>(nl) + 1;
    }
    if (stop != file_end) {
      aggregate_rows(p, stop, cols, out);
    } else {
      const char* tail = static_cast<std::size_t>(stop - p) > 64 ? stop - 64 : p;
      while (tail > p && tail[-1] != '\n') --tail;  // the start of the row holding stop - 64
      aggregate_rows(p, tail, cols, out);
      std::string copy(tail, stop);
      if (copy.empty() || copy.back() != '\n') copy += '\n';  // a last row without a line end
      const std::size_t rows = copy.size();
      copy.append(16, '\0');
      aggregate_rows(copy.data(), copy.data() + rows, cols, out);
    }
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
    workers.emplace_back([&, t] { aggregate(cuts[t], cuts[t + 1], end, cols, *parts[t]); });
  aggregate(cuts[0], cuts[1], end, cols, *parts[0]);
  for (auto& w : workers) w.join();
  for (unsigned t = 1; t < threads; ++t) parts[0]->merge(*parts[t]);
  ::munmap(map, size);
  bench::print_answers(*parts[0], stdout);
  return 0;
}
