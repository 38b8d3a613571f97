// expect: expected en or zh
// A format spec outside [.N][en|zh] is refused when the format string is checked at compile time.
#include <tradestat/analysis/fmt.hpp>

#include <string>

#include <fmt/format.h>

int main() {
  using namespace tradestat;
#ifdef TRADESTAT_COMPILE_FAIL
  const std::string text = fmt::format("{:fr}", share_of(money<CNY>{1}, money<CNY>{4}));
#else
  const std::string text = fmt::format("{:zh}", share_of(money<CNY>{1}, money<CNY>{4}));
#endif
  return text.empty() ? 1 : 0;
}
