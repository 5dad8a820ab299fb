# Sources of the studio's look part, added to stallcast_ui (see ui/CMakeLists.txt): fonts, theme,
# translations, the end-of-stream summary and its exports, the UI stall monitor.
target_sources(stallcast_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StudioLook.cpp ${CMAKE_CURRENT_LIST_DIR}/StudioLook.h
  ${CMAKE_CURRENT_LIST_DIR}/ThemeMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/ThemeMenu.h
  ${CMAKE_CURRENT_LIST_DIR}/UiFonts.cpp ${CMAKE_CURRENT_LIST_DIR}/UiFonts.h
  ${CMAKE_CURRENT_LIST_DIR}/UiTheme.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTheme.h
)
