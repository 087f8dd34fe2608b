# `cmake --install build` and `cpack -G DEB` (from the build folder).
#
#   <prefix>/bin/presencia
#   <prefix>/share/presencia/models/          found by src/cli/common.cpp find_models
#   <prefix>/share/doc/presencia/samples/     the sample cases, to try it at once
#   <prefix>/share/man/man1/presencia.1
#
# Installing must not build the test suite: `cmake --install` and cpack's
# preinstall step then need only the presencia target (quick start 1 and
# tools/packaging build nothing else).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

include(GNUInstallDirs)

install(TARGETS presencia RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/models/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/presencia/models)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/samples/cases/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/samples)

configure_file(${PROJECT_SOURCE_DIR}/tools/packaging/presencia.1
               ${PROJECT_BINARY_DIR}/packaging/presencia.1 @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/presencia.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "presencia")
set(CPACK_PACKAGE_VENDOR "presencia")
set(CPACK_PACKAGE_CONTACT "presencia maintainers <presencia@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "audits the documents that prove presence in Spain (RD 316/2026)")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "presencia reads a case folder (scans, photos, PDFs) with Tesseract OCR, finds whom\n"
    "each document names and which dates it proves, builds the presence timeline and\n"
    "says whether the case is complete or what is missing. It works offline.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # presencia_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://localhost/presencia")

# Runtime packages only. dpkg-shlibdeps reads the libraries the binary links
# (libtesseract5, liblept5, libpoppler*, libopencv-*406, libicu72, ...) and
# writes their versioned names; the OCR language data is loaded at run time,
# not linked, so it is named here: Spanish, English and orientation (osd).
set(PRESENCIA_DEB_DATA_DEPENDS "tesseract-ocr-spa, tesseract-ocr-eng, tesseract-ocr-osd")
find_program(PRESENCIA_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(PRESENCIA_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${PRESENCIA_DEB_DATA_DEPENDS}")
else()
  # The same list by hand (Debian 12 names), for a build without dpkg-dev.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "${PRESENCIA_DEB_DATA_DEPENDS}, libtesseract5, liblept5, libpoppler-cpp0v5, libpoppler126, "
      "libopencv-core406, libopencv-imgproc406, libopencv-imgcodecs406, libsqlite3-0, libicu72, "
      "libheif1, libssl3, libpng16-16, libcpp-httplib0.11, libzxing2, libstdc++6, libgcc-s1, libc6")
  string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
endif()

include(CPack)
