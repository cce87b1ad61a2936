# The metainfo written with a screenshot address lists the three screenshots
# in resources/screenshots and still validates offline; a non-http address is
# refused. Run by CTest:
#   cmake -DSOURCE_DIR=… -DWORK_DIR=… -P check_metainfo_screenshots.cmake
set(template "${SOURCE_DIR}/resources/org.softmaxexplorer.SoftmaxExplorer.metainfo.xml.in")
set(output "${WORK_DIR}/org.softmaxexplorer.SoftmaxExplorer.metainfo.xml")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

execute_process(COMMAND "${CMAKE_COMMAND}" -DTEMPLATE=${template} -DOUTPUT=${output}
                        -DSCREENSHOT_BASE_URL=https://example.org/softmax-explorer/screenshots
                        -P "${SOURCE_DIR}/cmake/Metainfo.cmake"
                RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Metainfo.cmake failed: ${error}")
endif()
file(READ "${output}" xml)
foreach(name main compare plots)
    if(NOT xml MATCHES "https://example.org/softmax-explorer/screenshots/${name}.png</image>")
        message(FATAL_ERROR "the metainfo lacks the ${name}.png screenshot:\n${xml}")
    endif()
    if(NOT EXISTS "${SOURCE_DIR}/resources/screenshots/${name}.png")
        message(FATAL_ERROR "resources/screenshots/${name}.png is missing")
    endif()
endforeach()
string(REGEX MATCHALL "type=\"default\"" defaults "${xml}")
list(LENGTH defaults default_count)
if(NOT default_count EQUAL 1)
    message(FATAL_ERROR "expected exactly one default screenshot, found ${default_count}")
endif()
find_program(APPSTREAMCLI appstreamcli REQUIRED)
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${output}"
                RESULT_VARIABLE result OUTPUT_VARIABLE report ERROR_VARIABLE report)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed with screenshots:\n${report}")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" -DTEMPLATE=${template} -DOUTPUT=${WORK_DIR}/refused.xml
                        -DSCREENSHOT_BASE_URL=screenshots/
                        -P "${SOURCE_DIR}/cmake/Metainfo.cmake"
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
if(result EQUAL 0 OR EXISTS "${WORK_DIR}/refused.xml")
    message(FATAL_ERROR "a screenshot address without http(s) was accepted")
endif()
message(STATUS "metainfo with screenshots is valid")
