# Sources of the studio's look part, added to stallcast_ui (see ui/CMakeLists.txt): fonts, theme,
# translations, the end-of-stream summary and its exports, the UI stall monitor.
target_sources(stallcast_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EndOfStreamDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/EndOfStreamDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/LanguageMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/LanguageMenu.h
  ${CMAKE_CURRENT_LIST_DIR}/PackingListDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/PackingListDocument.h
  ${CMAKE_CURRENT_LIST_DIR}/StreamReports.cpp ${CMAKE_CURRENT_LIST_DIR}/StreamReports.h
  ${CMAKE_CURRENT_LIST_DIR}/StreamSummary.cpp ${CMAKE_CURRENT_LIST_DIR}/StreamSummary.h
  ${CMAKE_CURRENT_LIST_DIR}/StudioLook.cpp ${CMAKE_CURRENT_LIST_DIR}/StudioLook.h
  ${CMAKE_CURRENT_LIST_DIR}/StudioTranslations.cpp ${CMAKE_CURRENT_LIST_DIR}/StudioTranslations.h
  ${CMAKE_CURRENT_LIST_DIR}/ThemeMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/ThemeMenu.h
  ${CMAKE_CURRENT_LIST_DIR}/UiFonts.cpp ${CMAKE_CURRENT_LIST_DIR}/UiFonts.h
  ${CMAKE_CURRENT_LIST_DIR}/UiStallMonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/UiStallMonitor.h
  ${CMAKE_CURRENT_LIST_DIR}/UiTheme.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTheme.h
)

# Translations (docs/STUDIO.md): the .ts files in resources/translations are compiled to .qm by
# lrelease at build time and built in as Qt resources (:/stallcast/i18n/stallcast_<lang>.qm;
# StudioTranslations.cpp registers them). The build never rewrites the .ts files: refreshing them
# from the code is an explicit step, scripts/update-translations.sh or the target below.
# The packing list goes to a printer through Qt's printing support.
find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
target_link_libraries(stallcast_ui PUBLIC Qt6::PrintSupport)

find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
set(STALLCAST_TS_FILES
  ${PROJECT_SOURCE_DIR}/resources/translations/stallcast_ko.ts
  ${PROJECT_SOURCE_DIR}/resources/translations/stallcast_zh_CN.ts
)
qt_add_lrelease(stallcast_ui
  TS_FILES ${STALLCAST_TS_FILES}
  QM_FILES_OUTPUT_VARIABLE STALLCAST_QM_FILES
  NO_GLOBAL_TARGET)
qt_add_resources(stallcast_ui stallcast_translations
  PREFIX /stallcast/i18n
  BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${STALLCAST_QM_FILES})
add_custom_target(stallcast_update_translations
  COMMAND ${PROJECT_SOURCE_DIR}/scripts/update-translations.sh
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "lupdate: refreshing resources/translations/*.ts from ui/ and app/"
  USES_TERMINAL VERBATIM)
