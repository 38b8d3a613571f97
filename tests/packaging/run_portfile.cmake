# Runs packaging/vcpkg/portfile.cmake with stand-ins for vcpkg's helper functions, since vcpkg itself
# cannot run offline. The stand-ins do what vcpkg's do for this port: configure the named source
# folder, install it into the package folder, move the CMake package files to share/<port>. Then the
# resulting layout is checked. Usage: cmake -D port_dir=... -P run_portfile.cmake
set(work "${CMAKE_CURRENT_BINARY_DIR}/vcpkg-port-check")
file(REMOVE_RECURSE "${work}")
set(PORT tradestat)
set(CURRENT_PACKAGES_DIR "${work}/packages")
set(CURRENT_BUILDTREES_DIR "${work}/buildtrees")

function(vcpkg_cmake_configure)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "SOURCE_PATH" "OPTIONS")
  if(NOT EXISTS "${arg_SOURCE_PATH}/CMakeLists.txt")
    message(FATAL_ERROR "portfile: vcpkg_cmake_configure(SOURCE_PATH ${arg_SOURCE_PATH}) has no CMakeLists.txt")
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" -S "${arg_SOURCE_PATH}" -B "${CURRENT_BUILDTREES_DIR}"
                          -DCMAKE_BUILD_TYPE=Release ${arg_OPTIONS}
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "portfile: configuring ${arg_SOURCE_PATH} failed\n${out}")
  endif()
endfunction()

function(vcpkg_cmake_install)
  execute_process(COMMAND "${CMAKE_COMMAND}" --install "${CURRENT_BUILDTREES_DIR}" --prefix "${CURRENT_PACKAGES_DIR}"
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "portfile: install failed\n${out}")
  endif()
endfunction()

function(vcpkg_cmake_config_fixup)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "PACKAGE_NAME;CONFIG_PATH" "")
  set(from "${CURRENT_PACKAGES_DIR}/${arg_CONFIG_PATH}")
  if(NOT EXISTS "${from}/${arg_PACKAGE_NAME}Config.cmake")
    message(FATAL_ERROR "portfile: CONFIG_PATH ${arg_CONFIG_PATH} holds no ${arg_PACKAGE_NAME}Config.cmake")
  endif()
  file(MAKE_DIRECTORY "${CURRENT_PACKAGES_DIR}/share/${arg_PACKAGE_NAME}")
  file(GLOB files "${from}/*")
  file(COPY ${files} DESTINATION "${CURRENT_PACKAGES_DIR}/share/${arg_PACKAGE_NAME}")
  file(REMOVE_RECURSE "${from}")
endfunction()

function(vcpkg_install_copyright)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "" "FILE_LIST")
  foreach(file IN LISTS arg_FILE_LIST)
    if(NOT EXISTS "${file}")
      message(FATAL_ERROR "portfile: copyright file ${file} does not exist")
    endif()
  endforeach()
  file(INSTALL ${arg_FILE_LIST} DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
endfunction()

include("${port_dir}/portfile.cmake")

foreach(expected IN ITEMS share/tradestat/tradestatConfig.cmake share/tradestat/tradestatConfigVersion.cmake
                         share/tradestat/tradestatTargets.cmake share/tradestat/usage share/tradestat/LICENSE
                         include/tradestat/tradestat.hpp)
  if(NOT EXISTS "${CURRENT_PACKAGES_DIR}/${expected}")
    message(FATAL_ERROR "portfile: the package lacks ${expected}")
  endif()
endforeach()
message(STATUS "portfile: the package has its headers, CMake package files, usage and copyright")
