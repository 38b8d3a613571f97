// expect: deleted function.*read_gacc
// A GACC export has no flow column: reading one without saying which flow the query chose must
// not compile. The twin passes the flow.
#include <tradestat/data/gacc.hpp>

int main() {
#ifdef TRADESTAT_COMPILE_FAIL
  auto rows = tradestat::read_gacc("exports.csv");
#else
  auto rows = tradestat::read_gacc("exports.csv", tradestat::trade_flow::exports);
#endif
  (void)rows;
}
