#!/usr/bin/env bash
# The Linux package on a clean machine (docs/PACKAGING.md, "Clean-root install test"): builds
# the .deb, makes a fresh Debian 12 root with debootstrap (the mirror is the one this machine's
# APT uses), installs the package there with apt-get as a user would, runs it, removes it and
# checks that nothing of it is left. Needs root, debootstrap and the Debian mirror.
#   scripts/package-test.sh [ROOT_DIR]          (default: a new folder under /var/tmp)
# FRESH_ROOT_CACHE=DIR reuses a pristine debootstrap root between runs (copied, never changed).
# BUILD_DIR (default build-package) is where the package is built.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${1:-$(mktemp -d /var/tmp/stallcast-package-XXXXXX)}"
build="${BUILD_DIR:-$repo/build-package}"
[ "$(id -u)" -eq 0 ] || { echo "package-test: run as root" >&2; exit 1; }

echo "== building the .deb in $build"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTALLCAST_TESTS=OFF -DSTALLCAST_BENCH=OFF >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}"
(cd "$build" && rm -f stallcast_*.deb && cpack -G DEB >/dev/null)
deb="$(ls "$build"/stallcast_*.deb)"
echo "package: $(basename "$deb")"
dpkg-deb --field "$deb" Depends

# shellcheck source=lib/clean-root.sh
. "$repo/scripts/lib/clean-root.sh"
mirror="$(debian_mirror)"
make_clean_root "$root"
mount_clean_root "$root"
# No services start inside the root (a package's postinst must not launch daemons here).
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"

echo "== installing, running, removing in $root (mirror $mirror)"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen /bin/bash -euo pipefail -c '
cd /tmp
apt-get update -qq
apt-get install -y -qq ./stallcast_*.deb >/tmp/apt-install.log
echo "installed: $(dpkg-query -W -f="\${Package} \${Version}" stallcast)"
dpkg -L stallcast | sort > /tmp/files.txt
echo "files installed: $(wc -l < /tmp/files.txt)"

echo "-- stallcast --version"
stallcast --version
echo "-- stallcast stream --source test --record (3 s, headless)"
stallcast --db /tmp/shop.db stream --source test --record /tmp/stream.mkv --duration 3
size=$(stat -c %s /tmp/stream.mkv)
[ "$size" -gt 10000 ] || { echo "FAIL: the recording has $size bytes" >&2; exit 1; }
echo "recording: $size bytes"
echo "-- stallcast catalog import + list"
stallcast --db /tmp/shop.db catalog import /usr/share/stallcast/demo-shop/catalog.csv
stallcast --db /tmp/shop.db catalog list | head -n 5
count=$(stallcast --db /tmp/shop.db catalog list | wc -l)
[ "$count" -ge 10 ] || { echo "FAIL: catalog list shows $count products" >&2; exit 1; }

echo "-- removing"
apt-get remove --purge -y -qq stallcast >/dev/null
left=0
while read -r f; do
  [ -d "$f" ] && continue           # shared folders (/usr/share/icons/...) stay
  if [ -e "$f" ]; then echo "LEFT: $f"; left=$((left + 1)); fi
done < /tmp/files.txt
[ ! -e /usr/share/stallcast ] || { echo "LEFT: /usr/share/stallcast"; left=$((left + 1)); }
[ ! -e /usr/share/doc/stallcast ] || { echo "LEFT: /usr/share/doc/stallcast"; left=$((left + 1)); }
[ "$left" -eq 0 ] || { echo "FAIL: $left paths left after purge" >&2; exit 1; }
echo "removed: nothing of the package is left"
'
echo "package-test: ok"
