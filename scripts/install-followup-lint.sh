#!/usr/bin/env bash
# Installs the published followup-lint package into the folder $1 (its command is then
# $1/node_modules/.bin/followup-lint), for the GitHub Action and the pre-commit hook. The
# version is the one in this checkout's packages/cli/package.json, so an action or hook used at
# a release tag runs that release. FOLLOWUP_LINT_PACKAGE, when set, is installed instead: a
# .tgz made by `npm pack`, or any other npm package spec (to try a build before publishing it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="$1"
spec="${FOLLOWUP_LINT_PACKAGE:-}"
if [ -z "$spec" ]; then
  version="$(node -p 'require(process.argv[1]).version' "$here/packages/cli/package.json")"
  spec="followup-lint@$version"
elif [ -f "$spec" ]; then
  # npm reads a relative file spec from the prefix, not from where the caller stands.
  spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"
fi
mkdir -p "$prefix"
# A package.json of its own keeps npm from taking a project further up for the one to install into.
[ -f "$prefix/package.json" ] || echo '{"private": true}' > "$prefix/package.json"
npm install --prefix "$prefix" --omit=dev --no-audit --no-fund --loglevel=error "$spec" >&2
