# An overlay port for a checkout of tradestat: the sources are the repository this port lives in.
#   vcpkg install tradestat --overlay-ports=<checkout>/packaging/vcpkg
# It configures the library-only entry (src/), the same one the Conan recipe uses.
set(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../..")
cmake_path(NORMAL_PATH SOURCE_PATH)

# Header-only: one release configuration is all there is to build.
set(VCPKG_BUILD_TYPE release)

vcpkg_cmake_configure(SOURCE_PATH "${SOURCE_PATH}/src")
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME tradestat CONFIG_PATH share/cmake/tradestat)

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/lib" "${CURRENT_PACKAGES_DIR}/debug")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
