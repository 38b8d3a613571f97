// Reading and summing a canonical CSV: the typed reader (every cell validated into a record)
// against a hand-written single-pass parse-and-sum over the same memory-mapped file, and against
// a plain read of the file. Generate the input first (about 450 MB, never committed):
//
//   python3 benchmarks/make_canonical_csv.py /tmp/canonical_10m.csv
//   tradestat_bench_read_canonical /tmp/canonical_10m.csv [--benchmark_filter=...]
//
// Target: the typed reader reaches at least half the hand-written parser's bytes per second.
#include <tradestat/data/canonical_csv.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <fcntl.h>
#include <memory>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

#include <benchmark/benchmark.h>

namespace {

std::string input_path;

// The input file's size in bytes, read once in main().
std::int64_t input_bytes = 0;

// The typed reader: every row becomes a validated record; sum the yuan.
void typed_reader(benchmark::State& state) {
  std::int64_t total = 0;
  for (auto _ : state) {
    auto rows = tradestat::read_canonical(input_path, {.mode = tradestat::read_mode::strict});
    tradestat::money<tradestat::CNY> sum{};
    for (const tradestat::record& r : rows) sum += *r.value_cny;
    total = sum.count();
    if (!rows.report().balanced() || rows.report().rows_rejected != 0)
      state.SkipWithError("rows were rejected");
    benchmark::DoNotOptimize(total);
  }
  state.counters["total_cny"] = static_cast<double>(total);
  state.SetBytesProcessed(state.iterations() * input_bytes);
}

// What a careful programmer writes by hand: mmap, one pass, split on commas, parse the sixth
// field's digits, add. No validation of the other fields, no records.
void hand_written(benchmark::State& state) {
  std::int64_t total = 0;
  for (auto _ : state) {
    const int fd = ::open(input_path.c_str(), O_RDONLY);
    const auto size = static_cast<std::size_t>(input_bytes);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) {
      state.SkipWithError("mmap failed");
      return;
    }
    ::madvise(map, size, MADV_SEQUENTIAL);
    const char* p = static_cast<const char*>(map);
    const char* end = p + size;
    while (p < end && *p != '\n') ++p;  // the header
    ++p;
    std::int64_t sum = 0;
    while (p < end) {
      int commas = 0;
      while (commas < 5) commas += (*p++ == ',');
      std::int64_t v = 0;
      while (*p != '\n') v = v * 10 + (*p++ - '0');
      ++p;
      sum += v;
    }
    total = sum;
    ::munmap(map, size);
    benchmark::DoNotOptimize(total);
  }
  state.counters["total_cny"] = static_cast<double>(total);
  state.SetBytesProcessed(state.iterations() * input_bytes);
}

// The floor: read() the file in 1 MiB chunks, as cat does, touching nothing.
void plain_read(benchmark::State& state) {
  auto buffer = std::make_unique<char[]>(std::size_t{1} << 20);
  for (auto _ : state) {
    const int fd = ::open(input_path.c_str(), O_RDONLY);
    std::int64_t bytes = 0;
    for (;;) {
      const ::ssize_t got = ::read(fd, buffer.get(), std::size_t{1} << 20);
      if (got <= 0) break;
      bytes += got;
    }
    ::close(fd);
    benchmark::DoNotOptimize(bytes);
  }
  state.SetBytesProcessed(state.iterations() * input_bytes);
}

}  // namespace

BENCHMARK(plain_read)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(hand_written)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(typed_reader)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 2) {
    std::fprintf(
        stderr,
        "usage: %s FILE.csv [benchmark flags]\n  make FILE.csv with benchmarks/make_canonical_csv.py\n",
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
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
