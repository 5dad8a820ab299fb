#!/usr/bin/env bash
# Proves the README's commands on a fresh Debian 12: builds a clean root with debootstrap,
# clones this repository (its committed HEAD) into it, and runs the test command (.ci/run) there.
# Needs root, debootstrap and network access to the Debian mirror this machine's APT uses.
#   scripts/fresh-root-test.sh [ROOT_DIR]      (default: a new folder under /tmp)
# Set FRESH_ROOT_CACHE=DIR to reuse a pristine debootstrap root between runs (it is copied).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${1:-$(mktemp -d /tmp/stallcast-fresh-XXXXXX)}"
[ "$(id -u)" -eq 0 ] || { echo "fresh-root-test: run as root" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "fresh-root-test: apt-get install debootstrap" >&2; exit 1; }

# The mirror this machine already uses (deb822 .sources or a classic sources.list line).
mirror="$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' \
          | grep -v security | head -n1)"
[ -n "$mirror" ] || mirror="$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n1)"
[ -n "$mirror" ] || { echo "fresh-root-test: no Debian mirror found in the APT configuration" >&2; exit 1; }

if [ -n "${FRESH_ROOT_CACHE:-}" ] && [ -d "$FRESH_ROOT_CACHE/etc" ]; then
  cp -a "$FRESH_ROOT_CACHE/." "$root/"
else
  debootstrap --variant=minbase bookworm "$root" "$mirror"
  [ -n "${FRESH_ROOT_CACHE:-}" ] && mkdir -p "$FRESH_ROOT_CACHE" && cp -a "$root/." "$FRESH_ROOT_CACHE/"
fi

cleanup() {
  for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"

rm -rf "$root/srv/stallcast"
git clone --quiet "$repo" "$root/srv/stallcast"
echo "fresh-root-test: running .ci/run in $root (mirror $mirror)"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin CI=true \
  /bin/bash -c 'cd /srv/stallcast && bash .ci/run'
