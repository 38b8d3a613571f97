// The table builders of --by DIM,year: the library's tuple key by(key, by_year) for each key.
#include <memory>

#include "table.hpp"

namespace tradestat::cli {

std::unique_ptr<table_builder> make_year_pair_builder(const options& o) { return detail::pair_builder(o, by_year); }

}  // namespace tradestat::cli
