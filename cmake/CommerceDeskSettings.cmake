# SPDX-License-Identifier: MIT
# Every build policy in one place: each target links commercedesk_settings PRIVATE.

add_library(commercedesk_settings INTERFACE)
target_compile_features(commercedesk_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(commercedesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    COMMERCEDESK_VERSION="${PROJECT_VERSION}")

target_compile_options(commercedesk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wimplicit-fallthrough -Wcast-qual -Wformat=2 -Wmissing-declarations)

# CI builds treat every warning as an error; local builds may opt in.
if(DEFINED ENV{CI} AND "$ENV{CI}" STREQUAL "true")
    set(_commercedesk_werror_default ON)
else()
    set(_commercedesk_werror_default OFF)
endif()
option(COMMERCEDESK_WERROR "Treat compiler warnings as errors" ${_commercedesk_werror_default})
if(COMMERCEDESK_WERROR)
    target_compile_options(commercedesk_settings INTERFACE -Werror)
endif()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# Debug information, sized for a disk that may be small (CI): every test executable links the static
# libraries, so full DWARF in each would cost about 200 MB per executable. The optimized build with debug
# info keeps line tables only (-g1: backtraces, profilers and sanitizer reports still name file and line),
# and every build compresses its debug sections (-gz). The debug preset keeps full information for gdb.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(commercedesk_settings INTERFACE $<$<CONFIG:RelWithDebInfo>:-g1> -gz)
    target_link_options(commercedesk_settings INTERFACE -gz)
endif()

# Sanitizer builds (scripts/test-sanitizers): e.g. -DCOMMERCEDESK_SANITIZE=address,undefined or =thread.
# Every target links commercedesk_settings, so the whole project is instrumented; a finding aborts the
# test (no recovery), so CTest reports it as a failure.
set(COMMERCEDESK_SANITIZE "" CACHE STRING "Sanitizers to instrument with (-fsanitize=...), empty for none")
if(COMMERCEDESK_SANITIZE)
    target_compile_options(commercedesk_settings INTERFACE
        -fsanitize=${COMMERCEDESK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(commercedesk_settings INTERFACE -fsanitize=${COMMERCEDESK_SANITIZE})
endif()
# libFuzzer targets (tests/fuzz; clang only): the libraries get coverage instrumentation, the fuzz
# executables link the fuzzer's main.
option(COMMERCEDESK_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)
if(COMMERCEDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "COMMERCEDESK_FUZZ needs clang (CXX=clang++), not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    target_compile_options(commercedesk_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
