// Writes the pipeline benchmark's canonical CSV (10 million rows by default, about 700 MB) and, beside
// it, FILE.answers: the end-to-end job's answers computed from the generated rows themselves (no
// parsing), which every program must reproduce.
//
//   tradestat_make_trade_csv FILE.csv [--rows N] [--seed S]
//
// Columns: period,flow,partner,hs,hs_version,trade_mode,enterprise_type,region,value_cny,value_usd.
// Deterministic: the same rows and seed give the same bytes. Never commit the output.
#include "answers.hpp"
#include "synthetic_trade.hpp"

#include <charconv>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace {

class writer {
 public:
  explicit writer(std::FILE* f) : file_(f), buffer_(std::make_unique<char[]>(capacity)) {}
  ~writer() { flush(); }
  writer(const writer&) = delete;
  writer& operator=(const writer&) = delete;

  void text(std::string_view s) {
    std::memcpy(buffer_.get() + size_, s.data(), s.size());
    size_ += s.size();
  }
  void ch(char c) { buffer_[size_++] = c; }
  void number(std::int64_t v) {
    auto [end, ec] = std::to_chars(buffer_.get() + size_, buffer_.get() + size_ + 24, v);
    (void)ec;
    size_ = static_cast<std::size_t>(end - buffer_.get());
  }
  void digits(std::uint64_t v, int width) {  // zero-padded
    for (int i = width - 1; i >= 0; --i) {
      buffer_[size_ + static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
    size_ += static_cast<std::size_t>(width);
  }
  void end_row() {
    ch('\n');
    if (size_ > capacity - 512) flush();
  }
  void flush() {
    if (size_ != 0 && std::fwrite(buffer_.get(), 1, size_, file_) != size_) {
      std::perror("tradestat_make_trade_csv: write");
      std::exit(1);
    }
    size_ = 0;
  }

 private:
  static constexpr std::size_t capacity = std::size_t{1} << 20;
  std::FILE* file_;
  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::size_t rows = bench::default_rows;
  std::uint64_t seed = bench::default_seed;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--rows" && i + 1 < argc)
      rows = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--seed" && i + 1 < argc)
      seed = std::strtoull(argv[++i], nullptr, 10);
    else if (!arg.starts_with("--") && path == nullptr)
      path = argv[i];
    else
      path = nullptr, i = argc;
  }
  if (path == nullptr) {
    std::fprintf(stderr, "usage: %s FILE.csv [--rows N] [--seed S]\n", argv[0]);
    return 2;
  }
  std::FILE* f = std::fopen(path, "wb");
  if (f == nullptr) {
    std::perror(path);
    return 1;
  }
  const auto& hs = bench::hs_codes();
  bench::trade_generator next{seed};
  bench::answers expected;
  std::int64_t total_cny = 0;
  {
    writer out{f};
    out.text("period,flow,partner,hs,hs_version,trade_mode,enterprise_type,region,value_cny,value_usd\n");
    for (std::size_t i = 0; i < rows; ++i) {
      const bench::trade_row r = next();
      const int gacc = bench::partner_gacc[r.partner];
      out.digits(static_cast<std::uint64_t>(r.year), 4);
      out.ch('-');
      out.digits(static_cast<std::uint64_t>(r.month), 2);
      out.text(r.is_import ? ",import,gacc:" : ",export,gacc:");
      out.digits(static_cast<std::uint64_t>(gacc), 3);
      out.ch(',');
      out.digits(hs[r.hs], 8);
      out.text(",H6,");
      out.number(bench::trade_modes[r.mode]);
      out.ch(',');
      out.text(bench::enterprise_names[r.enterprise]);
      out.ch(',');
      out.number(bench::province_gb2260[r.region]);
      out.ch(',');
      out.number(r.value_cny);
      out.ch(',');
      out.number(r.value_usd);
      out.end_row();
      expected.add(r.year, r.is_import, gacc, r.value_cny);
      total_cny += r.value_cny;
    }
  }
  if (std::fclose(f) != 0) {
    std::perror(path);
    return 1;
  }
  const std::string answers_path = std::string(path) + ".answers";
  std::FILE* a = std::fopen(answers_path.c_str(), "w");
  if (a == nullptr) {
    std::perror(answers_path.c_str());
    return 1;
  }
  bench::print_answers(expected, a);
  std::fclose(a);
  std::printf("%zu rows, value_cny total %" PRId64 ", answers in %s\n", rows, total_cny, answers_path.c_str());
  return 0;
}
