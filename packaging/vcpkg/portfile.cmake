# An overlay port for a checkout of tradestat: the sources are the repository this port lives in.
#   vcpkg install tradestat --overlay-ports=<checkout>/packaging/vcpkg
#   vcpkg install "tradestat[cli]" --overlay-ports=<checkout>/packaging/vcpkg   # with the tool
# Header-only, it configures the library-only entry (src/), the same one the Conan recipe uses. The
# `cli` feature configures the top-level entry instead, with TRADESTAT_BUILD_CLI on and the tests,
# examples, benchmarks and developer warnings off, and installs the executable under tools/tradestat.
set(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../..")
cmake_path(NORMAL_PATH SOURCE_PATH)

# Header-only, or a tool built optimised: one release configuration is all there is to build.
set(VCPKG_BUILD_TYPE release)

vcpkg_check_features(OUT_FEATURE_OPTIONS feature_options FEATURES cli TRADESTAT_BUILD_CLI)
if("cli" IN_LIST FEATURES)
  vcpkg_cmake_configure(SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS ${feature_options} -DTRADESTAT_INSTALL=ON -DTRADESTAT_BUILD_TESTS=OFF -DTRADESTAT_BUILD_EXAMPLES=OFF
            -DTRADESTAT_BUILD_BENCHMARKS=OFF -DTRADESTAT_DEVELOPER_MODE=OFF)
else()
  vcpkg_cmake_configure(SOURCE_PATH "${SOURCE_PATH}/src")
endif()
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME tradestat CONFIG_PATH share/cmake/tradestat)
if("cli" IN_LIST FEATURES)
  vcpkg_copy_tools(TOOL_NAMES tradestat AUTO_CLEAN)  # bin/tradestat -> tools/tradestat/tradestat
endif()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/lib" "${CURRENT_PACKAGES_DIR}/debug")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
