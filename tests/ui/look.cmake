# Tests of the studio's look part (see tests/ui/CMakeLists.txt): fonts, theme, translations,
# end-of-stream summary and exports, the UI stall monitor.
stallcast_add_test(stallcast_ui_look_tests
  UiFontsTest.cpp
  UiThemeTest.cpp
  StudioTestSupport.cpp StudioTestSupport.h
  LIBS stallcast_ui Qt6::Test
  PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")
