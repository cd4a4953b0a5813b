# Install rules (GNUInstallDirs) and CPack: .deb and .rpm (dependencies from the built binary:
# dpkg-shlibdeps, rpm's find-requires), a source tarball, and the Windows (NSIS, WiX) and
# macOS (DragNDrop) configurations, which these machines cannot build (docs/packaging.md).
set(AGILESEC_MAINTAINER "AgileSec Installer Team <installer@agilesec.com>" CACHE STRING "Package maintainer (name <email>)")
set(AGILESEC_SHARE ${CMAKE_INSTALL_DATADIR}/agilesec-installer)
set(AGILESEC_PACKAGING_OUT ${CMAKE_BINARY_DIR}/packaging)

# Desktop entry, icons, AppStream metainfo.
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${AGILESEC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/${AGILESEC_APP_ID}.metainfo.xml.in ${AGILESEC_PACKAGING_OUT}/${AGILESEC_APP_ID}.metainfo.xml @ONLY)
install(FILES ${AGILESEC_PACKAGING_OUT}/${AGILESEC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

# The wizard's templates (also embedded) and the lab's simulated installer (embedded in the
# binary, which `lab up` writes out; installed for reading, docs/lab.md).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples/ DESTINATION ${AGILESEC_SHARE}/examples)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/lab/ DESTINATION ${AGILESEC_SHARE}/lab USE_SOURCE_PERMISSIONS)

# Debian's copyright and changelog (gzip -n: reproducible).
configure_file(${PROJECT_SOURCE_DIR}/resources/packaging/copyright.in ${AGILESEC_PACKAGING_OUT}/copyright @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/packaging/changelog.in ${AGILESEC_PACKAGING_OUT}/changelog @ONLY)
install(FILES ${AGILESEC_PACKAGING_OUT}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
if(UNIX AND NOT APPLE)
    add_custom_command(OUTPUT ${AGILESEC_PACKAGING_OUT}/changelog.gz
        COMMAND gzip -9nc ${AGILESEC_PACKAGING_OUT}/changelog > ${AGILESEC_PACKAGING_OUT}/changelog.gz
        DEPENDS ${AGILESEC_PACKAGING_OUT}/changelog)
    add_custom_target(agilesec_changelog ALL DEPENDS ${AGILESEC_PACKAGING_OUT}/changelog.gz)
    install(FILES ${AGILESEC_PACKAGING_OUT}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

# Windows and macOS: Qt's libraries and plugins next to the binary (windeployqt, macdeployqt).
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET agilesec-installer OUTPUT_SCRIPT agilesec_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${agilesec_deploy_script})
endif()

set(CPACK_PACKAGE_NAME agilesec-installer)
set(CPACK_PACKAGE_VENDOR "AgileSec")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${AGILESEC_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${AGILESEC_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "AgileSec HA Installer")
set(CPACK_PACKAGE_EXECUTABLES agilesec-installer "AgileSec HA Installer")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)
# Lines under 80 characters (Debian policy 3.4.2); the packages show them as written.
set(CPACK_PACKAGE_DESCRIPTION "A guided installer for the AgileSec Platform's on-premises high-availability
cluster. It checks the topology against the HA guide (quorum, the loss of a
site), renders the platform's configuration and env files, makes the
certificates, and installs every node over SSH in the guide's order with live
progress. It verifies services and health over TLS, runs failover drills,
adds nodes, and exports an air-gapped bundle with runbooks and an Ansible
playbook. A desktop wizard and a command line in one program.")

# .deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "openssh-client, openssh-server, haproxy, keepalived")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# .rpm
set(CPACK_RPM_PACKAGE_LICENSE "${AGILESEC_LICENSE}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_SUGGESTS "openssh-clients, openssh-server, haproxy, keepalived")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${AGILESEC_MAINTAINER}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/icons /usr/share/icons/hicolor /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/bash-completion /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/vendor-completions)
# Windows and macOS (built on their own runners: docs/packaging.md, .github/workflows/desktop.yml)
set(CPACK_NSIS_DISPLAY_NAME "AgileSec HA Installer")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/agilesec-installer.ico)
set(CPACK_WIX_UPGRADE_GUID "4C1E8B5A-2F7D-4E39-9B61-7A0C3D2E5F18")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/agilesec-installer.ico)
set(CPACK_DMG_VOLUME_NAME "AgileSec HA Installer")
if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM")
endif()
# The source tarball: the tree without builds or git.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "agilesec-installer-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/" "~$")
include(CPack)
