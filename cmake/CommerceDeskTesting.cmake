# SPDX-License-Identifier: MIT
# commercedesk_add_test(<layer> <Class> LABEL <label> [LIBS ...] [SOURCES ...] [TIMEOUT s] [KEYCHAIN] [XVFB])
#
# Builds tests/<layer>/Test<Class>.cpp into tst_<layer>_<Class> and registers it as the CTest
# test "<layer>.<Class>". Every test runs headless (QT_QPA_PLATFORM=offscreen) with its own
# throw-away HOME/XDG folders, so it never reads or writes the user's settings, logs or keyring.
# KEYCHAIN runs it inside a private D-Bus session with an unlocked gnome-keyring
# (scripts/with-secret-service.sh); XVFB runs it under xvfb-run for a real X server.

set(COMMERCEDESK_TEST_LABELS unit sandbox client conformance gui keychain e2e packaging orchestrator)

function(commercedesk_add_test layer class)
    cmake_parse_arguments(ARG "KEYCHAIN;XVFB" "LABEL;TIMEOUT" "LIBS;SOURCES" ${ARGN})
    if(NOT ARG_LABEL IN_LIST COMMERCEDESK_TEST_LABELS)
        message(FATAL_ERROR "Test ${layer}.${class}: LABEL must be one of ${COMMERCEDESK_TEST_LABELS}")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()

    set(target tst_${layer}_${class})
    qt_add_executable(${target} Test${class}.cpp ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE commercedesk_settings Qt6::Test ${ARG_LIBS})

    set(command $<TARGET_FILE:${target}>)
    if(ARG_XVFB)
        list(PREPEND command xvfb-run -a -s "-screen 0 1280x800x24")
    endif()
    if(ARG_KEYCHAIN)
        list(PREPEND command ${PROJECT_SOURCE_DIR}/scripts/with-secret-service.sh)
    endif()
    add_test(NAME ${layer}.${class} COMMAND ${command})

    set(home ${CMAKE_BINARY_DIR}/test-home/${layer}.${class})
    file(MAKE_DIRECTORY ${home})
    set(env
        QT_QPA_PLATFORM=offscreen
        HOME=${home}
        XDG_CONFIG_HOME=${home}/config
        XDG_DATA_HOME=${home}/data
        XDG_CACHE_HOME=${home}/cache
        COMMERCEDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        COMMERCEDESK_REFERENCE_DIR=${PROJECT_SOURCE_DIR}/../shared/reference)
    if(ARG_XVFB)
        list(REMOVE_ITEM env QT_QPA_PLATFORM=offscreen)
    endif()
    set_tests_properties(${layer}.${class} PROPERTIES
        LABELS ${ARG_LABEL}
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
