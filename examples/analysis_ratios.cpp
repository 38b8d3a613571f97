// Ratios and published figures of Xinjiang's 2025 foreign trade: exact shares, growth,
// percentage points and contributions from data; consistency checks of the printed figures.
#include <tradestat/analysis/consistency.hpp>
#include <tradestat/analysis/published.hpp>
#include <tradestat/analysis/ratio_format.hpp>
#include <tradestat/analysis/ratio_kinds.hpp>
#include <tradestat/units/exchange_rate.hpp>

#include <iostream>
#include <string>

using namespace tradestat;

namespace {
using tenth_yi = scale<7>;  // 0.1亿元 = 10^7 yuan, the precision of the Chinese release

// Counts of 亿元 (0.1 billion) as billions with one decimal: 4338 -> "433.8".
std::string billions(const money<CNY, yi>& m) {
  return std::to_string(m.count() / 10) + "." + std::to_string(m.count() % 10);
}
}  // namespace

int main() {
  // Data (亿元 to one decimal): 2025 as released in Chinese, 2024 as implied by the growth rates.
  const money<CNY, tenth_yi> total_2024{43405}, total_2025{52037};
  const money<CNY, tenth_yi> exports_2024{36859}, exports_2025{46074};
  const money<CNY, tenth_yi> imports_2024{6546}, imports_2025{5963};
  const money<CNY, tenth_yi> asean_2024{3397}, asean_2025{6737};

  const growth g = growth(total_2024, total_2025);
  std::cout << "total: " << change_text(g) << ", " << year_on_year_text(g, {language::zh}) << "\n";
  std::cout << "imports: " << change_text(growth(imports_2024, imports_2025)) << "\n";

  const share asean = share_of(asean_2025, total_2025);
  const percentage_points asean_change = asean - share_of(asean_2024, total_2024);
  std::cout << "ASEAN: " << asean << " of the total, " << asean_change
            << " more than in 2024 (" << points_change_text(asean_change, {language::zh}) << ")\n";

  const contribution by_exports(exports_2024, exports_2025, total_2024);
  const contribution by_imports(imports_2024, imports_2025, total_2024);
  std::cout << "contributions: exports " << by_exports << ", imports " << by_imports << ", together "
            << by_exports + by_imports << "\n";
  std::cout << "the contributions add up to the growth exactly: " << std::boolalpha
            << ((by_exports + by_imports).value() == g.value()) << "\n";
  // auto wrong = asean + g;   // does not compile: a share and a growth rate do not add

  // Published figures (English release, billion yuan) are intervals.
  const auto total = printed<CNY, billion>("520.4");
  const published<money<CNY, yi>> prior = implied_prior(total, printed_percent<growth>("19.9"));
  const auto bounds = rounded_outward(prior);
  std::cout << "implied 2024 total: " << billions(*bounds.lower) << " to " << billions(*bounds.upper)
            << " billion yuan\n";

  const auto check = [](const char* what, const consistency& c) {
    std::cout << what << ": " << to_string(c.result) << "\n";
  };
  check("exports + imports = total",
        consistent(total, {printed<CNY, billion>("460.7"), printed<CNY, billion>("59.6")}));
  check("ASEAN 12.9 % of the total, English figures",
        consistent(printed_percent<share>("12.9"), printed<CNY, billion>("67.4"), total));
  check("ASEAN 12.9 % of the total, Chinese figures",
        consistent(printed_percent<share>("12.9"), printed<CNY, yi>("673.7"), printed<CNY, yi>("5203.7")));
  check("74.7 billion USD at the customs rate of 7.16",
        consistent(printed<USD, billion>("74.7"),
                   converted<billion>(total, exchange_rate<USD, CNY, year>(
                                                 "7.16", year{2025}, rate_kind::customs_monthly)
                                                 .inverse())));
}
