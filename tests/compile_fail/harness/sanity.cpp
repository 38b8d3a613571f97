// expect: tradestat compile-fail harness: this build must fail
// The harness's own check: with TRADESTAT_COMPILE_FAIL this file must fail to build with the message
// above, and without it (the twin) it must build. If either goes wrong, the harness is broken, not a
// type rule.
#include <tradestat/version.hpp>

template <class T>
inline constexpr bool always_false = false;

template <class T>
void must_not_instantiate() {
  static_assert(always_false<T>, "tradestat compile-fail harness: this build must fail");
}

int harness_sanity() {
#ifdef TRADESTAT_COMPILE_FAIL
  must_not_instantiate<int>();
#endif
  return tradestat::version.major;
}
