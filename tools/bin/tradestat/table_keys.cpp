// The table builders of one dimension: every key of --by, the groups, and --compare alone (by flow).
#include <memory>
#include <type_traits>

#include "table.hpp"

namespace tradestat::cli {

std::unique_ptr<table_builder> make_key_builder(const options& o) {
  if (!o.by.empty() && is_group_dimension(o.by[0])) return std::make_unique<detail::group_builder>();
  if (!o.by.empty() && o.by[0] == product_group_dimension)  // overlapping, from sum_by tables as partitions are
    return std::make_unique<detail::keyed_builder<product_groups_key, true>>(
        by_product_group(catalogue_product_groups()), o);
  if (o.by.empty()) {  // --compare alone: by flow
    using key = std::remove_cvref_t<decltype(tradestat::by_flow)>;
    return std::make_unique<detail::keyed_builder<key, true>>(tradestat::by_flow, o);
  }
  return detail::with_key(o.by[0], [&](const auto& key) -> std::unique_ptr<table_builder> {
    using k = std::remove_cvref_t<decltype(key)>;
    return std::make_unique<detail::keyed_builder<k, true>>(key, o);
  });
}

}  // namespace tradestat::cli
