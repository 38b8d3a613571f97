// expect: deleted (member )?function.*from_memory
// A memory source does not copy its bytes: a temporary string would be gone before the read.
#include <tradestat/data/byte_source.hpp>

#include <string>
int main() {
#ifdef TRADESTAT_COMPILE_FAIL
  auto source = tradestat::byte_source::from_memory(std::string("period,flow\n"));
#else
  const std::string text = "period,flow\n";
  auto source = tradestat::byte_source::from_memory(text);
#endif
  (void)source;
}
