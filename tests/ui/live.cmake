# Tests of the studio's live part (see tests/ui/CMakeLists.txt): the Record and Go Live buttons
# against real files and a real nginx-rtmp, the destinations manager and where the keys go, the
# preview and sources panels. Offscreen; the screenshot test starts its own Xvfb.
stallcast_add_test(stallcast_live_ui_tests
  LiveStudioTest.cpp
  DestinationsTest.cpp
  StudioScreenshotTest.cpp
  StudioTestSupport.cpp StudioTestSupport.h
  ${PROJECT_SOURCE_DIR}/tests/media/MediaProbe.cpp ${PROJECT_SOURCE_DIR}/tests/media/MediaProbe.h
  LIBS stallcast_ui Qt6::Test
  # OffscreenStudioApp and DestinationsTest.cpp also set these themselves (run by hand).
  PROPERTIES LABELS needs-linux-tools
  ENVIRONMENT QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
target_include_directories(stallcast_live_ui_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/media
  ${PROJECT_SOURCE_DIR}/tests/studio)

# The real studio window under Xvfb: run by StudioScreenshotTest, saves the screenshot.
add_executable(stallcast_studio_screenshot StudioScreenshot.cpp StudioTestSupport.h)
target_link_libraries(stallcast_studio_screenshot PRIVATE stallcast_ui)
target_compile_definitions(stallcast_live_ui_tests PRIVATE
  STALLCAST_SCREENSHOT_EXE="$<TARGET_FILE:stallcast_studio_screenshot>")
add_dependencies(stallcast_live_ui_tests stallcast_studio_screenshot)
