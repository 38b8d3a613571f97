// What several of the report layer's test files ask of the text and SVG they print.
#ifndef TRADESTAT_TESTS_RUNTIME_REPORT_HELPERS_HPP
#define TRADESTAT_TESTS_RUNTIME_REPORT_HELPERS_HPP

#include <string>

namespace tradestat::test {

/** Whether `text` contains `part`. */
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace tradestat::test

#endif
