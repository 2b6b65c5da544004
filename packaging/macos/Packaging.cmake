# SPDX-License-Identifier: MIT
# macOS: a DragNDrop disk image (cpack -G DragNDrop) holding commercedesk.app and a link to /Applications.
# The bundle carries the icon, an Info.plist from Info.plist.in, the Qt frameworks and plugins (macdeployqt)
# and the sandbox CLI in Contents/MacOS. Built and uploaded only by .github/workflows/packages.yml on
# macos-latest; it cannot be built on Linux. The bundle is not signed or notarised.
set(_macos ${COMMERCEDESK_PACKAGING_DIR}/macos)

if(TARGET commercedesk)
    set(_icns ${COMMERCEDESK_ICON_DIR}/commercedesk.icns)
    target_sources(commercedesk PRIVATE ${_icns})
    # Source file properties are per directory; the target lives in src/app.
    set_source_files_properties(${_icns} TARGET_DIRECTORY commercedesk PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(commercedesk PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${_macos}/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME CommerceDesk
        MACOSX_BUNDLE_GUI_IDENTIFIER ${COMMERCEDESK_APP_ID}
        MACOSX_BUNDLE_ICON_FILE commercedesk.icns
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The CommerceDesk authors. MIT License.")

    # src/sandbox installs the CLI to bin/; in a drag-and-drop image it belongs inside the bundle, where
    # macdeployqt can point it at the bundled frameworks. Install scripts run in the order they were added,
    # and this file is included after src/, so the move happens after both binaries are installed.
    install(CODE [[
        set(_root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
        if(EXISTS "${_root}/bin/commercedesk-sandbox")
            file(RENAME "${_root}/bin/commercedesk-sandbox" "${_root}/commercedesk.app/Contents/MacOS/commercedesk-sandbox")
            file(GLOB _left "${_root}/bin/*")
            if(NOT _left)
                file(REMOVE_RECURSE "${_root}/bin")
            endif()
        endif()
    ]])
    # qt_generate_deploy_app_script() in Qt 6.4 deploys only the bundle's main executable; this is the same
    # script with the sandbox CLI added.
    set(_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/packaging/deploy_commercedesk_macos.cmake)
    file(GENERATE OUTPUT ${_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE commercedesk.app
    ADDITIONAL_EXECUTABLES commercedesk.app/Contents/MacOS/commercedesk-sandbox
)
")
    install(SCRIPT ${_deploy_script})
endif()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "CommerceDesk-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME CommerceDesk)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${COMMERCEDESK_ICON_DIR}/commercedesk.icns)
