// The table builders of --by DIM,month: the library's tuple key by(key, by_month) for each key.
#include <memory>

#include "table.hpp"

namespace tradestat::cli {

std::unique_ptr<table_builder> make_month_pair_builder(const options& o) { return detail::pair_builder(o, by_month); }

}  // namespace tradestat::cli
