// Check a press release: read the claims file of Xinjiang's 2025 foreign trade, check every
// claim, and print each verdict with the interval arithmetic that decided it.
// Usage: tradestat_example_check_claims [CLAIMS_FILE]   (default: examples/xinjiang_2025/claims.txt)
#include <tradestat/analysis/claims.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

using namespace tradestat;

int main(int argc, char** argv) {
  // The shipped claims sit next to this source file (__FILE__ is the path the build gave it).
  const std::string here = __FILE__;
  const std::string path = argc > 1 ? std::string(argv[1])
                                    : here.substr(0, here.find_last_of('/') + 1) + "xinjiang_2025/claims.txt";
  try {
    // 1. Read the claims: one published figure a line, with the relations it must satisfy.
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << path << ": cannot open the claims file\n";
      return 2;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const claims_file claims = parse_claims(text, "claims.txt");

    // 2. Check them: every relation gets a verdict, every claim the verdict of its relations.
    const check_report report = check_claims(claims);

    // 3. The verdicts, with the arithmetic that decided each.
    std::cout << report.count(verdict::consistent) << " consistent, " << report.count(verdict::inconsistent)
              << " inconsistent, " << report.count(verdict::undecidable) << " undecidable\n";
    for (const claim_report& c : report.claims) {
      if (c.result) {
        std::cout << '\n' << c.id << ": " << c.summary << '\n';
        for (const check_result& k : c.checks) {
          std::cout << "  " << k.relation << (k.label.empty() ? "" : " [" + k.label + "]") << ":\n    " << k.text
                    << '\n';
        }
      }
    }

    // 4. The figures the release implies but does not print.
    std::cout << "\nImplied figures:\n";
    for (const claim_report& c : report.claims) {
      if (c.derived) {
        std::cout << "  " << c.id << " (" << c.period << "): " << c.value << '\n';
      }
    }
    // The whole report, figures included, is `std::cout << report`.
  } catch (const claims_error& e) {
    // A line that is not a claim: file:line:column, the field and what to write instead.
    std::cerr << e.what() << '\n';
    return 2;
  }
}
