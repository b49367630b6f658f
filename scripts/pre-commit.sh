#!/usr/bin/env bash
# followup-lint as a pre-commit hook: the first run installs the published package at this
# checkout's version into .followup-lint/ here (install-followup-lint.sh), later runs start at
# once. Arguments are passed to followup-lint as they are; the working directory is left
# alone, so file names stay relative to the caller's folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$here/.followup-lint/node_modules/.bin/followup-lint"
if [ ! -x "$bin" ]; then
  echo "followup-lint: installing into $here/.followup-lint (first run only)" >&2
  "$here/scripts/install-followup-lint.sh" "$here/.followup-lint"
fi
exec "$bin" "$@"
