# Run `program` and compare its standard output with the file `expected`, byte for byte (after
# normalising line endings). Usage: cmake -D program=... -D expected=... -P RunAndCompare.cmake
execute_process(COMMAND "${program}" OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${program} exited with ${status}\n${errors}")
endif()
file(READ "${expected}" wanted)
string(REPLACE "\r\n" "\n" wanted "${wanted}")
string(REPLACE "\r\n" "\n" actual "${actual}")
if(NOT actual STREQUAL wanted)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/actual-output.txt" "${actual}")
  message(FATAL_ERROR "output of ${program} differs from ${expected}\n--- expected\n${wanted}\n--- actual\n${actual}")
endif()
message(STATUS "output matches ${expected}")
