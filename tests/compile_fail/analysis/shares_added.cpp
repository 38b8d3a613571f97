// expect: shares.do.not.add.+overlapping.groups.would.count.twice
#include <tradestat/analysis/ratio_kinds.hpp>

int main() {
  using namespace tradestat;
  const money<CNY, yi> asean{674}, central_asia{2767}, total{5204};
#ifdef TRADESTAT_COMPILE_FAIL
  auto x = share_of(asean, total) + share_of(central_asia, total);
#else
  auto x = share_of(asean + central_asia, total);
#endif
  (void)x;
}
