# A disk image to drag the application bundle from.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Careers Kiosk")
