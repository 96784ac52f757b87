# The Debian package: dependencies found by dpkg-shlibdeps, plus what it cannot see.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://careers-kiosk.example/")
# The SQLite driver is a plugin that Qt loads at run time, so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# cage (with xwayland, without which it exits at start) and Qt's Wayland plugin for the kiosk
# session; udisks2 mounts sticks without a desktop.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, cage, xwayland, udisks2, polkitd, wlr-randr")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "minisign, syncthing, x11-xserver-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_LIST_DIR}/debian/postrm)
