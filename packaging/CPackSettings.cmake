# CPack: one configuration, every platform's generator (docs/PACKAGING.md).
set(CPACK_PACKAGE_NAME "stallcast")
set(CPACK_PACKAGE_VENDOR "Stallcast")
set(CPACK_PACKAGE_CONTACT "Stallcast packaging <packaging@stallcast.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Live-selling studio: stream your produce and take orders")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A desktop studio for merchants who sell live: an inventory with a stock\n"
    "ledger, an order book that never oversells, paid orders from signed shop\n"
    "webhooks, comment claims from chat, payment QR codes, streaming to RTMP/SRT\n"
    "ingest, sales reports and packing lists.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Stallcast")
set(CPACK_PACKAGE_EXECUTABLES "stallcast" "Stallcast")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/" "/out/")

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR "DEB;RPM;TGZ")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  # Debian: dependencies computed from the binary's libraries (dpkg-shlibdeps), the fonts the
  # studio needs to show Korean, Chinese and Thai names recommended.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_SECTION "video")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-thai-tlwg")
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
  # RPM: dependencies found by rpmbuild's own scan; the usual system folders are not ours.
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Multimedia")
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /usr/share/applications /usr/share/icons /usr/share/icons/hicolor /usr/share/metainfo
      /usr/share/doc)
elseif(WIN32)
  set(CPACK_GENERATOR "NSIS")
  set(CPACK_NSIS_DISPLAY_NAME "Stallcast")
  set(CPACK_NSIS_PACKAGE_NAME "Stallcast")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/stallcast.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\stallcast.exe")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH OFF)
  set(CPACK_NSIS_CREATE_ICONS_EXTRA
      "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Stallcast.lnk' '$INSTDIR\\\\bin\\\\stallcast.exe'")
  set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Stallcast.lnk'")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "Stallcast")
  set(CPACK_DMG_FORMAT "UDZO")
endif()

# Code signing (off by default; docs/PACKAGING.md, "Signing"). Set the identity in CI secrets:
#   -DSTALLCAST_SIGN_IDENTITY="Developer ID Application: …" (macOS, codesign)
#   -DSTALLCAST_SIGN_CERTIFICATE=path.pfx -DSTALLCAST_SIGN_PASSWORD_ENV=VAR (Windows, signtool)
set(STALLCAST_SIGN_IDENTITY "" CACHE STRING "macOS codesign identity (empty: unsigned)")
set(STALLCAST_SIGN_CERTIFICATE "" CACHE FILEPATH "Windows code-signing certificate (.pfx)")
set(STALLCAST_SIGN_PASSWORD_ENV "" CACHE STRING
    "Environment variable holding the .pfx password (never the password itself)")
if(APPLE AND STALLCAST_SIGN_IDENTITY)
  install(CODE "
    execute_process(COMMAND codesign --deep --force --options runtime --timestamp
                    --sign \"${STALLCAST_SIGN_IDENTITY}\" \"\${CMAKE_INSTALL_PREFIX}/Stallcast.app\"
                    COMMAND_ERROR_IS_FATAL ANY)")
endif()
if(WIN32 AND STALLCAST_SIGN_CERTIFICATE)
  install(CODE "
    execute_process(COMMAND signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256
                    /f \"${STALLCAST_SIGN_CERTIFICATE}\" /p \"\$ENV{${STALLCAST_SIGN_PASSWORD_ENV}}\"
                    \"\${CMAKE_INSTALL_PREFIX}/bin/stallcast.exe\" COMMAND_ERROR_IS_FATAL ANY)")
endif()

include(CPack)
