// The table builders of --by DIM,quarter: the library's tuple key by(key, by_quarter) for each key.
#include <memory>

#include "table.hpp"

namespace tradestat::cli {

std::unique_ptr<table_builder> make_quarter_pair_builder(const options& o) { return detail::pair_builder(o, by_quarter); }

}  // namespace tradestat::cli
