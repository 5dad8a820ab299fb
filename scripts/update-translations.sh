#!/usr/bin/env bash
# Refreshes the translation sources (resources/translations/*.ts) from the studio's code: every
# tr() string in ui/ and app/ is added, strings no longer in the code are dropped. Run it after
# adding or changing user-visible text, then translate the new entries (Qt Linguist:
# `linguist resources/translations/stallcast_ko.ts`). A normal build never runs this: it only
# compiles the .ts files into .qm (lrelease) and builds them in as Qt resources.
# Environment: LUPDATE (default: lupdate from Qt 6's host binaries).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
  if command -v qtpaths6 >/dev/null && [ -x "$(qtpaths6 --query QT_HOST_BINS)/lupdate" ]; then
    lupdate="$(qtpaths6 --query QT_HOST_BINS)/lupdate"
  elif [ -x /usr/lib/qt6/bin/lupdate ]; then
    lupdate=/usr/lib/qt6/bin/lupdate
  else
    echo "update-translations.sh: lupdate (Qt 6) not found; install qt6-l10n-tools or set LUPDATE" >&2
    exit 1
  fi
fi

# The source language is English; each .ts file's name carries its target language.
"$lupdate" -no-obsolete -locations relative -source-language en \
  ui app -ts resources/translations/stallcast_*.ts "$@"
