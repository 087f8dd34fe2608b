#!/bin/sh
# Installs every Debian package presencia needs to build, test and generate
# its corpus. Uses sudo only when not root. Safe to run again.
# libzxing-dev builds the codes stage (libzxing2 runs it); zint only draws
# the barcodes the tests decode.
set -eu

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages="
  build-essential cmake pkg-config
  libtesseract-dev tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd
  libleptonica-dev libpoppler-cpp-dev libpoppler-private-dev libopencv-dev
  nlohmann-json3-dev libcli11-dev libicu-dev libsqlite3-dev libssl-dev libheif-dev libpng-dev
  libgtest-dev libbenchmark-dev
  libzxing-dev libzxing2 zint
  python3 python3-pil python3-numpy python3-reportlab python3-jsonschema python3-opencv
  fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-freefont-ttf
  poppler-utils qpdf openssl time libheif-examples
  libcpp-httplib-dev chromium chromium-driver python3-selenium
"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "presencia: installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root apt-get install -y -qq --no-install-recommends $missing
fi
