#!/bin/sh
# Quick start 1: install what is needed, build, and audit the sample case.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
sh tools/build.sh
status=0
build/presencia audit samples/cases/maria-lopez-complete "$@" || status=$?
echo "(exit status $status: 0 complete, 1 incomplete, 2 nothing readable, 3 bad input, 4 cannot write)"
