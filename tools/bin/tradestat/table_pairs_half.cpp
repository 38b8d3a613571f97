// The table builders of --by DIM,half: the library's tuple key by(key, by_half) for each key.
#include <memory>

#include "table.hpp"

namespace tradestat::cli {

std::unique_ptr<table_builder> make_half_pair_builder(const options& o) { return detail::pair_builder(o, by_half); }

}  // namespace tradestat::cli
