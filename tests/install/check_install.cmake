# Installs the build into a scratch prefix and checks what lands where, then
# validates the AppStream metainfo offline. Run by CTest:
#   cmake -DBUILD_DIR=… -DPREFIX=… -P check_install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected
    bin/softmax-explorer
    share/applications/org.softmaxexplorer.SoftmaxExplorer.desktop
    share/metainfo/org.softmaxexplorer.SoftmaxExplorer.metainfo.xml
    share/icons/hicolor/scalable/apps/softmax-explorer.svg)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "missing from the install tree: ${path}")
    endif()
endforeach()
file(READ "${PREFIX}/share/applications/org.softmaxexplorer.SoftmaxExplorer.desktop" desktop)
if(NOT desktop MATCHES "Categories=Education;Science;Math;")
    message(FATAL_ERROR "the .desktop file lacks Categories=Education;Science;Math;")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(NOT APPSTREAMCLI)
    message(FATAL_ERROR "appstreamcli is missing (apt-get install appstream)")
endif()
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net
                        "${PREFIX}/share/metainfo/org.softmaxexplorer.SoftmaxExplorer.metainfo.xml"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed:\n${output}")
endif()
execute_process(COMMAND "${PREFIX}/bin/softmax-explorer" --print --preset vector-1234 --dim 0
                RESULT_VARIABLE result OUTPUT_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output STREQUAL "tensor([0.0321, 0.0871, 0.2369, 0.6439])\n")
    message(FATAL_ERROR "the installed binary does not run: ${result} ${output}")
endif()
message(STATUS "install tree and metainfo are fine")
