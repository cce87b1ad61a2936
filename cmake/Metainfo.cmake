# Writes the AppStream metainfo from its template, adding a <screenshots>
# element when the screenshots in resources/screenshots have a public address.
#   cmake -DTEMPLATE=….metainfo.xml.in -DOUTPUT=….metainfo.xml
#         [-DSCREENSHOT_BASE_URL=https://…/] -P Metainfo.cmake
# AppStream accepts screenshots only as http(s) URLs, so without a base URL
# the element is left out (the metainfo is still valid).
set(captions
    "main.png|A 2×3×2×2 tensor with the group of x[0,1,0,1] along dim 1 highlighted, and its steps"
    "compare.png|Every dim of masked attention scores compared side by side"
    "plots.png|Bars, the exponential curve, p against temperature and the output heat map")
set(SCREENSHOTS "")
if(SCREENSHOT_BASE_URL)
    if(NOT SCREENSHOT_BASE_URL MATCHES "^https?://")
        message(FATAL_ERROR "SCREENSHOT_BASE_URL must start with http:// or https://, not '${SCREENSHOT_BASE_URL}'")
    endif()
    set(base "${SCREENSHOT_BASE_URL}")
    if(NOT base MATCHES "/$")
        string(APPEND base "/")
    endif()
    set(SCREENSHOTS "  <screenshots>\n")
    set(type "default")
    foreach(entry IN LISTS captions)
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 file)
        list(GET parts 1 caption)
        string(APPEND SCREENSHOTS
               "    <screenshot type=\"${type}\">\n"
               "      <caption>${caption}</caption>\n"
               "      <image type=\"source\" width=\"1280\" height=\"800\">${base}${file}</image>\n"
               "    </screenshot>\n")
        set(type "extra")
    endforeach()
    string(APPEND SCREENSHOTS "  </screenshots>")
endif()
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
