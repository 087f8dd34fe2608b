#!/bin/sh
# Builds the Debian package from BUILD_DIR (default build/), installs it with
# apt-get as a user would, and audits the installed sample case with
# /usr/bin/presencia from outside the repository, PRESENCIA_MODELS unset.
# Needs root; tools/run-tests.sh runs it on CI.
set -eu
cd "$(dirname "$0")/../.."
build="$(cd "${1:-build}" && pwd)"
# A package left from an older version must not be the one tested.
rm -f "$build"/presencia_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/presencia_*.deb)"
echo "presencia: installing $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb" >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd /
env -u PRESENCIA_MODELS /usr/bin/presencia --version
status=0
env -u PRESENCIA_MODELS /usr/bin/presencia audit /usr/share/doc/presencia/samples/maria-lopez-complete \
    --no-cache --quiet --json "$out/report.json" || status=$?
verdict="$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["verdict"])' "$out/report.json")"
if [ "$status" -ne 0 ] || [ "$verdict" != "complete" ]; then
    echo "presencia: the installed package audited the sample as $verdict (exit $status)" >&2
    exit 1
fi
echo "presencia: the installed package audits the sample: $verdict"
