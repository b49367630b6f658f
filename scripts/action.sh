#!/usr/bin/env bash
# The GitHub Action's step: installs the published followup-lint (install-followup-lint.sh) in
# the runner's temporary folder, then lints the workspace with --format github, so findings
# show as annotations. Its inputs come in the environment, never pasted into a script, so a
# file name cannot inject shell commands:
#   FOLLOWUP_LINT_FILES   drafts, folders or globs, separated by white space; empty: the
#                         templates, drafts and emails folders that exist, and every .eml file
#   FOLLOWUP_LINT_CONFIG  a configuration file for --config, or empty
#   FOLLOWUP_LINT_ARGS    more options, separated by white space
#   FOLLOWUP_LINT_SARIF   "true": also write a SARIF log, named in the step output `sarif`
#   FOLLOWUP_LINT_PACKAGE a package to install instead of the action's own version
# It exits as followup-lint does: 1 for errors or too many warnings, 2 for bad input.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/followup-lint"
"$here/scripts/install-followup-lint.sh" "$prefix"
bin="$prefix/node_modules/.bin/followup-lint"

# Split the inputs on white space without expanding globs: followup-lint expands them.
set -f
extra=(${FOLLOWUP_LINT_ARGS:-})
files=(${FOLLOWUP_LINT_FILES:-})
set +f
if [ ${#files[@]} -eq 0 ]; then
  # Where drafts and templates are usually kept; a repository's README, CHANGELOG and other
  # documents are not letters to a program and stay out.
  for folder in templates drafts emails; do
    if [ -d "$folder" ]; then files+=("$folder"); fi
  done
  if [ -n "$(find . \( -name node_modules -o -name '.?*' \) -prune -o -type f -name '*.eml' -print -quit)" ]; then
    files+=('**/*.eml')
  fi
  if [ ${#files[@]} -eq 0 ]; then
    echo "::error title=followup-lint::nothing to check: no templates, drafts or emails folder and no .eml file; name the drafts in the files input"
    exit 2
  fi
fi
config=()
if [ -n "${FOLLOWUP_LINT_CONFIG:-}" ]; then config=(--config "$FOLLOWUP_LINT_CONFIG"); fi

status=0
"$bin" --format github "${config[@]}" "${extra[@]}" -- "${files[@]}" || status=$?
if [ "${FOLLOWUP_LINT_SARIF:-}" = true ] && [ "$status" -ne 2 ]; then
  # A second run for code scanning; the first one's exit code stands.
  sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/followup-lint.sarif"
  "$bin" "${config[@]}" "${extra[@]}" --format sarif --output "$sarif" -- "${files[@]}" >/dev/null || true
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "sarif=$sarif" >> "$GITHUB_OUTPUT"; fi
fi
exit "$status"
