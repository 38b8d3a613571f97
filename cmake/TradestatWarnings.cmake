# The developer build's warning policy: STYLE.md "Warnings and hygiene".
function(tradestat_enable_developer_warnings)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast -Werror)
  elseif(MSVC)
    add_compile_options(/W4 /WX /permissive-)
  endif()
endfunction()
