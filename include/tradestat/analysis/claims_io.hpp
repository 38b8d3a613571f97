// Reading a claims file from disk: read_claims(path), parse_claims on the file's text.
#ifndef TRADESTAT_ANALYSIS_CLAIMS_IO_HPP
#define TRADESTAT_ANALYSIS_CLAIMS_IO_HPP

#include <tradestat/analysis/claims.hpp>
#include <tradestat/error.hpp>

#include <fstream>
#include <iterator>
#include <string>

namespace tradestat {

/** Reads and parses the claims file at `path` (UTF-8; docs/reference/claims.md); errors name the
 *  path. Throws tradestat::error (bad_data) when the file cannot be opened, claims_error for a
 *  line that is not a claim.
 *  Example: `check_claims(read_claims("examples/xinjiang_2025/claims.txt"))` // the Xinjiang checks */
inline claims_file read_claims(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw error(error_kind::bad_data, path + ": cannot open the claims file (check the path)");
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) {
    throw error(error_kind::bad_data, path + ": reading the claims file failed");
  }
  return parse_claims(text, path);
}

}  // namespace tradestat

#endif  // TRADESTAT_ANALYSIS_CLAIMS_IO_HPP
