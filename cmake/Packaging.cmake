# The Debian package of the installed tree (scripts/package.sh runs cpack on the existing build/ folder).
# dpkg-shlibdeps computes the libraries' dependencies; the Qt plugins the application loads at run time are
# invisible to it and are named here: the SQLite driver (every database), the SVG image and icon plugins
# (the window's icons), the X11/Wayland platform plugins, and Qt's own French (standard buttons, dialogs).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fast-committee)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "DINUM")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "scoring and laureate selection for the FAST fund's committee")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Comité FAST is the desktop application of the investment committee of the\n\
FAST fund (DINUM): candidates imported from the call's CSV export with the\n\
co-financing rule explained on every amount, scoring by the committee's\n\
members, a ranking that proposes the laureates within the envelope, and the\n\
official laureate list in PDF. French interface, English available.")
# The maintainer is the repository's committer identity until the fund names a support address; a published
# package sets its own: cmake -DFAST_PACKAGE_MAINTAINER="Name <address>".
set(FAST_PACKAGE_MAINTAINER "Comité FAST maintainers <maintainers@users.noreply.h-seed-e45608c1.example>"
    CACHE STRING "The Debian package's Maintainer field")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FAST_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Qt's project setup gives the executable an $ORIGIN run path for a relocatable install; in /usr the system
# libraries are found without one, and Debian's policy forbids a needless run path.
set_target_properties(fast-committee PROPERTIES INSTALL_RPATH "")
# The build is RelWithDebInfo: the package carries the stripped executable (about a tenth of its size).
set(CPACK_STRIP_FILES ON)
include(CPack)
