# Shared by scripts/fresh-root-test.sh and scripts/package-test.sh: a clean Debian 12 root made
# with debootstrap, with /proc, /sys and /dev mounted for chroot. Source it; it defines:
#   debian_mirror            prints the Debian mirror this machine's APT configuration uses
#   make_clean_root ROOT     debootstrap --variant=minbase bookworm into ROOT, or a copy of
#                            $FRESH_ROOT_CACHE when that holds a pristine root (made on first use)
#   mount_clean_root ROOT    mounts proc, sys, dev, dev/pts and copies resolv.conf; unmounted
#                            again when the calling script exits

debian_mirror() {
  local mirror
  mirror="$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' \
            | grep -v security | head -n1)"
  [ -n "$mirror" ] || mirror="$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n1)"
  [ -n "$mirror" ] || { echo "no Debian mirror found in the APT configuration" >&2; return 1; }
  printf '%s\n' "$mirror"
}

make_clean_root() {
  local root="$1" mirror
  command -v debootstrap >/dev/null || { echo "apt-get install debootstrap" >&2; return 1; }
  if [ -n "${FRESH_ROOT_CACHE:-}" ] && [ -d "$FRESH_ROOT_CACHE/etc" ]; then
    cp -a "$FRESH_ROOT_CACHE/." "$root/"
  else
    mirror="$(debian_mirror)"
    debootstrap --variant=minbase bookworm "$root" "$mirror"
    if [ -n "${FRESH_ROOT_CACHE:-}" ]; then
      mkdir -p "$FRESH_ROOT_CACHE" && cp -a "$root/." "$FRESH_ROOT_CACHE/"
    fi
  fi
}

mount_clean_root() {
  local root="$1"
  # shellcheck disable=SC2064 # expand $root now: the trap runs after the function returns
  trap "for m in dev/pts dev proc sys; do umount -l '$root'/\$m 2>/dev/null || true; done" EXIT
  mount -t proc proc "$root/proc"
  mount -t sysfs sys "$root/sys"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
}
