# SPDX-License-Identifier: MIT
# Windows: an NSIS installer (cpack -G NSIS) with the Qt runtime deployed next to the executables by
# windeployqt (qt_generate_deploy_app_script), the MSVC runtime, and the non-Qt DLLs the binaries link.
# Built and uploaded only by .github/workflows/packages.yml on windows-latest; it cannot be built on Linux.
set(_windows ${COMMERCEDESK_PACKAGING_DIR}/windows)

if(TARGET commercedesk)
    # Executable icon and version resource.
    set(COMMERCEDESK_ICO ${COMMERCEDESK_ICON_DIR}/commercedesk.ico)
    configure_file(${_windows}/commercedesk.rc.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/commercedesk.rc @ONLY)
    target_sources(commercedesk PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/packaging/commercedesk.rc)

    # windeployqt on bin/commercedesk.exe: the app links every Qt module the sandbox CLI needs (it embeds the
    # sandbox), so commercedesk-sandbox.exe in the same folder runs on the same DLLs and plugins.
    qt_generate_deploy_app_script(TARGET commercedesk FILENAME_VARIABLE _deploy_script)
    install(SCRIPT ${_deploy_script})
endif()

# Shared libraries outside Qt (QtKeychain, spdlog, fmt when built shared) are not windeployqt's business.
foreach(_dependency Qt6Keychain::Qt6Keychain spdlog::spdlog fmt::fmt)
    if(TARGET ${_dependency})
        get_target_property(_real ${_dependency} ALIASED_TARGET)
        if(NOT _real)
            set(_real ${_dependency})
        endif()
        get_target_property(_type ${_real} TYPE)
        if(_type STREQUAL "SHARED_LIBRARY")
            install(IMPORTED_RUNTIME_ARTIFACTS ${_real} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        endif()
    endif()
endforeach()

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
install(FILES ${COMMERCEDESK_PACKAGING_DIR}/LICENSE.txt ${COMMERCEDESK_PACKAGING_DIR}/changelog
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "CommerceDesk-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES commercedesk CommerceDesk)
set(CPACK_CREATE_DESKTOP_LINKS commercedesk)
set(CPACK_NSIS_PACKAGE_NAME "CommerceDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME CommerceDesk)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${COMMERCEDESK_ICON_DIR}/commercedesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${COMMERCEDESK_ICON_DIR}/commercedesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\commercedesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT ${CPACK_PACKAGE_CONTACT})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN commercedesk.exe)
