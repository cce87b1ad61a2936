# Warnings for the project's own targets only; third-party headers stay quiet
# because Eigen, Qt and QCustomPlot come in as SYSTEM include directories.
function(softmax_explorer_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
    endif()
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        # GCC 12 reports -Wrestrict inside libstdc++'s operator+ for std::string
        # at -O2 (GCC bug 105329), a false positive.
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
endfunction()
