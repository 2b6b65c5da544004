# SPDX-License-Identifier: MIT
# Linux: DEB and RPM (cpack -G "DEB;RPM"), installed under /usr. Checked by tests/packaging (lintian clean of
# errors, dependencies resolve, file lists, the extracted binaries run). Translations need no files here: the
# app embeds its .qm files as resources (:/i18n).
set(_linux ${COMMERCEDESK_PACKAGING_DIR}/linux)
# Debian wants /usr/share/doc/<package>; CMAKE_INSTALL_DOCDIR would use the project name (CommerceDesk).
set(COMMERCEDESK_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
set(_icons ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

# Desktop integration.
install(FILES ${_linux}/commercedesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/${COMMERCEDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size IN LISTS COMMERCEDESK_ICON_SIZES)
    install(FILES ${COMMERCEDESK_ICON_DIR}/png/commercedesk-${size}.png
        DESTINATION ${_icons}/${size}x${size}/apps RENAME commercedesk.png)
endforeach()
install(FILES ${COMMERCEDESK_ICON_DIR}/commercedesk.svg DESTINATION ${_icons}/scalable/apps)

# Licence and changelog, the changelog compressed reproducibly (gzip -n: no name, no timestamp).
find_program(COMMERCEDESK_GZIP gzip REQUIRED)
set(_changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${_changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
    COMMAND ${COMMERCEDESK_GZIP} -n -9 -c ${COMMERCEDESK_PACKAGING_DIR}/changelog > ${_changelog_gz}
    DEPENDS ${COMMERCEDESK_PACKAGING_DIR}/changelog
    COMMENT "Compressing the package changelog"
    VERBATIM)
add_custom_target(commercedesk_changelog ALL DEPENDS ${_changelog_gz})
install(FILES ${_changelog_gz} ${_linux}/copyright DESTINATION ${COMMERCEDESK_DOC_DIR})

set(CPACK_GENERATOR DEB)
find_program(COMMERCEDESK_RPMBUILD rpmbuild)
if(COMMERCEDESK_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# DEB. shlibdeps adds the linked libraries; the rest is loaded at run time: QtKeychain dlopen()s libsecret, Qt
# loads its platform plugins and the QSQLITE driver as plugins.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

# RPM. Requires on linked libraries are generated from the ELF files. Directories that other packages own
# (filesystem, hicolor-icon-theme) are left out of the file list so the package does not claim them.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret, qt6-qtbase-gui")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_RPM_PACKAGE_AUTOREQPROV ON)
set(_rpm_shared_dirs
    /usr/share/applications /usr/share/metainfo /usr/share/doc
    /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS COMMERCEDESK_ICON_SIZES)
    list(APPEND _rpm_shared_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_rpm_shared_dirs})
