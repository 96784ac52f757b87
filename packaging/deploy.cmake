# Windows and macOS: Qt and the libraries that are not part of the system travel with the
# program. (On Linux the distribution's packages are used instead: the deploy script of Qt 6.5
# and newer would copy system libraries into the package.)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
qt_generate_deploy_app_script(TARGET careers-kiosk FILENAME_VARIABLE deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_script})
