// Public names: under `using namespace tradestat`, with the umbrella header as users include it,
// the library's calls resolve unqualified and everyday words stay free for variables and members.
// Compiling is passing. The catalogues the umbrella leaves out (named lists, opted into by name)
// are included too: their names must not collide either.
#include <tradestat/tradestat.hpp>
#include <tradestat/codes/catalogue/country_groups.hpp>
#include <tradestat/codes/catalogue/product_groups.hpp>
#include <tradestat/codes/hs_description.hpp>
#include <tradestat/units/catalogue/iso4217.hpp>

#include <concepts>
#include <cstring>  // declares POSIX ::index(const char*, int) with glibc, as <string> may too

using namespace tradestat;

namespace {

// index(a, b) is tradestat's function, not ambiguous with POSIX ::index nor with a type.
constexpr money<CNY> a{80};
constexpr money<CNY> b{100};
static_assert(std::same_as<decltype(index(a, b)), index_number>);
static_assert(index(a, b) == index_number{quotient(5, 4)});
// The other calls of the ratio layer resolve unqualified too.
static_assert(share_of(a, b) == share{quotient(4, 5)});
static_assert(growth(a, b) == growth{quotient(1, 4)});

// Members named after the everyday currencies (ISO 4217 spells the tags upper case, so the
// lower-case words stay free), and after the words a trade table uses.
struct by_currency {
  money<CNY> cny;
  money<USD> usd;
  money<EUR> eur;
  money<KZT> kzt;
  money<JPY> jpy;
  money<HKD> hkd;
  money<GBP> gbp;
  money<KRW> krw;
  money<RUB> rub;
};
struct table_row {
  money<CNY> value;
  money<CNY> total;
  money<CNY> amount;
  money<CNY> all;
  money<CNY> top;
  long count;
  month period;
  trade_flow flow;
  country partner;
  tradestat::share share;    // a member may take a kind's name when its type is written in full
  tradestat::growth growth;  // (a class that uses `share` unqualified and then declares a member
  index_number index;        //  `share` is ill-formed in C++, for std and tradestat names alike)
};
static_assert(sizeof(by_currency) == 9 * sizeof(money<CNY>));

// The same words as variables at namespace scope, where a using-directive would make a clash
// with any tradestat name ambiguous.
constexpr money<CNY> cny{1};
constexpr money<USD> usd{2};
constexpr money<EUR> eur{3};
constexpr money<KZT> kzt{4};
constexpr long all = 5;
constexpr long top = 6;
constexpr long value = 7;
constexpr long total = 8;
constexpr long amount = 9;
constexpr long count = 10;
constexpr long rate = 11;
constexpr long price = 12;
constexpr long result = 13;
constexpr long period = 14;
constexpr long flow = 15;
constexpr long partner = 16;
constexpr long first = 17;
constexpr long last = 18;
static_assert(cny.count() + usd.count() + eur.count() + kzt.count() == 10);
static_assert(all + top + value + total + amount + count + rate + price + result + period + flow +
                  partner + first + last ==
              161);

// Local variables named after the kinds and the functions compile and hide them in their scope.
constexpr bool locals() {
  const share share = share_of(a, b);
  const growth growth = tradestat::growth(a, b);
  const index_number index = tradestat::index(a, b);
  const money<CNY> cny_total = a + b;
  return share == tradestat::share{quotient(4, 5)} && growth == tradestat::growth{quotient(1, 4)} &&
         index == index_number{quotient(5, 4)} && cny_total == money<CNY>{180};
}
static_assert(locals());

// Currencies outside the everyday eleven stay in iso4217: `tradestat::all` (Albanian lek) and
// `tradestat::top` (Tongan pa'anga) are not names of the library.
static_assert(currency<iso4217::ALL> && currency<iso4217::TOP>);

}  // namespace
