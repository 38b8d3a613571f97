// The smallest tradestat program: include the library and say which version it is.
#include <tradestat/tradestat.hpp>

#include <iostream>

int main() { std::cout << "tradestat " << tradestat::version_string << '\n'; }
