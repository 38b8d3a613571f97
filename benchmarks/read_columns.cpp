// The typed canonical reader against a hand-written parser that validates the SAME columns as
// strongly (issue 13: the typed reader at least 0.8 times the hand-written parser's throughput on
// one core). The input is the pipeline benchmark's 10-column canonical CSV (never committed):
//
//   build/bench/benchmarks/pipeline/tradestat_make_trade_csv /tmp/trade_10m.csv [--rows N] [--seed S]
//   build/bench/benchmarks/tradestat_bench_read_columns /tmp/trade_10m.csv [--benchmark_filter=...]
//
// Four cases, each on one thread, each reading the whole file every iteration:
//   typed/all_columns  read_canonical(path, {.mode = strict}): every cell of every row validated into a
//                      record; sums value_cny.
//   hand/all_columns   plain C++, no tradestat type in its loop: pread in 256 KiB chunks into one reused
//                      buffer (as the typed reader reads), split at commas, every one of the 10 columns
//                      checked as canonical_row_parser::parse_cell checks it (see check_* below), the
//                      field count checked; a row failing a check is counted as rejected.
//   typed/projected    the same read with .fields = {period, flow, partner, value_cny}.
//   hand/projected     the hand parser checking only those 4 columns (the field count still checked).
// Before any timing, main() runs every case once (the typed ones in lenient mode, so that rejections are
// counted rather than thrown) and prints rows, rejections and the value_cny total of each; it stops with
// status 1 unless all four agree and nothing was rejected. Each timed case also compares its own row
// count and total with those and fails (SkipWithError) when they differ. Counters: total_cny, rows.
//
// Where the hand parser is weaker or stricter than the typed reader (neither matters on this file):
// it reads unquoted fields only and rejects any row holding a '"' (the typed reader would unquote it);
// it accepts partners only as gacc:NNN (the typed reader also takes iso3:, cepii: and the other
// schemes), looked up in a table built before timing from tradestat's country catalogue; it expects
// exactly the generator's header, in its order (the typed reader takes the columns in any order).
#include <tradestat/data/canonical_csv.hpp>

#include <array>
#include <bit>
#include <cinttypes>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include <benchmark/benchmark.h>

namespace {

std::string input_path;

// The input file's size in bytes, read once in main().
std::int64_t input_bytes = 0;

// What one read of the file found.
struct tally {
  std::int64_t total_cny = 0;
  std::int64_t rows = 0;      // accepted
  std::int64_t rejected = 0;  // rows failing a check
  std::string error;          // the read could not be done at all (unreadable file, unexpected header)
};

bool same(const tally& a, const tally& b) {
  return a.error.empty() && b.error.empty() && a.total_cny == b.total_cny && a.rows == b.rows &&
         a.rejected == b.rejected;
}

// ---------------------------------------------------------------------------------------------
// The typed reader.

tally typed_read(const std::string& path, bool projected, tradestat::read_mode mode) {
  tally t;
  tradestat::read_options options{.mode = mode};
  if (projected)
    options.fields = {tradestat::record_field::period, tradestat::record_field::flow,
                      tradestat::record_field::partner, tradestat::record_field::value_cny};
  try {
    auto rows = tradestat::read_canonical(path, options);
    tradestat::money<tradestat::CNY> sum{};
    std::int64_t n = 0;
    for (const tradestat::record& r : rows) {
      if (r.value_cny) sum += *r.value_cny;  // an empty cell is an absent value, not a rejection
      ++n;
    }
    t.total_cny = sum.count();
    t.rows = n;
    t.rejected = static_cast<std::int64_t>(rows.report().rows_rejected);
    if (!rows.report().balanced()) t.error = "the read report does not balance";
  } catch (const std::exception& e) {
    t.error = e.what();
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// The hand-written parser: plain C++ from here to the end of hand_read().

// Built before timing: which three-digit GACC partner codes exist, which two-digit GB/T 2260
// province codes exist (both from tradestat's catalogues, the tables the typed reader consults).
struct code_tables {
  std::array<bool, 1000> gacc{};
  std::array<bool, 100> province{};
};

code_tables make_code_tables() {
  code_tables t;
  for (int n = 100; n <= 999; ++n)  // GACC codes start at 100
    t.gacc[static_cast<std::size_t>(n)] = tradestat::find_country(tradestat::gacc_code{n}).has_value();
  for (const auto& row : tradestat::detail::province_rows) t.province[static_cast<std::size_t>(row.code)] = true;
  return t;
}

constexpr std::string_view expected_header =
    "period,flow,partner,hs,hs_version,trade_mode,enterprise_type,region,value_cny,value_usd";
constexpr std::size_t columns = 10;

// Eight bytes as one little-endian number (x86), and 0x80 in each byte of x equal to c (exact: no
// false positives, as the classic has-zero-byte test would give above a match).
inline std::uint64_t load8(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
inline std::uint64_t bytes_equal(std::uint64_t x, char c) {
  constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
  const std::uint64_t v = x ^ (0x0101010101010101ULL * static_cast<unsigned char>(c));
  return ~(((v & low7) + low7) | v | low7);
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline int digit(char c) { return c - '0'; }

// YYYY-MM with month 1-12, or YYYY; year at least 1.
inline bool check_period(std::string_view s) {
  if (s.size() == 7) {
    if (!is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]) || !is_digit(s[3]) || s[4] != '-' ||
        !is_digit(s[5]) || !is_digit(s[6]))
      return false;
    const int y = digit(s[0]) * 1000 + digit(s[1]) * 100 + digit(s[2]) * 10 + digit(s[3]);
    const int m = digit(s[5]) * 10 + digit(s[6]);
    return y >= 1 && m >= 1 && m <= 12;
  }
  if (s.size() == 4) {
    if (!is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]) || !is_digit(s[3])) return false;
    return digit(s[0]) * 1000 + digit(s[1]) * 100 + digit(s[2]) * 10 + digit(s[3]) >= 1;
  }
  return false;
}

inline bool check_flow(std::string_view s) {
  if (s.size() == 6) return std::memcmp(s.data(), "export", 6) == 0 || std::memcmp(s.data(), "import", 6) == 0;
  if (s.size() == 9) return std::memcmp(s.data(), "re-export", 9) == 0 || std::memcmp(s.data(), "re-import", 9) == 0;
  return false;
}

// gacc:NNN, a code of the catalogue. Empty: no partner (not a rejection, as in the typed reader).
inline bool check_partner(std::string_view s, const code_tables& t) {
  if (s.empty()) return true;
  if (s.size() != 8 || std::memcmp(s.data(), "gacc:", 5) != 0 || !is_digit(s[5]) || !is_digit(s[6]) ||
      !is_digit(s[7]))
    return false;
  return t.gacc[static_cast<std::size_t>(digit(s[5]) * 100 + digit(s[6]) * 10 + digit(s[7]))];
}

// 2, 4, 6, 8 or 10 digits, chapter not 00.
inline bool check_hs(std::string_view s) {
  if (s.size() < 2 || s.size() > 10 || s.size() % 2 != 0) return false;
  for (const char c : s)
    if (!is_digit(c)) return false;
  return !(s[0] == '0' && s[1] == '0');
}

inline bool check_hs_version(std::string_view s) { return s.size() == 2 && s[0] == 'H' && s[1] >= '0' && s[1] <= '6'; }

inline bool check_trade_mode(std::string_view s) {
  return s.size() == 2 && is_digit(s[0]) && is_digit(s[1]) && s[0] != '0';  // 10-99
}

inline bool check_enterprise(std::string_view s) {
  switch (s.size()) {
    case 11:
      return std::memcmp(s.data(), "state_owned", 11) == 0;
    case 16:
      return std::memcmp(s.data(), "foreign_invested", 16) == 0;
    case 7:
      return std::memcmp(s.data(), "private", 7) == 0;
    case 5:
      return std::memcmp(s.data(), "other", 5) == 0;
    default:
      return false;
  }
}

inline bool check_region(std::string_view s, const code_tables& t) {
  return s.size() == 2 && is_digit(s[0]) && is_digit(s[1]) &&
         t.province[static_cast<std::size_t>(digit(s[0]) * 10 + digit(s[1]))];
}

// [-]digits into a signed 64-bit count, false on anything else or on overflow (-2^63 included).
// Up to 18 digits cannot overflow: those need no check beyond "is a digit".
inline bool parse_whole(std::string_view s, std::int64_t& out) {
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty()) return false;
  std::uint64_t v = 0;
  if (s.size() <= 18) {
    for (const char c : s) {
      if (!is_digit(c)) return false;
      v = v * 10 + static_cast<std::uint64_t>(digit(c));
    }
  } else {
    for (const char c : s) {
      if (!is_digit(c)) return false;
      if (__builtin_mul_overflow(v, std::uint64_t{10}, &v) ||
          __builtin_add_overflow(v, static_cast<std::uint64_t>(digit(c)), &v))
        return false;
    }
    constexpr std::uint64_t limit = std::uint64_t{1} << 63;
    if (v > (negative ? limit : limit - 1)) return false;
  }
  out = negative ? static_cast<std::int64_t>(~v + 1) : static_cast<std::int64_t>(v);
  return true;
}

// One row (without its line end): true when accepted, with its value_cny (0 when the cell is empty).
// `clean`: the caller found no quote and no carriage return in the whole chunk holding the row, so the
// row need not be searched for them. Reads up to 7 bytes past `end` (the buffer is padded).
template <bool AllColumns>
inline bool check_row(const char* p, const char* end, bool clean, const code_tables& t, std::int64_t& cny) {
  // A quote (quoted fields are not read) or a carriage return inside the row rejects it.
  const auto size = static_cast<std::size_t>(end - p);
  if (!clean && (std::memchr(p, '"', size) != nullptr || std::memchr(p, '\r', size) != nullptr)) return false;
  // Split at commas, eight bytes at a time, the last word's bytes past the row masked off.
  std::array<std::string_view, columns + 2> f;  // the last slot takes the fields past the 11th
  std::size_t n = 0;
  const char* start = p;
  auto field = [&](const char* comma) {
    f[n < columns + 1 ? n : columns + 1] = std::string_view(start, static_cast<std::size_t>(comma - start));
    ++n;
    start = comma + 1;
  };
  for (; p < end; p += 8) {
    std::uint64_t m = bytes_equal(load8(p), ',');
    if (end - p < 8) m &= (std::uint64_t{1} << (8 * (end - p))) - 1;
    for (; m != 0; m &= m - 1) field(p + std::countr_zero(m) / 8);
  }
  field(end);
  // The header's 10 fields, or 11 with an empty last one (a trailing comma).
  if (!(n == columns || (n == columns + 1 && f[columns].empty()))) return false;
  // period and flow must have a value; an empty cell elsewhere is an absent field.
  if (!check_period(f[0]) || !check_flow(f[1]) || !check_partner(f[2], t)) return false;
  if constexpr (AllColumns) {
    if (f[3].empty() != f[4].empty()) return false;  // hs and hs_version go together
    if (!f[3].empty() && (!check_hs(f[3]) || !check_hs_version(f[4]))) return false;
    if (!f[5].empty() && !check_trade_mode(f[5])) return false;
    if (!f[6].empty() && !check_enterprise(f[6])) return false;
    if (!f[7].empty() && !check_region(f[7], t)) return false;
    std::int64_t usd = 0;
    if (!f[9].empty() && !parse_whole(f[9], usd)) return false;
  }
  cny = 0;
  return f[8].empty() || parse_whole(f[8], cny);
}

// Reads the file with pread in 256 KiB chunks into `buffer` (reused across calls), rows handed to
// check_row as they complete (the line ends found with memchr); a row longer than 1 MiB is rejected (as the typed reader's
// max_row_bytes).
template <bool AllColumns>
tally hand_read(const std::string& path, const code_tables& t, std::vector<char>& buffer) {
  constexpr std::size_t chunk = std::size_t{256} << 10;
  constexpr std::size_t max_row = std::size_t{1} << 20;
  constexpr std::size_t padding = 8;  // check_row reads a word past a row's end
  buffer.assign(max_row + chunk + padding, '\0');
  tally out;
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) {
    out.error = "cannot open " + path;
    return out;
  }
  char* const buf = buffer.data();
  std::size_t have = 0;
  off_t offset = 0;
  bool header = true, skipping = false, eof = false, clean = false;
  std::int64_t sum = 0;
  auto line = [&](const char* b, const char* e) {
    if (e != b && e[-1] == '\r') --e;  // "\r\n"
    if (e == b) return;                // a blank line
    if (header) {
      header = false;
      if (std::string_view(b, static_cast<std::size_t>(e - b)) != expected_header)
        out.error = "the header is not the generator's";
      return;
    }
    std::int64_t cny = 0;
    if (check_row<AllColumns>(b, e, clean, t, cny) && !__builtin_add_overflow(sum, cny, &sum))
      ++out.rows;
    else
      ++out.rejected;
  };
  while (out.error.empty()) {
    const ::ssize_t got = ::pread(fd, buf + have, chunk, offset);
    if (got < 0) {
      out.error = "cannot read " + path;
      break;
    }
    eof = got == 0;
    have += static_cast<std::size_t>(got);
    offset += got;
    const char* p = buf;
    const char* const end = buf + have;
    // One search of the chunk for quotes and carriage returns spares each row its own.
    clean = std::memchr(buf, '"', have) == nullptr && std::memchr(buf, '\r', have) == nullptr;
    for (;;) {
      const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
      if (nl == nullptr) break;
      const char* e = static_cast<const char*>(nl);
      if (!skipping) line(p, e);
      skipping = false;
      p = e + 1;
    }
    if (eof) {
      if (p != end && !skipping) line(p, end);  // a last line without a line end
      break;
    }
    std::size_t rest = static_cast<std::size_t>(end - p);
    if (rest > max_row) {  // too long: rejected, the rest of it skipped up to its line end
      if (!skipping) ++out.rejected;
      skipping = true;
      rest = 0;
    }
    std::memmove(buf, p, rest);
    have = rest;
  }
  ::close(fd);
  if (header && out.error.empty()) out.error = "no header";
  out.total_cny = sum;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The cases.

code_tables tables;
tally expected;  // what every case must reproduce (checked in main before any timing)

void finish(benchmark::State& state, const tally& t) {
  if (!t.error.empty()) {
    state.SkipWithError(t.error.c_str());
    return;
  }
  if (!same(t, expected)) {
    state.SkipWithError("rows or value_cny total differ from the other cases");
    return;
  }
  state.counters["total_cny"] = static_cast<double>(t.total_cny);
  state.counters["rows"] = static_cast<double>(t.rows);
  state.SetBytesProcessed(state.iterations() * input_bytes);
}

void typed_case(benchmark::State& state, bool projected) {
  tally t;
  for (auto _ : state) {
    t = typed_read(input_path, projected, tradestat::read_mode::strict);
    benchmark::DoNotOptimize(t.total_cny);
    if (!t.error.empty()) break;
  }
  finish(state, t);
}

template <bool AllColumns>
void hand_case(benchmark::State& state) {
  std::vector<char> buffer;
  tally t;
  for (auto _ : state) {
    t = hand_read<AllColumns>(input_path, tables, buffer);
    benchmark::DoNotOptimize(t.total_cny);
    if (!t.error.empty()) break;
  }
  finish(state, t);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 2) {
    std::fprintf(stderr,
                 "usage: %s FILE.csv [benchmark flags]\n"
                 "  make FILE.csv with build/bench/benchmarks/pipeline/tradestat_make_trade_csv FILE.csv [--rows N]\n",
                 argv[0]);
    return 2;
  }
  input_path = argv[1];
  std::error_code unreadable;
  input_bytes = static_cast<std::int64_t>(std::filesystem::file_size(input_path, unreadable));
  if (unreadable || input_bytes == 0) {
    std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[1]);
    return 2;
  }
  tables = make_code_tables();

  // Every case once, untimed: they must agree, and the file must have no bad row.
  std::vector<char> buffer;
  const std::array<std::pair<const char*, tally>, 4> checks{{
      {"typed/all_columns", typed_read(input_path, false, tradestat::read_mode::lenient)},
      {"hand/all_columns", hand_read<true>(input_path, tables, buffer)},
      {"typed/projected", typed_read(input_path, true, tradestat::read_mode::lenient)},
      {"hand/projected", hand_read<false>(input_path, tables, buffer)},
  }};
  for (const auto& [name, t] : checks)
    std::fprintf(stderr, "%-18s rows %" PRId64 ", rejected %" PRId64 ", value_cny total %" PRId64 "%s%s\n", name,
                 t.rows, t.rejected, t.total_cny, t.error.empty() ? "" : ", error: ", t.error.c_str());
  const bool pairs = same(checks[0].second, checks[1].second) && same(checks[2].second, checks[3].second);
  const bool all = pairs && same(checks[0].second, checks[2].second);
  if (!all || checks[0].second.rejected != 0) {
    std::fprintf(stderr, "%s: %s: not timing them\n", argv[0],
                 !pairs ? "the typed and hand-written cases disagree"
                 : !all ? "typed and hand-written agree, but the projected reads accept other rows"
                        : "all cases agree, but rows were rejected");
    return 1;
  }
  expected = checks[0].second;

  benchmark::RegisterBenchmark("typed/all_columns", typed_case, false)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("hand/all_columns", hand_case<true>)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("typed/projected", typed_case, true)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("hand/projected", hand_case<false>)->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
