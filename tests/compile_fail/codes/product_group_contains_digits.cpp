// expect: a product group is asked about an hs_code, not about digits
// Asking a product group about bare digits must not compile: the digits do not say which HS edition
// they belong to. The twin makes an hs_code.
#include <tradestat/codes/catalogue/product_groups.hpp>

int main() {
#ifdef TRADESTAT_COMPILE_FAIL
  const bool in = tradestat::product_groups::new_three().contains("850760");
#else
  const bool in = tradestat::product_groups::new_three().contains(
      tradestat::hs_code{"850760", tradestat::hs_version::hs2022});
#endif
  return in ? 0 : 1;
}
