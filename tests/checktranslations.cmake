# cmake -DLUPDATE=... -DPROJECT=<kioskui_project.cmake> -DGENERATE=<GenerateLUpdateProject.cmake>
#       -DWORK=<scratch folder> -DTS="a.ts;b.ts" -P checktranslations.cmake
# Runs lupdate as the update_translations target does, on copies of the checked-in translation
# sources, and fails when a copy changes: a tr() string added, changed or removed without its
# source updated. Line numbers are not compared (they move with every edit above a string).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT} -DOUT_FILE=${WORK}/project.json
    -P ${GENERATE} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cannot write lupdate's project file from ${PROJECT}")
endif()
set(stale "")
foreach(ts IN LISTS TS)
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${WORK})
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations relative
        -project ${WORK}/project.json -ts ${WORK}/${name} RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    foreach(file ${ts} ${WORK}/${name})
        file(STRINGS ${file} lines)
        list(FILTER lines EXCLUDE REGEX "<location ")
        list(JOIN lines "\n" text)
        list(APPEND texts "${text}")
    endforeach()
    list(GET texts -2 before)
    list(GET texts -1 after)
    if(NOT before STREQUAL after)
        list(APPEND stale resources/translations/${name})
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "${stale}: not up to date with the tr() strings in app/ and ui/. Run "
        "`cmake --build build --target update_translations` and commit the .ts files.")
endif()
list(LENGTH TS count)
message(STATUS "${count} translation sources match the tr() strings in app/ and ui/")
