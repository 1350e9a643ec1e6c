#!/usr/bin/env bash
# Fails when the work tree has files git does not know and .gitignore does not name: a build
# or a test must write only under target/ (and .cache/, data/), never next to the sources.
# Run by .ci/run after the build and the contract checks.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-clean-tree: not a git work tree, nothing to check"
  exit 0
fi
untracked=$(git status --porcelain --untracked-files=all | sed -n 's/^?? //p')
if [[ -n "$untracked" ]]; then
  echo "check-clean-tree: the build left files outside target/:" >&2
  echo "$untracked" >&2
  exit 1
fi
echo "check-clean-tree: OK"
