// Check a press release: read the claims file of Xinjiang's 2025 foreign trade and print each
// claim's verdict with the interval arithmetic that decided it.
// Usage: tradestat_example_check_claims [CLAIMS_FILE]   (default: examples/xinjiang_2025/claims.txt)
#include <tradestat/analysis/claims.hpp>
#include <tradestat/analysis/claims_io.hpp>

#include <iostream>
#include <string>

using namespace tradestat;

int main(int argc, char** argv) {
  // The shipped claims sit next to this source file (__FILE__ is the path the build gave it).
  const std::string here = __FILE__;
  const std::string path = argc > 1 ? std::string(argv[1])
                                    : here.substr(0, here.find_last_of('/') + 1) + "xinjiang_2025/claims.txt";
  try {
    // 1. Read the claims: one published figure a line, with the relations it must satisfy.
    const claims_file claims = read_claims(path);

    // 2. Check them: every relation gets a verdict, each claim the verdict of its relations.
    check_report report = check_claims(claims);
    report.file = "claims.txt";  // print the file's name, not the build machine's path

    // 3. Print the report.
    std::cout << report;
    return 0;  // inconsistent claims are findings, not failures of the program
  } catch (const claims_error& e) {
    // A line that is not a claim: file:line:column, the field and what to write instead.
    std::cerr << e.what() << '\n';
    return 2;
  }
}
