#!/bin/sh
# Builds the .deb from this build tree and checks it: Depends computed (non-empty, naming Qt and
# FFmpeg), the files a desktop expects, and no lintian errors (warnings are printed).
set -eu
build=${1:?usage: check_deb.sh BUILD_DIR}
cd "$build"
rm -f stallcast_*.deb
cpack -G DEB >/dev/null
deb=$(ls stallcast_*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
case "$depends" in *libqt6core6*) ;; *) echo "FAIL: Depends does not name Qt" >&2; exit 1 ;; esac
case "$depends" in *libavformat*) ;; *) echo "FAIL: Depends does not name FFmpeg" >&2; exit 1 ;; esac
for f in ./usr/bin/stallcast ./usr/share/applications/example.stallcast.Stallcast.desktop \
         ./usr/share/metainfo/example.stallcast.Stallcast.metainfo.xml \
         ./usr/share/icons/hicolor/256x256/apps/example.stallcast.Stallcast.png \
         ./usr/share/icons/hicolor/scalable/apps/example.stallcast.Stallcast.svg \
         ./usr/share/doc/stallcast/copyright ./usr/share/man/man1/stallcast.1.gz; do
  dpkg-deb --contents "$deb" | awk '{print $6}' | grep -qx "$f" || { echo "FAIL: $f missing" >&2; exit 1; }
done
lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'root privileges' | tee lintian.txt
if grep -q '^E:' lintian.txt; then echo "FAIL: lintian errors" >&2; exit 1; fi
echo "ok: $deb"
