# Installing coi like any other CMake tool, and a Debian package of it:
#   cmake --install build --prefix ~/.local     the binary, man page, formats and example config
#   cd build && cpack -G DEB                    coi_<version>_<arch>.deb, depending on the
#                                               runtime libraries the binary links (dpkg-shlibdeps)
# Layout under the prefix:
#   bin/coi
#   share/man/man1/coi.1                 generated from --help (packaging/make-manpage, help2man)
#   share/coi/FORMAT.md, MODEL.md        the output formats; coi.schema.json and coi.rng
#   share/doc/coi/examples/coi.toml      every setting at its default, to copy and pass with --config
include(GNUInstallDirs)

install(TARGETS coi RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DATADIR}/coi
        FILES_MATCHING PATTERN "*.md" PATTERN "*.json" PATTERN "*.rng")
install(FILES ${PROJECT_SOURCE_DIR}/config/coi.toml
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

find_program(HELP2MAN help2man)
if(HELP2MAN)
  add_custom_command(
    OUTPUT ${CMAKE_BINARY_DIR}/coi.1
    COMMAND ${PROJECT_SOURCE_DIR}/packaging/make-manpage $<TARGET_FILE:coi> ${CMAKE_BINARY_DIR}/coi.1
    DEPENDS coi ${PROJECT_SOURCE_DIR}/packaging/make-manpage
    COMMENT "coi(1) from --help (help2man)")
  add_custom_target(manpage ALL DEPENDS ${CMAKE_BINARY_DIR}/coi.1)
  # OPTIONAL: a build of the coi target alone (scripts/demo) has no page yet; a full build has.
  install(FILES ${CMAKE_BINARY_DIR}/coi.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)
else()
  message(STATUS "help2man not found: no man page (scripts/setup installs it)")
endif()

set(CPACK_PACKAGE_NAME coi)
set(CPACK_PACKAGE_VENDOR "coi developers")
set(CPACK_PACKAGE_CONTACT "coi developers <coi@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Home Office COI note PDFs to structured XML and JSON, version diffs and link checks")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# Depends: computed from the libraries the binary links (Poppler, libxml2, ICU, RE2, libcurl...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_GENERATOR DEB)
include(CPack)
