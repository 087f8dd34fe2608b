#!/bin/sh
# Installs the Debian 12 packages presencia needs. Uses sudo only when not
# root. Safe to run again: only missing packages are installed.
#
#   sh tools/install-deps.sh run    what the installed program needs (the .deb's Depends)
#   sh tools/install-deps.sh build  run + compilers and -dev packages to build `presencia`
#   sh tools/install-deps.sh test   build + the test suite, benchmarks and corpus tools
#                                   (GoogleTest, Python, fonts, Chromium...); the default
# libzxing-dev builds the codes stage (libzxing2 runs it); zint only draws
# the barcodes the tests decode.
set -eu

mode="${1:-test}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Keep in step with the Depends of the package (tools/packaging/packaging.cmake): the
# packages of the libraries the binary links (objdump -p build/presencia |
# grep NEEDED, then dpkg -S on each), and the OCR data it loads (spa, eng, osd).
run_packages="
  tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd
  libtesseract5 liblept5 libpoppler-cpp0v5 libpoppler126
  libopencv-core406 libopencv-imgproc406 libopencv-imgcodecs406
  libsqlite3-0 libicu72 libheif1 libssl3 libpng16-16 libcpp-httplib0.11 libzxing2
"
build_packages="
  build-essential cmake pkg-config
  libtesseract-dev libleptonica-dev libpoppler-cpp-dev libpoppler-private-dev
  nlohmann-json3-dev libcli11-dev libicu-dev libsqlite3-dev libssl-dev libheif-dev libpng-dev
  libcpp-httplib-dev libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev
  libzxing-dev
"
# The test suite, the benchmarks, the corpus generators and CI: ccache,
# dpkg-dev (dpkg-shlibdeps writes the package's Depends), the tesseract
# program (tests compare its version with the library's)...
test_packages="
  libgtest-dev libbenchmark-dev ccache dpkg-dev tesseract-ocr zint
  python3 python3-pil python3-numpy python3-reportlab python3-jsonschema python3-opencv
  fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-freefont-ttf
  poppler-utils qpdf openssl time libheif-examples
  chromium chromium-driver python3-selenium
"

case "$mode" in
    run) packages="$run_packages" ;;
    build) packages="$run_packages $build_packages" ;;
    test) packages="$run_packages $build_packages $test_packages" ;;
    *)
        echo "usage: sh tools/install-deps.sh [run|build|test]" >&2
        exit 3
        ;;
esac

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
