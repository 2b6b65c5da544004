#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Used by packages.yml on Windows and macOS: builds spdlog ($SPDLOG_REF, bundled fmt) and QtKeychain
# ($QTKEYCHAIN_COMMIT, shared, Qt 6) in Release and installs both into the prefix given as $1.
# Expects Qt on CMAKE_PREFIX_PATH / Qt6_DIR (install-qt-action sets them) and, on Windows, an MSVC shell.
set -euo pipefail
prefix=${1:?usage: $0 <install prefix>}
work=${RUNNER_TEMP:-/tmp}/commercedesk-deps

git clone --quiet --depth 1 --branch "$SPDLOG_REF" https://github.com/gabime/spdlog.git "$work/spdlog"
cmake -S "$work/spdlog" -B "$work/spdlog-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DSPDLOG_BUILD_EXAMPLE=OFF -DSPDLOG_BUILD_TESTS=OFF
cmake --build "$work/spdlog-build"
cmake --install "$work/spdlog-build"

git init --quiet "$work/qtkeychain"
git -C "$work/qtkeychain" fetch --quiet --depth 1 https://github.com/frankosterfeld/qtkeychain.git "$QTKEYCHAIN_COMMIT"
git -C "$work/qtkeychain" checkout --quiet FETCH_HEAD
cmake -S "$work/qtkeychain" -B "$work/qtkeychain-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
cmake --build "$work/qtkeychain-build"
cmake --install "$work/qtkeychain-build"
