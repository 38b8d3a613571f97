// The table builders of two dimensions: a key and a period, the library's tuple key by(key, period).
#include <memory>
#include <type_traits>

#include "table.hpp"

namespace tradestat::cli {

std::unique_ptr<table_builder> make_pair_builder(const options& o) {
  return detail::with_key(o.by[0], [&](const auto& first) -> std::unique_ptr<table_builder> {
    return detail::with_period_key(o.by[1], [&](const auto& second) -> std::unique_ptr<table_builder> {
      using key = std::remove_cvref_t<decltype(by(first, second))>;
      return std::make_unique<detail::keyed_builder<key, false>>(by(first, second), o);
    });
  });
}

}  // namespace tradestat::cli
