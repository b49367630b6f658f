#!/usr/bin/env bash
# Runs followup-lint from this checkout, for the GitHub Action and the pre-commit hook: the
# first run installs the exact versions of package-lock.json and builds (npm ci), later runs
# start at once. Arguments are passed to followup-lint as they are; the working directory is
# left alone, so file names stay relative to the caller's folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/packages/cli/dist/bin.js" ] || [ ! -d "$here/node_modules/commander" ]; then
  echo "followup-lint: installing and building in $here (first run only)" >&2
  (cd "$here" && npm ci --include=dev --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/packages/cli/bin/followup-lint.js" "$@"
