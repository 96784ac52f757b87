# An MSI made with WiX. The upgrade code stays the same for every release, so a new version
# replaces the old one instead of installing beside it.
set(CPACK_GENERATOR WIX)
set(CPACK_WIX_UPGRADE_GUID "6C1B0F3E-2E55-4C8E-9B8A-3D5A4E7C2F91")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/careers-kiosk.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Careers Kiosk")
set(CPACK_PACKAGE_EXECUTABLES careers-kiosk "Careers Kiosk")
