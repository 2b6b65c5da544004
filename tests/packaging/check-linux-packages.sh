#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Usage: check-linux-packages.sh <build dir> <expected version>     (CTest: packaging.LinuxPackages)
# Builds the DEB and RPM with CPack into a temporary folder and checks that:
#   - lintian reports no errors on the .deb (warnings are printed, not fatal);
#   - `apt-get install -s` resolves the .deb's dependencies on this system;
#   - both packages hold exactly the expected files (binaries, desktop file, hicolor icons, metainfo, licence,
#     changelog; no translations: the app embeds its .qm files) and the RPM claims no shared directories;
#   - versions agree: package, changelog, AppStream release, `commercedesk --version`;
#   - the extracted binaries are stripped and run: `commercedesk --version`, `commercedesk-sandbox --help`;
#   - the installed desktop file and metainfo validate; each PNG icon has its directory's size.
# Everything happens in a temporary folder that is removed on exit; the build dir is only read.
set -euo pipefail

build=${1:?usage: $0 <build dir> <version>}
version=${2:?usage: $0 <build dir> <version>}
cpack=${CPACK:-cpack}
app_id=io.commercedesk.CommerceDesk
sizes=(16 22 24 32 48 64 128 256 512)

failures=0
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
pass() { printf 'ok:   %s\n' "$*"; }
die() { printf 'FAIL: %s\n' "$*"; exit 1; }

missing=()
for tool in "$cpack" dpkg-deb lintian apt-get rpm rpmbuild desktop-file-validate appstreamcli file gzip; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
[[ ${#missing[@]} -eq 0 ]] || die "missing tools: ${missing[*]} (scripts/setup installs them)"
[[ -f $build/CPackConfig.cmake ]] || die "$build/CPackConfig.cmake not found; configure the build first"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/commercedesk-packaging.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# --- build the packages --------------------------------------------------------------------------------------
if ! "$cpack" --config "$build/CPackConfig.cmake" -G "DEB;RPM" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    find "$tmp/out/_CPack_Packages" -name '*.log' -exec sh -c 'echo "== $1"; tail -n 40 "$1"' _ {} \; 2>/dev/null
    die "cpack -G \"DEB;RPM\" failed"
fi
shopt -s nullglob
debs=("$tmp"/out/*.deb)
rpms=("$tmp"/out/*.rpm)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || die "expected one .deb, got ${#debs[@]}"
[[ ${#rpms[@]} -eq 1 ]] || die "expected one .rpm, got ${#rpms[@]}"
deb=${debs[0]}
rpm_file=${rpms[0]}
pass "built $(basename "$deb") and $(basename "$rpm_file")"

# --- the files both packages must hold, and nothing else --------------------------------------------------------
expected=(
    /usr/bin/commercedesk
    /usr/bin/commercedesk-orchestrator
    /usr/bin/commercedesk-sandbox
    /usr/share/applications/commercedesk.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/commercedesk.svg
    /usr/share/doc/commercedesk/copyright
    /usr/share/doc/commercedesk/changelog.gz
)
for n in "${sizes[@]}"; do expected+=("/usr/share/icons/hicolor/${n}x${n}/apps/commercedesk.png"); done
printf '%s\n' "${expected[@]}" | LC_ALL=C sort >"$tmp/expected.txt"

compare_files() { # <label> <file with the package's regular files>
    if diff -u "$tmp/expected.txt" "$2" >"$tmp/diff.txt"; then
        pass "$1 holds exactly the ${#expected[@]} expected files"
    else
        fail "$1 file list differs from the expected one (- missing, + unexpected):"
        sed -n '3,$p' "$tmp/diff.txt"
    fi
}

# --- DEB -------------------------------------------------------------------------------------------------------
deb_version=$(dpkg-deb -f "$deb" Version)
[[ $deb_version == "$version" ]] && pass "deb version $deb_version" || fail "deb version '$deb_version', expected '$version'"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libsecret-1-0 qt6-qpa-plugins libqt6sql6-sqlite libqt6core6 libqt6widgets6 libc6; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done
[[ $(dpkg-deb -f "$deb" Recommends) == *gnome-keyring* ]] || fail "Recommends lacks gnome-keyring"
[[ -n $(dpkg-deb -f "$deb" Description | sed -n '2p') ]] || fail "the deb has no extended description"
pass "deb Depends: $depends"

dpkg-deb -c "$deb" | awk '$1 ~ /^-/ { sub(/^\./, "", $6); print $6 }' | LC_ALL=C sort >"$tmp/deb-files.txt"
compare_files "the deb" "$tmp/deb-files.txt"

# lintian exits non-zero on errors; its tags go to stdout, "running as root" noise to stderr.
lintian_status=0
lintian --fail-on error "$deb" >"$tmp/lintian.txt" 2>"$tmp/lintian-stderr.txt" || lintian_status=$?
grep -v 'running with root privileges' "$tmp/lintian-stderr.txt" || true
errors=$(grep -c '^E: ' "$tmp/lintian.txt" || true)
warnings=$(grep -c '^W: ' "$tmp/lintian.txt" || true)
sed 's/^/  lintian: /' "$tmp/lintian.txt"
if [[ $lintian_status -eq 0 && $errors -eq 0 ]]; then
    pass "lintian: 0 errors, $warnings warning(s)"
else
    fail "lintian: $errors error(s) (exit $lintian_status)"
fi

if apt-get install -s "$deb" >"$tmp/apt.txt" 2>&1 && grep -q '^Inst commercedesk ' "$tmp/apt.txt"; then
    pass "apt-get install -s resolves the dependencies"
else
    cat "$tmp/apt.txt"
    fail "apt-get install -s did not resolve the dependencies"
fi

# --- RPM -------------------------------------------------------------------------------------------------------
rpm_version=$(rpm -qp --queryformat '%{VERSION}' "$rpm_file" 2>/dev/null)
[[ $rpm_version == "$version" ]] && pass "rpm version $rpm_version" || fail "rpm version '$rpm_version', expected '$version'"
rpm -qp --queryformat '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm_file" 2>/dev/null >"$tmp/rpm-entries.txt"
awk '$1 ~ /^-/ { print $2 }' "$tmp/rpm-entries.txt" | grep -v '^/usr/lib/\.build-id/' | LC_ALL=C sort >"$tmp/rpm-files.txt" || true
compare_files "the rpm" "$tmp/rpm-files.txt"
# Directories it may own: its own doc folder (and build-id links rpmbuild adds); never a shared one.
owned_dirs=$(awk '$1 ~ /^d/ { print $2 }' "$tmp/rpm-entries.txt" | grep -v -e '^/usr/share/doc/commercedesk$' \
    -e '^/usr/lib/\.build-id' || true)
[[ -z $owned_dirs ]] && pass "the rpm owns no shared directories" || fail "the rpm owns shared directories: $owned_dirs"
requires=$(rpm -qp --requires "$rpm_file" 2>/dev/null)
for req in libsecret qt6-qtbase-gui 'libQt6Core.so.6'; do
    grep -q "^$req" <<<"$requires" || fail "rpm Requires lacks $req"
done
pass "rpm Requires: $(grep -c . <<<"$requires") entries"

# --- the packaged files ------------------------------------------------------------------------------------------
root=$tmp/root
dpkg-deb -x "$deb" "$root"

changelog_version=$(gzip -dc "$root/usr/share/doc/commercedesk/changelog.gz" | sed -n '1s/^commercedesk (\([^)]*\)).*/\1/p')
[[ $changelog_version == "$version" ]] && pass "changelog starts at $version" ||
    fail "changelog's newest entry is '$changelog_version', expected '$version'"
release=$(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | head -n 1 | cut -d'"' -f2)
[[ $release == "$version" ]] && pass "metainfo's newest release is $version" ||
    fail "metainfo's newest release is '$release', expected '$version'"

for exe in commercedesk commercedesk-sandbox; do
    description=$(file -b "$root/usr/bin/$exe")
    [[ $description == ELF*", stripped"* ]] && pass "$exe is a stripped ELF" || fail "$exe: $description"
done

if out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/commercedesk" --version 2>"$tmp/app-stderr.txt") &&
    [[ $out == "CommerceDesk $version" ]]; then
    pass "commercedesk --version prints '$out'"
else
    cat "$tmp/app-stderr.txt"
    fail "commercedesk --version printed '$out', expected 'CommerceDesk $version'"
fi
if out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/commercedesk-sandbox" --help 2>&1) && [[ $out == *Usage:* ]]; then
    pass "commercedesk-sandbox --help runs"
else
    printf '%s\n' "$out"
    fail "commercedesk-sandbox --help failed"
fi

if desktop-file-validate "$root/usr/share/applications/commercedesk.desktop"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate"
fi
if appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$tmp/appstream.txt" 2>&1; then
    pass "appstreamcli validate --no-net"
else
    cat "$tmp/appstream.txt"
    fail "appstreamcli validate --no-net"
fi

for n in "${sizes[@]}"; do
    description=$(file -b "$root/usr/share/icons/hicolor/${n}x${n}/apps/commercedesk.png")
    [[ $description == "PNG image data, $n x $n,"* ]] || fail "icon ${n}x${n} is: $description"
done
pass "every hicolor PNG has its directory's size"

if [[ $failures -ne 0 ]]; then
    printf '%d check(s) failed\n' "$failures"
    exit 1
fi
echo "all package checks passed"
