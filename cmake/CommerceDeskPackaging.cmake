# SPDX-License-Identifier: MIT
# Desktop integration and installer packages through CPack. Included once, at the end of the top-level
# CMakeLists.txt, after every target exists. One fragment per operating system:
#   packaging/linux/Packaging.cmake    DEB + RPM, desktop file, hicolor icons, AppStream metainfo (built and
#                                      checked here: tests/packaging, label "packaging")
#   packaging/windows/Packaging.cmake  NSIS installer with the Qt runtime deployed (built on GitHub Actions only)
#   packaging/macos/Packaging.cmake    DragNDrop .dmg with the app bundle (built on GitHub Actions only)
# Build packages from a Release build dir: `cmake --build <dir> --target package` or `cd <dir> && cpack -G DEB`.
include_guard(GLOBAL)
include(GNUInstallDirs)

set(COMMERCEDESK_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(COMMERCEDESK_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
# The PNG sizes committed under resources/icons/png (resources/render-icons.sh renders them from the SVG).
set(COMMERCEDESK_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(COMMERCEDESK_APP_ID io.commercedesk.CommerceDesk)

# commercedesk_add_icon_resource(<target>): embeds resources/commercedesk.qrc, i.e. the application icon as
# :/commercedesk/icons/commercedesk-<N>.png for every N in COMMERCEDESK_ICON_SIZES. AUTORCC is a target
# property, so this works on a target defined in another directory.
function(commercedesk_add_icon_resource target)
    target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/resources/commercedesk.qrc)
    set_property(TARGET ${target} PROPERTY AUTORCC ON)
endfunction()

if(TARGET commercedesk)
    commercedesk_add_icon_resource(commercedesk)
endif()

# What every generator shares.
set(CPACK_PACKAGE_NAME commercedesk)
set(CPACK_PACKAGE_VENDOR "The CommerceDesk authors")
set(CPACK_PACKAGE_CONTACT "CommerceDesk maintainers <maintainers@commercedesk.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines stay under 80 characters: dpkg shows them as they are (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION [=[CommerceDesk is a native desktop client for commercetools. Buyers search
the catalog, fill a cart and check out; merchants review, filter and act on
orders. A local commercetools-compatible sandbox backend (SQLite, loopback
HTTP) starts in-process by default, so everything runs on one machine
without an account; it is also installed as the command-line server
commercedesk-sandbox.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY CommerceDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${COMMERCEDESK_PACKAGING_DIR}/LICENSE.txt)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    include(${COMMERCEDESK_PACKAGING_DIR}/windows/Packaging.cmake)
elseif(APPLE)
    include(${COMMERCEDESK_PACKAGING_DIR}/macos/Packaging.cmake)
elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    include(${COMMERCEDESK_PACKAGING_DIR}/linux/Packaging.cmake)
    # tests/CMakeLists.txt picks up a fixed list of folders; the package check lives with the packaging.
    if(EXISTS ${PROJECT_SOURCE_DIR}/tests/packaging/CMakeLists.txt)
        add_subdirectory(${PROJECT_SOURCE_DIR}/tests/packaging ${PROJECT_BINARY_DIR}/tests/packaging)
    endif()
endif()

include(CPack)
