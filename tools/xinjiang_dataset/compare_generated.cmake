# Runs the generator into the build tree and fails when its output differs from the committed file.
execute_process(COMMAND "${generator}" "${rates}" "${output}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the generator failed (${rc})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${output}" "${committed}" RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  message(FATAL_ERROR "${committed} is not what tools/xinjiang_dataset writes: regenerate it with "
                      "cmake --build <build dir> --target xinjiang_dataset, and commit it")
endif()
message(STATUS "data/xinjiang_2025.csv is what the generator writes")
