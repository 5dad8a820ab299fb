# Tests of the studio's look part (see tests/ui/CMakeLists.txt): fonts, theme, translations,
# end-of-stream summary and exports, the UI stall monitor.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
stallcast_add_test(stallcast_ui_look_tests
  EndOfStreamTest.cpp
  TranslationsTest.cpp
  UiFontsTest.cpp
  UiStallMonitorTest.cpp
  UiThemeTest.cpp
  StudioTestSupport.cpp StudioTestSupport.h
  LIBS stallcast_ui Qt6::Test
  ENVIRONMENT QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# The translation test runs lupdate over the code into a scratch copy of the Korean file.
target_compile_definitions(stallcast_ui_look_tests PRIVATE
  STALLCAST_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
