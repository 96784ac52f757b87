# Windows and macOS: Qt and the libraries that are not part of the system travel with the
# program. (On Linux the distribution's packages are used instead: the deploy script of Qt 6.5
# and newer would copy system libraries into the package.) Qt 6.4's deploy script needs a
# macOS application bundle, which ui/CMakeLists.txt makes.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
qt_generate_deploy_app_script(TARGET careers-kiosk FILENAME_VARIABLE deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_script})

if(WIN32)
    # windeployqt copies only Qt. libqrencode, libsodium and SQLite (from vcpkg or MSYS2) are
    # found where their import libraries are, and copied beside the executable; Windows' own
    # DLLs are left out.
    get_property(library_dirs GLOBAL PROPERTY KIOSK_LIBRARY_DIRS)
    set(dll_dirs)
    foreach(dir ${library_dirs})
        list(APPEND dll_dirs ${dir}/../bin ${dir})
    endforeach()
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:careers-kiosk>\"
            RESOLVED_DEPENDENCIES_VAR found
            UNRESOLVED_DEPENDENCIES_VAR missing
            DIRECTORIES ${dll_dirs}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
            POST_EXCLUDE_REGEXES \".*[/\\\\\\\\][Ss]ystem32[/\\\\\\\\].*\")
        foreach(dll IN LISTS found)
            file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                 TYPE SHARED_LIBRARY FILES \"\${dll}\")
        endforeach()
        if(missing)
            message(WARNING \"Not found, not packaged: \${missing}\")
        endif()")
endif()
