#!/usr/bin/env bash
# Proves the README's commands on a fresh Debian 12: builds a clean root with debootstrap,
# clones this repository (its committed HEAD) into it, and runs the test command (.ci/run) there.
# Needs root, debootstrap and network access to the Debian mirror this machine's APT uses.
#   scripts/fresh-root-test.sh [ROOT_DIR]      (default: a new folder under /var/tmp)
# Set FRESH_ROOT_CACHE=DIR to reuse a pristine debootstrap root between runs (it is copied).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${1:-$(mktemp -d /var/tmp/stallcast-fresh-XXXXXX)}"
[ "$(id -u)" -eq 0 ] || { echo "fresh-root-test: run as root" >&2; exit 1; }

# shellcheck source=lib/clean-root.sh
. "$repo/scripts/lib/clean-root.sh"
mirror="$(debian_mirror)"
make_clean_root "$root"
mount_clean_root "$root"

rm -rf "$root/srv/stallcast"
git clone --quiet "$repo" "$root/srv/stallcast"
echo "fresh-root-test: running .ci/run in $root (mirror $mirror)"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin CI=true \
  /bin/bash -c 'cd /srv/stallcast && bash .ci/run'
