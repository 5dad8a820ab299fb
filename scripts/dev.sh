#!/usr/bin/env bash
# Stallcast's two commands on a fresh Debian 12 / Ubuntu 24.04 machine:
#   scripts/dev.sh run    install what is missing, build, start the studio on the demo shop
#   scripts/dev.sh test   install what is missing, build with -Werror, run the whole test suite
# Works as root or as a user with sudo (only apt-get is run with sudo).
# Environment: BUILD_DIR (default: build), JOBS (default: nproc), STALLCAST_DB (run only).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-}"
shift || true
build_dir="${BUILD_DIR:-build}"
jobs="${JOBS:-$(nproc)}"

build_packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libgl-dev qt6-tools-dev qt6-l10n-tools
  libavcodec-dev libavformat-dev libavfilter-dev libavdevice-dev libavutil-dev
  libswscale-dev libswresample-dev
  libssl-dev libsqlite3-dev catch2 libcpp-httplib-dev libboost-dev
  libqrencode-dev qtkeychain-qt6-dev libmimalloc-dev libsimdjson-dev
)
# Tests: the sqlite3 shell; zbarimg and ffmpeg/ffprobe (QR scans, stream probes); nginx with
# the RTMP module (and its stream module as a TLS front for rtmps://); Xvfb for x11grab; ngircd
# for the IRC comment source; the packaging validators; pdftotext (poppler-utils) reads the
# packing list PDF back.
test_packages=(sqlite3 zbar-tools ffmpeg xvfb nginx-light libnginx-mod-rtmp libnginx-mod-stream
  openssl ngircd desktop-file-utils appstream lintian python3-yaml poppler-utils)
run_packages=(fonts-noto-cjk)

install_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "dev.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "dev.sh: installing ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$build_dir" -j "$jobs"
}

case "$mode" in
  run)
    install_missing "${build_packages[@]}" "${run_packages[@]}"
    configure_and_build -DSTALLCAST_TESTS=OFF -DSTALLCAST_BENCH=OFF
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "dev.sh: no display found; starting headless (QT_QPA_PLATFORM=offscreen)" >&2
      export QT_QPA_PLATFORM=offscreen
    fi
    exec "$build_dir/app/stallcast" "$@"
    ;;
  test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build -DSTALLCAST_WERROR=ON -DSTALLCAST_TESTS=ON
    cd "$build_dir"
    ctest --output-on-failure -j 2 --timeout 600
    ;;
  *)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
