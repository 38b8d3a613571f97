// Deliberate mistakes for docs/troubleshooting.md. tools/troubleshooting.py compiles this file
// once per case, with -DMISTAKE_<name>, and records each compiler's first error line and the size
// of its whole output. Each case: a `// title:` line, a `// fix:` line, a `// rule:` line (a regex
// that both compilers' first `error:` line must match), then the mistake. The umbrella header is
// included, as users include it: every overload of the library is a candidate.
#include <tradestat/tradestat.hpp>

#include <chrono>

using namespace tradestat;
const exchange_rate<USD, CNY> march_rate("7.1586", std::chrono::year{2025} / 3, rate_kind::customs_monthly);

#if defined(MISTAKE_add_yuan_and_dollars)
// title: Adding yuan and dollars
// fix: Convert one side first: `convert(dollars, rate, rounding::half_up) + yuan`.
// rule: rule::cannot_add_or_subtract_money_in_different_currencies__convert_with_an_exchange_rate_first
auto x = money<CNY>{5} + money<USD>{1};
#elif defined(MISTAKE_compare_yuan_and_dollars)
// title: Comparing yuan with dollars
// fix: Convert one side with a dated `exchange_rate`, then compare.
// rule: rule::cannot_compare_money_in_different_currencies__convert_with_an_exchange_rate_first
bool x = money<CNY>{5} < money<USD>{1};
#elif defined(MISTAKE_add_plain_number)
// title: Adding a plain number to money
// fix: Say what the number is: `m + money<CNY, wan>{5}`.
// rule: rule::cannot_mix_money_and_a_plain_number__give_the_number_a_currency_and_scale_as_money
auto x = money<CNY>{5} + 5;
#elif defined(MISTAKE_multiply_money)
// title: Multiplying money by money
// fix: Multiply by an integer; for a ratio, divide money by money (a `quotient`).
// rule: rule::money_times_money_has_no_meaning
auto x = money<CNY>{5} * money<CNY>{2};
#elif defined(MISTAKE_multiply_by_double)
// title: Multiplying money by a floating-point number
// fix: Multiply by an integer, or apply a `quotient` and a rounding policy.
// rule: rule::money_times_a_fraction_needs_a_rounding_policy__multiply_by_an_integer
auto x = money<CNY>{5} * 1.1;
#elif defined(MISTAKE_divide_without_policy)
// title: Dividing money by an integer without a rounding policy
// fix: `divide(m, 3, rounding::half_even)`.
// rule: rule::dividing_money_needs_a_rounding_policy__call_divide_with_a_rounding_policy
auto x = money<CNY>{10} / 3;
#elif defined(MISTAKE_coarser_without_policy)
// title: Converting 万元 to 亿元 without a rounding policy
// fix: `rescale<yi>(m, rounding::half_up)`, or `rounding::exact` to insist on no loss.
// rule: rule::coarser_scale_needs_a_rounding_policy__call_rescale_with_a_rounding_policy
auto x = rescale<yi>(money<CNY, wan>{15'000});
#elif defined(MISTAKE_ratio_of_currencies)
// title: Dividing yuan by dollars
// fix: A ratio of two currencies is an exchange rate: build an `exchange_rate<USD, CNY>` with its period and
// kind.
// rule: rule::a_ratio_of_different_currencies_is_an_exchange_rate__build_an_exchange_rate
auto x = money<CNY>{716} / money<USD>{100};
#elif defined(MISTAKE_convert_wrong_direction)
// title: Converting with a rate of the wrong direction
// fix: `convert(yuan, rate.inverse(), rounding::half_up)`.
// rule: rule::the_rate_converts_the_other_way__use_rate_inverse
auto x = convert(money<CNY>{716}, march_rate, rounding::half_up);
#elif defined(MISTAKE_money_times_rate)
// title: Multiplying money by an exchange rate
// fix: `convert(dollars, rate, rounding::half_up)`: a conversion rounds once, by a named policy.
// rule: rule::converting_currencies_needs_a_rounding_policy__call_convert_with_a_rounding_policy
auto x = money<USD>{100} * march_rate;
#elif defined(MISTAKE_price_of_wrong_unit)
// title: Applying a price per kilogram to litres
// fix: Use a quantity in the price's own unit (`to_kilograms(tonnes)` converts tonnes exactly).
// rule: rule::a_unit_value_applies_to_its_own_quantity_unit__convert_the_quantity_first
auto x = value_of(money<CNY>{100} / kilograms_of(8), litres_of(3), rounding::half_up);
#elif defined(MISTAKE_construct_from_other_currency)
// title: Initialising yuan from dollars
// fix: `money<CNY> y = convert(dollars, rate, rounding::half_up);`
// rule: (conversion from|no viable conversion from) .money<tradestat::iso4217::USD>. to .*money<tradestat::iso4217::CNY>
money<CNY> x = money<USD>{100};
#elif defined(MISTAKE_implicit_from_number)
// title: Initialising money from a bare number with `=`
// fix: Construct explicitly: `money<CNY> x{100};` (a bare number has no currency).
// rule: (conversion from|no viable conversion from) .int. to .*money<tradestat::iso4217::CNY>
money<CNY> x = 100;
#elif defined(MISTAKE_add_share_and_growth)
// title: Adding a share to a growth rate
// fix: A share is part of a whole, a growth rate a change: keep them apart; points move a share
// (`s + percentage_points{...}`).
// rule: rule::a_share_and_a_growth_rate_do_not_add
auto x = share{quotient(129, 1000)} + growth{quotient(199, 1000)};
#elif defined(MISTAKE_add_shares)
// title: Adding two shares
// fix: Add the amounts, then take the share: `share_of(a + b, whole)` (overlapping groups would count twice).
// rule: rule::shares_do_not_add__overlapping_groups_would_count_twice__add_the_amounts_then_call_share_of
auto x = share{quotient(1, 10)} + share{quotient(2, 10)};
#elif defined(MISTAKE_multiply_growth_rates)
// title: Multiplying growth rates
// fix: Growth over consecutive periods compounds: `compound(g1, g2)`.
// rule: rule::growth_rates_do_not_multiply__compound_them_with_compound
auto x = growth{quotient(1, 10)} * growth{quotient(1, 10)};
#elif defined(MISTAKE_share_plus_money)
// title: Adding a share to money
// fix: Apply the share to an amount explicitly; a ratio has no currency.
// rule: rule::a_ratio_has_no_currency__it_cannot_be_added_to_or_compared_with_money
auto x = share{quotient(1, 2)} + money<CNY>{100};
#elif defined(MISTAKE_growth_of_different_currencies)
// title: A growth rate from dollars to yuan
// fix: Convert one amount with a dated `exchange_rate` first, then `growth(from, to)`.
// rule: a_ratio_of_amounts_in_different_currencies_is_an_exchange_rate__convert_with_an_exchange_rate_first|call to deleted constructor of 'tradestat::growth'
auto x = growth(money<USD>{100}, money<CNY>{716});
#elif defined(MISTAKE_published_share_plus_growth)
// title: Adding a published share to a published growth rate
// fix: Published figures follow the rules of their kinds: keep shares and growth rates apart.
// rule: rule::a_share_and_a_growth_rate_do_not_add
auto x = printed_percent<share>("12.9") + printed_percent<growth>("19.9");
#elif defined(MISTAKE_month_minus_year)
// title: A month minus a year
// fix: Convert the finer period to the coarser kind first: `year{m} - y` (a `year_count`).
// rule: rule::cannot_mix_period_kinds__convert_the_finer_one_first
auto x = month{2025, 11} - year{2025};
#elif defined(MISTAKE_ytd_minus_month)
// title: A year to date minus a month
// fix: Subtract two periods of one kind: `t - ytd{m}` counts the months between two releases.
// rule: rule::cannot_mix_period_kinds__convert_the_finer_one_first
auto x = ytd{2025, 11} - month{2025, 3};
#elif defined(MISTAKE_month_equals_year)
// title: Comparing a month with a year (`==`)
// fix: Convert the finer period first: `year{m} == y`, or ask `contains(y, m)`.
// rule: rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first
bool x = month{2025, 3} == year{2025};
#elif defined(MISTAKE_month_before_year)
// title: Ordering a month against a year (`<`)
// fix: Convert the finer period first: `year{m} < y`, or compare `m.last_month()` with `y.first_month()`.
// rule: rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first
bool x = month{2025, 3} < year{2026};
#elif defined(MISTAKE_month_three_way_year)
// title: Three-way comparison of a month and a year (`<=>`)
// fix: Convert the finer period first: `year{m} <=> y`.
// rule: rule::cannot_compare_periods_of_different_kinds__convert_the_finer_one_first
auto x = month{2025, 3} <=> year{2026};
#elif defined(MISTAKE_month_plus_year_count)
// title: A month plus a count of years
// fix: `same_period_last_year(m)` for the comparison period of a year-on-year growth, or `m + month_count{12}`.
// rule: rule::add_a_count_of_the_periods_own_kind__for_a_year_earlier_use_same_period_last_year
auto x = month{2025, 3} + year_count{1};
#elif defined(MISTAKE_contains_swapped)
// title: Asking whether a month contains a year
// fix: The coarser period comes first: `contains(year{2025}, month{2025, 3})`.
// rule: rule::a_finer_period_cannot_contain_a_coarser_one__write_contains_coarse_fine
bool x = contains(month{2025, 3}, year{2025});
#elif defined(MISTAKE_growth_between_period_kinds)
// title: A growth between a year and a month of a monthly series
// fix: Compare two periods of the series' kind: `growth_between(monthly, month{2024, 12}, month{2025, 12})`,
// or roll the series up to years first (`rollup<year>(monthly)`).
// rule: rule::a_growth_compares_two_periods_of_the_series_kind__convert_the_finer_period_first
const series<month, long> monthly{{month{2024, 12}, 400}, {month{2025, 12}, 520}};
auto x = growth_between(monthly, year{2024}, month{2025, 12});
#elif defined(MISTAKE_plan_same_period_last_year)
// title: The same period last year of a five-year plan
// fix: Plans are compared with the plan before: `previous(p)`, or `period_on_period` over a series of plans.
// rule: rule::a_plan_has_no_same_period_last_year__compare_with_previous_p
auto x = same_period_last_year(plan{14});
#else
auto x = money<CNY>{1};
#endif

int main() { (void)x; }
