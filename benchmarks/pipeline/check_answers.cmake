# The pipeline benchmark's programs agree (a correctness check, never a timing): generate a small
# canonical CSV with its answers, then run the hand-written and the library programs on 1, 2 and 3
# threads and compare each output with the answers, byte for byte.
# Usage: cmake -D gen=... -D hand=... -D docs=... -D dense=... -D dir=... -P check_answers.cmake
set(csv "${dir}/check_trade.csv")
execute_process(COMMAND "${gen}" "${csv}" --rows 30000 --seed 7 RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${gen} exited with ${status}")
endif()
file(READ "${csv}.answers" wanted)
foreach(program IN ITEMS "${hand}" "${docs}" "${dense}")
  foreach(threads 1 2 3)
    execute_process(COMMAND "${program}" "${csv}" --threads ${threads} OUTPUT_VARIABLE actual
                    ERROR_VARIABLE errors RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "${program} --threads ${threads} exited with ${status}\n${errors}")
    endif()
    if(NOT actual STREQUAL wanted)
      file(WRITE "${dir}/check_actual.txt" "${actual}")
      message(FATAL_ERROR "${program} --threads ${threads}: output differs from ${csv}.answers "
                          "(written to ${dir}/check_actual.txt)")
    endif()
  endforeach()
endforeach()
message(STATUS "every program printed the generator's answers on 1, 2 and 3 threads")
