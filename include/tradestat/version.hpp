#ifndef TRADESTAT_VERSION_HPP
#define TRADESTAT_VERSION_HPP

/** The library's version, as a number for the preprocessor and as values for code.
 *
 *     static_assert(tradestat::version.major == TRADESTAT_VERSION_MAJOR);
 *     tradestat::version_string  // "0.1.0"
 */
#define TRADESTAT_VERSION_MAJOR 0
#define TRADESTAT_VERSION_MINOR 1
#define TRADESTAT_VERSION_PATCH 0
// One number that orders versions: 0.1.0 is 100, 1.2.3 is 10203.
#define TRADESTAT_VERSION (TRADESTAT_VERSION_MAJOR * 10000 + TRADESTAT_VERSION_MINOR * 100 + TRADESTAT_VERSION_PATCH)

namespace tradestat {

/** A semantic version: major.minor.patch. */
struct version_triple {
  int major;
  int minor;
  int patch;
  friend constexpr bool operator==(const version_triple&, const version_triple&) = default;
};

inline constexpr version_triple version{TRADESTAT_VERSION_MAJOR, TRADESTAT_VERSION_MINOR, TRADESTAT_VERSION_PATCH};

#define TRADESTAT_DETAIL_STR2(x) #x
#define TRADESTAT_DETAIL_STR(x) TRADESTAT_DETAIL_STR2(x)
/** The version as text, e.g. "0.1.0". */
inline constexpr const char* version_string = TRADESTAT_DETAIL_STR(TRADESTAT_VERSION_MAJOR) "." TRADESTAT_DETAIL_STR(
    TRADESTAT_VERSION_MINOR) "." TRADESTAT_DETAIL_STR(TRADESTAT_VERSION_PATCH);
#undef TRADESTAT_DETAIL_STR
#undef TRADESTAT_DETAIL_STR2

}  // namespace tradestat

#endif  // TRADESTAT_VERSION_HPP
