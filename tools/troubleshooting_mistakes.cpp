// Deliberate mistakes for docs/troubleshooting.md. tools/troubleshooting.py compiles this file
// once per case, with -DMISTAKE_<name>, and records the first lines of each compiler's errors.
// Each case: a `// title:` line, a `// fix:` line, then the mistake.
#include <tradestat/units/allocation.hpp>
#include <tradestat/units/exchange_rate.hpp>
#include <tradestat/units/money.hpp>
#include <tradestat/units/unit_value.hpp>

#include <chrono>

using namespace tradestat;
const exchange_rate<USD, CNY> march_rate("7.1586", std::chrono::year{2025} / 3, rate_kind::customs_monthly);

#if defined(MISTAKE_add_yuan_and_dollars)
// title: Adding yuan and dollars
// fix: Convert one side first: `convert(dollars, rate, rounding::half_up) + yuan`.
auto x = money<CNY>{5} + money<USD>{1};
#elif defined(MISTAKE_compare_yuan_and_dollars)
// title: Comparing yuan with dollars
// fix: Convert one side with a dated `exchange_rate`, then compare.
bool x = money<CNY>{5} < money<USD>{1};
#elif defined(MISTAKE_add_plain_number)
// title: Adding a plain number to money
// fix: Say what the number is: `m + money<CNY, wan>{5}`.
auto x = money<CNY>{5} + 5;
#elif defined(MISTAKE_multiply_money)
// title: Multiplying money by money
// fix: Multiply by an integer; for a ratio, divide money by money (a `quotient`).
auto x = money<CNY>{5} * money<CNY>{2};
#elif defined(MISTAKE_multiply_by_double)
// title: Multiplying money by a floating-point number
// fix: Multiply by an integer, or apply a `quotient` and a rounding policy.
auto x = money<CNY>{5} * 1.1;
#elif defined(MISTAKE_divide_without_policy)
// title: Dividing money by an integer without a rounding policy
// fix: `divide(m, 3, rounding::half_even)`.
auto x = money<CNY>{10} / 3;
#elif defined(MISTAKE_coarser_without_policy)
// title: Converting 万元 to 亿元 without a rounding policy
// fix: `rescale<yi>(m, rounding::half_up)`, or `rounding::exact` to insist on no loss.
auto x = rescale<yi>(money<CNY, wan>{15'000});
#elif defined(MISTAKE_ratio_of_currencies)
// title: Dividing yuan by dollars
// fix: A ratio of two currencies is an exchange rate: build an `exchange_rate<USD, CNY>` with its period and
// kind.
auto x = money<CNY>{716} / money<USD>{100};
#elif defined(MISTAKE_convert_wrong_direction)
// title: Converting with a rate of the wrong direction
// fix: `convert(yuan, rate.inverse(), rounding::half_up)`.
auto x = convert(money<CNY>{716}, march_rate, rounding::half_up);
#elif defined(MISTAKE_money_times_rate)
// title: Multiplying money by an exchange rate
// fix: `convert(dollars, rate, rounding::half_up)`: a conversion rounds once, by a named policy.
auto x = money<USD>{100} * march_rate;
#elif defined(MISTAKE_price_of_wrong_unit)
// title: Applying a price per kilogram to litres
// fix: Use a quantity in the price's own unit (`to_kilograms(tonnes)` converts tonnes exactly).
auto x = value_of(money<CNY>{100} / kilograms_of(8), litres_of(3), rounding::half_up);
#elif defined(MISTAKE_construct_from_other_currency)
// title: Initialising yuan from dollars
// fix: `money<CNY> y = convert(dollars, rate, rounding::half_up);`
money<CNY> x = money<USD>{100};
#elif defined(MISTAKE_implicit_from_number)
// title: Initialising money from a bare number with `=`
// fix: Construct explicitly: `money<CNY> x{100};` (a bare number has no currency).
money<CNY> x = 100;
#else
auto x = money<CNY>{1};
#endif

int main() { (void)x; }
