# SPDX-License-Identifier: MIT
# commercedesk_add_test(<layer> <Class> LABEL <label> [LIBS ...] [SOURCES ...] [TIMEOUT s] [KEYCHAIN] [XVFB])
#
# Builds tests/<layer>/Test<Class>.cpp into tst_<layer>_<Class> and registers it as the CTest
# test "<layer>.<Class>". Every test runs headless (QT_QPA_PLATFORM=offscreen) with its own
# throw-away HOME/XDG folders, so it never reads or writes the user's settings, logs or keyring.
# KEYCHAIN runs it inside a private D-Bus session with an unlocked gnome-keyring
# (scripts/with-secret-service.sh); XVFB runs it under xvfb-run for a real X server.

set(COMMERCEDESK_TEST_LABELS unit sandbox client conformance contract gui keychain e2e packaging orchestrator)

# The official specification (commercetools-openapi/api.yaml …); in CI it lies beside the clone.
set(COMMERCEDESK_REFERENCE_DIR ${CMAKE_SOURCE_DIR}/../shared/reference CACHE PATH
    "Folder holding commercetools-openapi/api.yaml (the specification the contract tests check against)")
if(NOT EXISTS ${COMMERCEDESK_REFERENCE_DIR}/commercetools-openapi/api.yaml)
    message(WARNING "The specification is missing: ${COMMERCEDESK_REFERENCE_DIR}/commercetools-openapi/api.yaml. "
                    "The contract tests will fail; set COMMERCEDESK_REFERENCE_DIR to the reference folder.")
endif()
# The contract log (tests/contract): tests labelled sandbox, client or conformance record the requests their
# sandboxes answer there (src/sandbox/http/ContractRecorder), and contract.Validate checks it after them.
set(COMMERCEDESK_CONTRACT_LOG_DIR ${CMAKE_BINARY_DIR}/contract-log)
set(COMMERCEDESK_CONTRACT_TOOLS_DIR ${CMAKE_BINARY_DIR}/contract-tools)
set(COMMERCEDESK_CONTRACT_LABELS sandbox client conformance contract orchestrator)

function(commercedesk_add_test layer class)
    cmake_parse_arguments(ARG "KEYCHAIN;XVFB" "LABEL;TIMEOUT" "LIBS;SOURCES" ${ARGN})
    if(NOT ARG_LABEL IN_LIST COMMERCEDESK_TEST_LABELS)
        message(FATAL_ERROR "Test ${layer}.${class}: LABEL must be one of ${COMMERCEDESK_TEST_LABELS}")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(COMMERCEDESK_SANITIZE)
        # Instrumented code runs several times slower (scripts/test-sanitizers): the limit still catches a hang.
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 4")
    endif()

    set(target tst_${layer}_${class})
    qt_add_executable(${target} Test${class}.cpp ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE commercedesk_settings Qt6::Test ${ARG_LIBS})
    # Shared test helpers (tests/support) are included as "support/...".
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests)

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
        COMMERCEDESK_REFERENCE_DIR=${COMMERCEDESK_REFERENCE_DIR})
    if(ARG_LABEL IN_LIST COMMERCEDESK_CONTRACT_LABELS)
        list(APPEND env COMMERCEDESK_CONTRACT_LOG=${COMMERCEDESK_CONTRACT_LOG_DIR}
             COMMERCEDESK_CONTRACT_SOURCE=${ARG_LABEL}.${layer}.${class})
    endif()
    if(ARG_XVFB)
        # Explicitly: the test command's caller (scripts/test) exports offscreen for everything else.
        list(REMOVE_ITEM env QT_QPA_PLATFORM=offscreen)
        list(APPEND env QT_QPA_PLATFORM=xcb)
    endif()
    set_tests_properties(${layer}.${class} PROPERTIES
        LABELS ${ARG_LABEL}
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
    if(ARG_LABEL IN_LIST COMMERCEDESK_CONTRACT_LABELS)
        # contract.Validate (FIXTURES_CLEANUP contract_log) runs after every test that records.
        set_property(TEST ${layer}.${class} APPEND PROPERTY FIXTURES_REQUIRED contract_log)
    endif()
endfunction()

# commercedesk_add_walk(<layer> <Class> [TIMEOUT s])
#
# The newcomer walk: runs the GUI suite tst_<layer>_<Class> (already added with KEYCHAIN) once more as the
# CTest test "e2e.<Class>", on a real X server (xvfb-run, Qt's xcb platform) instead of offscreen: real
# windows, real focus and activation, the window at its default size. Its screenshots go to
# <build>/walk-screenshots for a person to look at (scripts/walk runs the label and lists them).
function(commercedesk_add_walk layer class)
    cmake_parse_arguments(ARG "" "TIMEOUT" "" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(name e2e.${class})
    add_test(NAME ${name}
        COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-secret-service.sh
            xvfb-run -a -s "-screen 0 1920x1080x24" $<TARGET_FILE:tst_${layer}_${class}>)
    set(home ${CMAKE_BINARY_DIR}/test-home/${name})
    file(MAKE_DIRECTORY ${home})
    set_tests_properties(${name} PROPERTIES
        LABELS e2e
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=xcb;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;COMMERCEDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};COMMERCEDESK_REFERENCE_DIR=${COMMERCEDESK_REFERENCE_DIR};COMMERCEDESK_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/walk-screenshots")
endfunction()
