# What a Linux desktop or kiosk PC needs beside the program: the desktop entry, icons and
# AppStream metadata, the manual page, the default job data, the systemd user unit, the cage
# session, the copyright file and the changelog.
set(linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(app_id uk.police.serocu.CareersKiosk)
install(FILES ${linux}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${linux}/${app_id}.metainfo.xml.in ${app_id}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${app_id}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/careers-kiosk-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME careers-kiosk.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/careers-kiosk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The same data the program has built in, where --validate and staff can find it.
install(FILES ${KIOSK_DEFAULT_BUNDLE} DESTINATION ${CMAKE_INSTALL_DATADIR}/careers-kiosk
        RENAME default.kioskbundle)

configure_file(${linux}/careers-kiosk.service.in careers-kiosk.service @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/careers-kiosk.service
        DESTINATION ${CMAKE_INSTALL_PREFIX}/lib/systemd/user)
configure_file(${linux}/careers-kiosk-session@.service.in careers-kiosk-session@.service @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/careers-kiosk-session@.service
        DESTINATION ${CMAKE_INSTALL_PREFIX}/lib/systemd/system)
configure_file(${linux}/careers-kiosk-session.in careers-kiosk-session @ONLY)
install(PROGRAMS ${CMAKE_CURRENT_BINARY_DIR}/careers-kiosk-session
        DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/careers-kiosk)

# Debian wants the copyright file and a compressed changelog in the package's doc folder.
find_program(GZIP gzip REQUIRED)
add_custom_command(OUTPUT changelog.gz
    COMMAND ${GZIP} -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog > changelog.gz
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog)
# The manual page is written from the program's own --help and --version, so it lists exactly
# the options the program has.
find_program(HELP2MAN help2man)
set(package_docs changelog.gz)
if(HELP2MAN)
    add_custom_command(OUTPUT careers-kiosk.1.gz
        COMMAND ${HELP2MAN} --no-info --section=1 --source=careers-kiosk
                --name=touch-screen\ careers\ guide\ for\ recruitment\ events
                --include=${CMAKE_CURRENT_SOURCE_DIR}/debian/careers-kiosk.h2m
                --output=careers-kiosk.1 $<TARGET_FILE:careers-kiosk>
        COMMAND ${GZIP} -9nf careers-kiosk.1
        DEPENDS careers-kiosk ${CMAKE_CURRENT_SOURCE_DIR}/debian/careers-kiosk.h2m)
    list(APPEND package_docs careers-kiosk.1.gz)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/careers-kiosk.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
add_custom_target(package-docs ALL DEPENDS ${package_docs})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz ${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
# The licence travels in the machine-readable copyright file.

# Lets the kiosk's user mount USB sticks through UDisks2 in a session without a desktop.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/polkit/50-careers-kiosk.rules
        DESTINATION ${CMAKE_INSTALL_DATADIR}/polkit-1/rules.d)
